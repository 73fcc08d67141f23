-- A routine runs under the sql_mode stored when it was created, not the caller's.
-- rules: A5 A6
CREATE DATABASE d;
USE d;
SET sql_mode = '';
DELIMITER $$
CREATE PROCEDURE lenient() BEGIN DECLARE v TINYINT; SET v = 1000; SELECT v; END$$
DELIMITER ;
SET sql_mode = 'STRICT_TRANS_TABLES';
DELIMITER $$
CREATE PROCEDURE strict_one() BEGIN DECLARE v TINYINT; SET v = 1000; SELECT v; END$$
DELIMITER ;
CALL lenient();
CALL strict_one();
SET sql_mode = '';
CALL strict_one();
CALL lenient();
SELECT ROUTINE_NAME, SQL_MODE FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = 'd' ORDER BY ROUTINE_NAME;
