-- rules: E1
-- Work MySQL does when it resolves a statement, before any row is read: an IN list of constants that compare
-- alike is evaluated (Item_func_in::resolve_type), so an item that fails fails the statement even where the IN is
-- never evaluated; a DATE compared with a constant that is not a date fails with 1525 (MySQL 8.0.16+; MariaDB
-- warns and compares). A statement of a stored program is resolved when it first runs: a branch never taken is
-- never resolved.
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, d DATE);
CREATE TABLE e (id INT PRIMARY KEY, d DATE);
INSERT INTO t VALUES (1, '2024-01-01'), (2, '2024-01-02');
SELECT IF(1, 0.5, 9223372036854775807 IN (NULL, 0 - 18446744073709551615)) AS c1;
SELECT id FROM e WHERE id IN (1, 0 - 18446744073709551615);
SELECT id FROM t WHERE id = 0 AND id IN (1, 0 - 18446744073709551615);
SELECT 1 IN (1, 0 - 18446744073709551615) AS c;
SELECT 1 IN (1, 2.5, 0 - 18446744073709551615) AS c;
SELECT id IN ('1x', 'y') AS c FROM t ORDER BY id;
SHOW WARNINGS;
SELECT id FROM e WHERE id IN ('1x', 'y');
SHOW WARNINGS;
SELECT * FROM e WHERE d = 'not a date';
SHOW WARNINGS;
SELECT IF(1, 'ok', (SELECT COUNT(*) FROM t WHERE d < '2024-02-30')) AS c;
DELIMITER $$
CREATE PROCEDURE untaken()
BEGIN
  IF 0 THEN
    SELECT 1 IN (1, 0 - 18446744073709551615) AS c;
    SELECT * FROM e WHERE d = 'not a date';
  END IF;
  SELECT 'after' AS x;
END$$
CREATE PROCEDURE handled()
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SELECT 'caught' AS h;
  SELECT IF(1, 0.5, 9223372036854775807 IN (NULL, 0 - 18446744073709551615)) AS c1;
  SELECT * FROM e WHERE d = 'not a date';
  SELECT 'after' AS x;
END$$
CREATE PROCEDURE looped()
BEGIN
  DECLARE i INT DEFAULT 0;
  WHILE i < 2 DO
    SELECT 1 IN ('1', 'x') INTO @v;
    SHOW WARNINGS;
    SET i = i + 1;
  END WHILE;
END$$
DELIMITER ;
CALL untaken();
CALL handled();
CALL looped();
CALL looped();
