-- B5, B7, B10: warnings continue; a warning left by a callee's last statement reaches the caller's handler; NOT FOUND
-- from a callee is caught by the caller and OUT values are still copied; an error suppresses copy-back.
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY);
DELIMITER $$
CREATE PROCEDURE callee_warn_last()
BEGIN
  SELECT 'callee' AS c;
  SIGNAL SQLSTATE '01000' SET MESSAGE_TEXT = 'last warning';
END$$
CREATE PROCEDURE callee_warn_first()
BEGIN
  SIGNAL SQLSTATE '01000' SET MESSAGE_TEXT = 'first warning';
  SELECT 'callee' AS c;
END$$
CREATE PROCEDURE caller_warn()
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLWARNING SELECT 'caller handler' AS h;
  CALL callee_warn_last();
  CALL callee_warn_first();
  SELECT 'caller end' AS h;
END$$
CREATE PROCEDURE callee_not_found(OUT o INT)
BEGIN
  DECLARE v INT;
  SET o = 42;
  SELECT id INTO v FROM t WHERE id = -1;
END$$
CREATE PROCEDURE caller_not_found()
BEGIN
  DECLARE r INT DEFAULT 0;
  DECLARE done INT DEFAULT 0;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;
  CALL callee_not_found(r);
  SELECT r, done;
END$$
CREATE PROCEDURE callee_fails(INOUT io INT, OUT o INT)
BEGIN
  SET io = io + 100, o = 7;
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'callee failed';
END$$
CREATE PROCEDURE caller_fails()
BEGIN
  DECLARE a INT DEFAULT 1;
  DECLARE b INT DEFAULT 2;
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SELECT 'caught', a, b;
  CALL callee_fails(a, b);
  SELECT 'end', a, b;
END$$
CREATE PROCEDURE warn_only()
BEGIN
  DECLARE v TINYINT;
  SELECT 'start' AS s;
  SIGNAL SQLSTATE '01234' SET MESSAGE_TEXT = 'just a warning';
  SELECT 'still running' AS s;
END$$
DELIMITER ;
CALL caller_warn();
CALL caller_not_found();
CALL caller_fails();
SET @x = 1, @y = 2;
CALL callee_fails(@x, @y);
SELECT @x, @y;
CALL warn_only();
SHOW WARNINGS;
