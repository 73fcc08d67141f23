-- OUT and INOUT values are not copied back when an unhandled error ends the procedure or a handler RESIGNALs; they are when a handler catches it or only a warning is left.
-- rules: B10 B5 C5
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p_unhandled(OUT o INT, INOUT io INT)
BEGIN
  SET o = 1, io = io + 100;
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'unhandled';
END$$
CREATE PROCEDURE p_exit_handled(OUT o INT, INOUT io INT)
BEGIN
  DECLARE EXIT HANDLER FOR SQLEXCEPTION SET io = io + 1;
  SET o = 2, io = io + 100;
  SIGNAL SQLSTATE '45000';
END$$
CREATE PROCEDURE p_resignal(OUT o INT, INOUT io INT)
BEGIN
  DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN SET io = io + 1; RESIGNAL; END;
  SET o = 3, io = io + 100;
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'resignalled';
END$$
CREATE PROCEDURE p_resignal_warning(OUT o INT, INOUT io INT)
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLWARNING RESIGNAL;
  SET o = 4, io = io + 100;
  SIGNAL SQLSTATE '01000' SET MESSAGE_TEXT = 'warning resignalled';
END$$
CREATE PROCEDURE p_warning_left(OUT o INT, INOUT io INT)
BEGIN
  SET o = 5, io = io + 100;
  SIGNAL SQLSTATE '01000' SET MESSAGE_TEXT = 'left as warning';
END$$
CREATE PROCEDURE caller()
BEGIN
  DECLARE a INT DEFAULT -1;
  DECLARE b INT DEFAULT 0;
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SET b = b + 1000;
  CALL p_unhandled(a, b);
  SELECT a AS caller_a, b AS caller_b;
END$$
DELIMITER ;
SET @o = -1, @io = 0;
CALL p_unhandled(@o, @io);
SELECT @o, @io;
CALL p_exit_handled(@o, @io);
SELECT @o, @io;
SET @o = -1, @io = 0;
CALL p_resignal(@o, @io);
SELECT @o, @io;
CALL p_resignal_warning(@o, @io);
SELECT @o, @io;
SET @o = -1, @io = 0;
CALL p_warning_left(@o, @io);
SELECT @o, @io;
CALL caller();
