-- Conditions inside stored functions: the function's own handlers run first; an unhandled error fails the calling statement, whose block's handlers take it; a warning left by the function stays with the calling statement.
-- rules: B3 B5 B7
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY);
INSERT INTO t VALUES (1);
DELIMITER $$
CREATE FUNCTION f_handles() RETURNS VARCHAR(20) DETERMINISTIC
BEGIN
  DECLARE r VARCHAR(20) DEFAULT 'ok';
  DECLARE CONTINUE HANDLER FOR 1062 SET r = 'handled in f';
  INSERT INTO t VALUES (1);
  RETURN r;
END$$
CREATE FUNCTION f_fails() RETURNS INT DETERMINISTIC
BEGIN
  INSERT INTO t VALUES (1);
  RETURN 1;
END$$
CREATE FUNCTION f_warns() RETURNS INT DETERMINISTIC
BEGIN
  DECLARE v INT;
  SELECT id INTO v FROM t WHERE id < 0;
  RETURN 7;
END$$
CREATE PROCEDURE p()
BEGIN
  DECLARE log TEXT DEFAULT '';
  DECLARE x INT DEFAULT 0;
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SET log = CONCAT(log, 'caller-exception;');
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET log = CONCAT(log, 'caller-not-found;');
  SET log = CONCAT(log, f_handles(), ';');
  SET x = f_fails();
  SET log = CONCAT(log, 'x=', IFNULL(x, 'null'), ';');
  SET x = f_warns();
  SET log = CONCAT(log, 'x=', IFNULL(x, 'null'), ';');
  SELECT log;
END$$
DELIMITER ;
CALL p();
SELECT f_handles() AS direct;
SELECT f_fails() AS direct;
SELECT f_warns() AS direct;
SHOW WARNINGS;
