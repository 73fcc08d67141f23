-- Local variables behave like typed columns: range checks, string truncation, rounding.
-- rules: A2 A5
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p_tinyint(x INT) BEGIN DECLARE v TINYINT; SET v = x; SELECT v; END$$
CREATE PROCEDURE p_unsigned(x INT) BEGIN DECLARE v INT UNSIGNED; SET v = x; SELECT v; END$$
CREATE PROCEDURE p_varchar(x TEXT) BEGIN DECLARE v VARCHAR(3); SET v = x; SELECT v; END$$
CREATE PROCEDURE p_int_from_string(x TEXT) BEGIN DECLARE v INT; SET v = x; SELECT v; END$$
CREATE PROCEDURE p_decimal(x TEXT) BEGIN DECLARE v DECIMAL(5,2); SET v = x; SELECT v; END$$
CREATE PROCEDURE p_int_round(x DOUBLE) BEGIN DECLARE v INT; SET v = x; SELECT v; END$$
CREATE PROCEDURE p_char(x TEXT) BEGIN DECLARE v CHAR(5); SET v = x; SELECT CONCAT('[', v, ']') AS v, LENGTH(v); END$$
CREATE PROCEDURE p_default() BEGIN DECLARE a INT; DECLARE b VARCHAR(5); DECLARE c DECIMAL(4,1) DEFAULT 1.25; DECLARE e INT DEFAULT 2 + 3; SELECT a, b, c, e; END$$
CREATE PROCEDURE p_bool() BEGIN DECLARE b BOOLEAN DEFAULT TRUE; DECLARE f BOOL DEFAULT 5 > 6; SELECT b, f; END$$
DELIMITER ;
CALL p_tinyint(127);
CALL p_tinyint(128);
CALL p_tinyint(-129);
CALL p_unsigned(-1);
CALL p_varchar('abc');
CALL p_varchar('abcd');
CALL p_int_from_string('42');
CALL p_int_from_string('10 String');
CALL p_int_from_string('String10');
CALL p_decimal('1.005');
CALL p_decimal('123.45');
CALL p_decimal('1234.5');
CALL p_int_round(2.5);
CALL p_int_round(-2.5);
CALL p_int_round(1e20);
CALL p_char('ab');
CALL p_char('abcdef');
CALL p_default();
CALL p_bool();
SET sql_mode = '';
CALL p_tinyint(1000);
CALL p_varchar('abcdef');
CALL p_int_from_string('10 String');
CALL p_int_from_string('String10');
