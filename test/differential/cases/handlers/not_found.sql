-- NOT FOUND handlers: SELECT INTO with no rows and FETCH past the end.
-- rules: B2 B5 G4
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT);
DELIMITER $$
CREATE PROCEDURE p_into()
BEGIN
  DECLARE v INT DEFAULT 42;
  DECLARE done INT DEFAULT 0;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;
  SELECT id INTO v FROM t;
  SELECT v, done;
END$$
CREATE PROCEDURE p_into_no_handler()
BEGIN
  DECLARE v INT DEFAULT 42;
  SELECT id INTO v FROM t;
  SELECT v AS unchanged;
END$$
CREATE PROCEDURE p_sqlwarning_catches_into()
BEGIN
  DECLARE v INT DEFAULT 7;
  DECLARE CONTINUE HANDLER FOR SQLWARNING SELECT 'sqlwarning' AS picked;
  SELECT id INTO v FROM t;
  SELECT v;
END$$
CREATE PROCEDURE p_sqlexception_misses_into()
BEGIN
  DECLARE v INT DEFAULT 7;
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SELECT 'sqlexception' AS picked;
  SELECT id INTO v FROM t;
  SELECT v, 'continued' AS msg;
END$$
DELIMITER ;
CALL p_into();
CALL p_into_no_handler();
CALL p_sqlwarning_catches_into();
CALL p_sqlexception_misses_into();
INSERT INTO t VALUES (1), (2);
CALL p_into();
