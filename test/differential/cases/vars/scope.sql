-- Variable scope, shadowing, and a local variable beating a column of the same name.
-- rules: A2 A3 A4
CREATE DATABASE d;
USE d;
CREATE TABLE t (x INT, xname VARCHAR(10));
INSERT INTO t VALUES (1, 'one'), (2, 'two'), (3, 'three');
DELIMITER $$
CREATE PROCEDURE p_shadow()
BEGIN
  DECLARE x INT DEFAULT 10;
  BEGIN
    DECLARE x INT DEFAULT 20;
    SET x = x + 1;
    SELECT x AS inner_x;
  END;
  SELECT x AS outer_x;
END$$
CREATE PROCEDURE p_column(xname VARCHAR(10))
BEGIN
  SELECT COUNT(*) AS matches FROM t WHERE xname = xname;
  SELECT x FROM t WHERE t.xname = xname;
END$$
CREATE PROCEDURE p_case_insensitive()
BEGIN
  DECLARE MyVar INT DEFAULT 5;
  SET myvar = MYVAR + 1;
  SELECT myVAR;
END$$
CREATE PROCEDURE p_multi()
BEGIN
  DECLARE a, b, c INT DEFAULT 7;
  SET a = 1, b = a + 1, c = b + 1;
  SELECT a, b, c;
END$$
CREATE PROCEDURE p_undeclared() BEGIN SET nosuch = 1; END$$
DELIMITER ;
CALL p_shadow();
CALL p_column('two');
CALL p_case_insensitive();
CALL p_multi();
