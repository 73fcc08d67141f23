-- Severity decides the class: a warning whose SQLSTATE is not '01' (1264 22003, 1366 HY000 in non-strict mode) goes to SQLWARNING, not SQLEXCEPTION; in strict mode the same condition is an error.
-- rules: B2 A5
CREATE DATABASE d;
USE d;
SET sql_mode = '';
DELIMITER $$
CREATE PROCEDURE lenient()
BEGIN
  DECLARE v TINYINT;
  DECLARE picked TEXT DEFAULT '';
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SET picked = CONCAT(picked, 'sqlexception;');
  DECLARE CONTINUE HANDLER FOR SQLWARNING SET picked = CONCAT(picked, 'sqlwarning;');
  SET v = 1000;
  SET v = 'abc';
  SELECT v, picked;
END$$
CREATE PROCEDURE lenient_state()
BEGIN
  DECLARE v TINYINT;
  DECLARE picked TEXT DEFAULT '';
  DECLARE CONTINUE HANDLER FOR SQLSTATE '22003' SET picked = CONCAT(picked, '22003;');
  SET v = 1000;
  SELECT v, picked;
END$$
CREATE PROCEDURE lenient_exception_only()
BEGIN
  DECLARE v TINYINT;
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SELECT 'not for a warning' AS msg;
  SET v = 1000;
  SELECT v AS clipped_no_handler;
END$$
DELIMITER ;
SET sql_mode = 'STRICT_ALL_TABLES';
DELIMITER $$
CREATE PROCEDURE strict_one()
BEGIN
  DECLARE v TINYINT DEFAULT 1;
  DECLARE picked TEXT DEFAULT '';
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SET picked = CONCAT(picked, 'sqlexception;');
  DECLARE CONTINUE HANDLER FOR SQLWARNING SET picked = CONCAT(picked, 'sqlwarning;');
  SET v = 1000;
  SET v = 'abc';
  SELECT v, picked;
END$$
DELIMITER ;
CALL lenient();
CALL lenient_state();
CALL lenient_exception_only();
CALL strict_one();
