-- What a DEFAULT expression can name: earlier variables of the block and outer variables; a variable declared later, or the one being declared, is not visible yet.
-- rules: A2 A3
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p_later()
BEGIN
  DECLARE b INT DEFAULT 5;
  BEGIN
    DECLARE a INT DEFAULT b;
    DECLARE b INT DEFAULT 1;
    SELECT a AS a_from_outer_b, b AS inner_b;
  END;
END$$
CREATE PROCEDURE p_self_outer()
BEGIN
  DECLARE x INT DEFAULT 10;
  BEGIN
    DECLARE x INT DEFAULT x + 1;
    SELECT x AS inner_x;
  END;
  SELECT x AS outer_x;
END$$
CREATE PROCEDURE p_same_statement()
BEGIN
  DECLARE y INT DEFAULT 3;
  BEGIN
    DECLARE y, z INT DEFAULT y * 2;
    SELECT y AS inner_y, z AS inner_z;
  END;
END$$
CREATE PROCEDURE p_param_default(n INT)
BEGIN
  DECLARE m INT DEFAULT n * 100;
  BEGIN
    DECLARE n INT DEFAULT n + m;
    SELECT n AS inner_n, m;
  END;
  SELECT n AS param_n;
END$$
DELIMITER ;
CALL p_later();
CALL p_self_outer();
CALL p_same_statement();
CALL p_param_default(4);
