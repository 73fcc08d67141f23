-- A TIMESTAMP column, NEW field or variable compared with a constant string that is no date: MySQL 8 warns 1292
-- 'Incorrect datetime value' and refuses the comparison with 1525 naming TIMESTAMP (Arg_comparator::
-- get_date_from_const picks the name from the date operand's type); a DATETIME column says DATETIME.
-- rules: F1
CREATE DATABASE tz_cc;
USE tz_cc;
CREATE TABLE t (id INT PRIMARY KEY, ts TIMESTAMP NULL, dt DATETIME NULL);
INSERT INTO t VALUES (1, '2024-01-01 12:00:00', '2024-01-01 12:00:00');
SELECT id FROM t WHERE ts = 'not a date';
SHOW WARNINGS;
SELECT id FROM t WHERE dt = 'not a date';
SELECT id FROM t WHERE ts = '2024-01-01 12:00:00';
DELIMITER //
CREATE PROCEDURE p()
BEGIN
  DECLARE v TIMESTAMP DEFAULT '2024-01-01 12:00:00';
  SELECT v = 'nope' AS cmp;
END//
DELIMITER ;
CALL p();
