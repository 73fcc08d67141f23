-- SELECT ... INTO in a routine: no row leaves the variables unchanged with warning 1329 (a NOT FOUND handler sees
-- it), more than one row is error 1172, and the variable count must match the columns (1222).
-- rules: G4
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(10));
INSERT INTO t VALUES (1, 'one'), (2, 'two');
DELIMITER $$
CREATE PROCEDURE p_rows(lo INT)
BEGIN
  DECLARE n VARCHAR(10) DEFAULT 'unchanged';
  SELECT name INTO n FROM t WHERE id >= lo;
  SELECT lo, n;
END$$
CREATE PROCEDURE p_handled()
BEGIN
  DECLARE n VARCHAR(10) DEFAULT 'unchanged';
  DECLARE done BOOLEAN DEFAULT FALSE;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = TRUE;
  SELECT name INTO n FROM t WHERE id = 99;
  SELECT n, done;
END$$
CREATE PROCEDURE p_too_many_handled()
BEGIN
  DECLARE n VARCHAR(10) DEFAULT 'unchanged';
  DECLARE CONTINUE HANDLER FOR 1172 SELECT 'too many rows' AS r, n;
  SELECT name INTO n FROM t;
  SELECT 'continued' AS r, n;
END$$
CREATE PROCEDURE p_count()
BEGIN
  DECLARE a, b INT;
  SELECT id INTO a, b FROM t WHERE id = 1;
END$$
CREATE FUNCTION f_none() RETURNS VARCHAR(10) DETERMINISTIC
BEGIN
  DECLARE n VARCHAR(10) DEFAULT 'kept';
  SELECT name INTO n FROM t WHERE id = 99;
  RETURN n;
END$$
DELIMITER ;
CALL p_rows(2);
CALL p_rows(3);
CALL p_rows(1);
CALL p_handled();
CALL p_too_many_handled();
CALL p_count();
SELECT f_none();
