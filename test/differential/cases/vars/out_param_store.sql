-- OUT and INOUT values are stored into the caller's typed variables like SET: in strict mode a value that does not fit is an error at the CALL and the variable is left NULL; non-strict clips with a warning.
-- rules: A5 B10 B2
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE give(OUT o INT) SET o = 1000$$
CREATE PROCEDURE give_text(OUT o TEXT) SET o = 'abcdef'$$
CREATE PROCEDURE strict_caller()
BEGIN
  DECLARE small TINYINT DEFAULT 5;
  DECLARE short VARCHAR(3) DEFAULT 'xyz';
  DECLARE log TEXT DEFAULT '';
  DECLARE e INT;
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION
  BEGIN
    GET DIAGNOSTICS CONDITION 1 e = MYSQL_ERRNO;
    SET log = CONCAT(log, 'error ', e, ';');
  END;
  CALL give(small);
  CALL give_text(short);
  SELECT small IS NULL AS small_null, short IS NULL AS short_null, log;
END$$
DELIMITER ;
SET sql_mode = '';
DELIMITER $$
CREATE PROCEDURE lenient_caller()
BEGIN
  DECLARE small TINYINT DEFAULT 5;
  DECLARE short VARCHAR(3) DEFAULT 'xyz';
  DECLARE log TEXT DEFAULT '';
  DECLARE e INT;
  DECLARE CONTINUE HANDLER FOR SQLWARNING
  BEGIN
    GET DIAGNOSTICS CONDITION 1 e = MYSQL_ERRNO;
    SET log = CONCAT(log, 'warning ', e, ';');
  END;
  CALL give(small);
  CALL give_text(short);
  SELECT small, short, log;
END$$
DELIMITER ;
CALL strict_caller();
CALL lenient_caller();
SET @u = 0;
CALL give(@u);
SELECT @u;
