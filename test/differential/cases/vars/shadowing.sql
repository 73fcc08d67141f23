-- Shadowing: an inner DECLARE hides the outer variable or parameter only inside its block; without one, an inner block writes the outer variable.
-- rules: A3 A2
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p_writes_outer()
BEGIN
  DECLARE v INT DEFAULT 1;
  BEGIN
    SET v = v + 10;
    BEGIN
      SET v = v * 2;
    END;
  END;
  SELECT v AS outer_after_inner_writes;
END$$
CREATE PROCEDURE p_three_levels()
BEGIN
  DECLARE v VARCHAR(10) DEFAULT 'L1';
  BEGIN
    DECLARE v VARCHAR(10) DEFAULT 'L2';
    BEGIN
      DECLARE v VARCHAR(10) DEFAULT 'L3';
      SET v = CONCAT(v, '!');
      SELECT v AS level3;
    END;
    SELECT v AS level2;
  END;
  SELECT v AS level1;
END$$
CREATE PROCEDURE p_param(a INT)
BEGIN
  BEGIN
    DECLARE a INT DEFAULT 99;
    SET a = a + 1;
    SELECT a AS inner_a;
  END;
  SELECT a AS param_a;
END$$
CREATE PROCEDURE p_type_change()
BEGIN
  DECLARE v INT DEFAULT 5;
  BEGIN
    DECLARE v VARCHAR(3) DEFAULT 'abc';
    SELECT v AS inner_string;
  END;
  SELECT v + 1 AS outer_int;
END$$
CREATE PROCEDURE p_handler_sees_block_var()
BEGIN
  DECLARE v INT DEFAULT 1;
  BEGIN
    DECLARE v INT DEFAULT 2;
    DECLARE CONTINUE HANDLER FOR SQLSTATE '45000' SET v = v + 100;
    SIGNAL SQLSTATE '45000';
    SELECT v AS inner_after_handler;
  END;
  SELECT v AS outer_untouched;
END$$
CREATE PROCEDURE p_sibling_blocks()
BEGIN
  DECLARE log TEXT DEFAULT '';
  BEGIN
    DECLARE w INT DEFAULT 1;
    SET log = CONCAT(log, w);
  END;
  BEGIN
    DECLARE w INT;
    SET log = CONCAT(log, ',', IFNULL(w, 'null'));
  END;
  SELECT log AS sibling_blocks;
END$$
CREATE PROCEDURE p_out_of_scope()
BEGIN
  BEGIN
    DECLARE hidden INT DEFAULT 1;
  END;
  SELECT hidden;
END$$
DELIMITER ;
CALL p_writes_outer();
CALL p_three_levels();
CALL p_param(7);
CALL p_type_change();
CALL p_handler_sees_block_var();
CALL p_sibling_blocks();
CALL p_out_of_scope();
