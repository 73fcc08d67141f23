-- Each routine runs under its own creation-time sql_mode: a strict procedure called from a lenient one and the reverse, and functions too.
-- rules: A6 A5
CREATE DATABASE d;
USE d;
SET sql_mode = '';
DELIMITER $$
CREATE PROCEDURE lenient_store(INOUT r TEXT) BEGIN DECLARE v TINYINT; SET v = 300; SET r = CONCAT(r, 'lenient:', v, ';'); END$$
CREATE FUNCTION lenient_f(x INT) RETURNS TINYINT DETERMINISTIC RETURN x$$
CREATE PROCEDURE lenient_calls_strict(INOUT r TEXT) BEGIN CALL strict_store(r); SET r = CONCAT(r, 'after strict;'); END$$
DELIMITER ;
SET sql_mode = 'STRICT_ALL_TABLES,ERROR_FOR_DIVISION_BY_ZERO';
DELIMITER $$
CREATE PROCEDURE strict_store(INOUT r TEXT) BEGIN DECLARE v TINYINT; SET v = 300; SET r = CONCAT(r, 'strict:', v, ';'); END$$
CREATE FUNCTION strict_f(x INT) RETURNS TINYINT DETERMINISTIC RETURN x$$
CREATE PROCEDURE strict_calls_lenient(INOUT r TEXT) BEGIN CALL lenient_store(r); SET r = CONCAT(r, 'after lenient;'); END$$
DELIMITER ;
SET sql_mode = 'NO_ENGINE_SUBSTITUTION';
SET @r = '';
CALL strict_calls_lenient(@r);
SELECT @r AS strict_calls_lenient;
SET @r = '';
CALL lenient_calls_strict(@r);
SELECT @r AS lenient_calls_strict;
SELECT lenient_f(1000) AS lenient_f;
SELECT strict_f(1000) AS strict_f;
