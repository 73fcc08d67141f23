-- A handler starts with a copy of the caller's diagnostics area, so GET DIAGNOSTICS as its first statement sees every condition of the failing statement; later statements clear it.
-- rules: D2 D3 D4
CREATE DATABASE d;
USE d;
CREATE TABLE t (c TINYINT);
SET sql_mode = '';
DELIMITER $$
CREATE PROCEDURE p()
BEGIN
  DECLARE n, n_after, e1, e3 INT;
  DECLARE m3 TEXT;
  DECLARE CONTINUE HANDLER FOR SQLWARNING
  BEGIN
    GET DIAGNOSTICS n = NUMBER;
    GET DIAGNOSTICS CONDITION 1 e1 = MYSQL_ERRNO;
    GET DIAGNOSTICS CONDITION n e3 = MYSQL_ERRNO, m3 = MESSAGE_TEXT;
    SELECT n, e1, e3, m3;
    GET DIAGNOSTICS n_after = NUMBER;
    SELECT n_after;
  END;
  INSERT INTO t VALUES (1000), (-1000), ('abc');
  SELECT 'after insert' AS msg;
END$$
CREATE PROCEDURE p_error_with_warnings()
BEGIN
  DECLARE n, e INT;
  DECLARE EXIT HANDLER FOR SQLEXCEPTION
  BEGIN
    GET DIAGNOSTICS n = NUMBER;
    GET DIAGNOSTICS CONDITION n e = MYSQL_ERRNO;
    SELECT n AS conditions, e AS last_errno;
  END;
  SIGNAL SQLSTATE '01000' SET MESSAGE_TEXT = 'warning first';
  RESIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'no handler active';
END$$
CREATE PROCEDURE p_handler_warning_copied()
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLSTATE '45000'
  BEGIN
    SIGNAL SQLSTATE '01999' SET MESSAGE_TEXT = 'raised in handler';
  END;
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'caught';
END$$
DELIMITER ;
CALL p();
CALL p_error_with_warnings();
CALL p_handler_warning_copied();
SHOW WARNINGS;
