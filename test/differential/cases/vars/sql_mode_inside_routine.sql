-- Inside a routine @@sql_mode is the mode stored at CREATE time, and the caller's mode is back after the CALL.
-- rules: A6
CREATE DATABASE d;
USE d;
SET sql_mode = '';
DELIMITER $$
CREATE PROCEDURE lenient() SELECT @@sql_mode AS mode_inside_lenient$$
DELIMITER ;
SET sql_mode = 'STRICT_ALL_TABLES,ERROR_FOR_DIVISION_BY_ZERO';
DELIMITER $$
CREATE PROCEDURE strict_one() SELECT @@sql_mode AS mode_inside_strict$$
CREATE FUNCTION strict_f() RETURNS VARCHAR(100) DETERMINISTIC RETURN @@sql_mode$$
DELIMITER ;
SET sql_mode = 'NO_ENGINE_SUBSTITUTION';
CALL lenient();
CALL strict_one();
SELECT strict_f() AS mode_inside_function;
SELECT @@sql_mode AS caller_mode_unchanged;
