-- A NOT FOUND warning left by a callee reaches the caller's CONTINUE NOT FOUND handler and OUT parameters are still copied back; a condition the callee handled itself does not.
-- rules: B7 B10 G4
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT);
DELIMITER $$
CREATE PROCEDURE callee_nf(OUT o INT)
BEGIN
  DECLARE v INT;
  SET o = 42;
  SELECT id INTO v FROM t WHERE id < 0;
END$$
CREATE PROCEDURE callee_handles(OUT o INT)
BEGIN
  DECLARE v INT;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET o = o + 1;
  SET o = 10;
  SELECT id INTO v FROM t WHERE id < 0;
END$$
CREATE PROCEDURE callee_warn_then_ok(OUT o INT)
BEGIN
  DECLARE v INT;
  SELECT id INTO v FROM t WHERE id < 0;
  SET o = 7;
END$$
CREATE PROCEDURE caller()
BEGIN
  DECLARE x INT DEFAULT 0;
  DECLARE log TEXT DEFAULT '';
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET log = CONCAT(log, 'caller-nf;');
  CALL callee_nf(x);
  SET log = CONCAT(log, 'x=', x, ';');
  CALL callee_handles(x);
  SET log = CONCAT(log, 'x=', x, ';');
  CALL callee_warn_then_ok(x);
  SET log = CONCAT(log, 'x=', x, ';');
  SELECT log;
END$$
CREATE PROCEDURE caller_warning()
BEGIN
  DECLARE x INT DEFAULT 0;
  DECLARE log TEXT DEFAULT '';
  DECLARE CONTINUE HANDLER FOR SQLWARNING SET log = CONCAT(log, 'caller-warning;');
  CALL callee_nf(x);
  SELECT log, x;
END$$
DELIMITER ;
CALL caller();
CALL caller_warning();
CALL callee_nf(@o);
SELECT @o;
