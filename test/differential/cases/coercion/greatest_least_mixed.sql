-- GREATEST/LEAST over mixed types: numbers and strings aggregate to VARCHAR and compare as strings in MySQL 8; DATEs stay DATEs.
-- rules: F1
CREATE DATABASE d;
USE d;
SELECT GREATEST(10, '9') AS a, LEAST(10, '9') AS b, GREATEST('1x', 2) AS c, LEAST('abc', 5) AS d;
SHOW WARNINGS;
SELECT GREATEST(1.5, '10') AS a, LEAST(2e0, '10') AS b;
CREATE TABLE t (id INT PRIMARY KEY, a INT, b VARCHAR(5));
INSERT INTO t VALUES (1, 5, '10'), (2, 20, '3'), (3, 7, 'z');
SELECT id, GREATEST(a, b) AS g, LEAST(a, b) AS l FROM t ORDER BY id;
SHOW WARNINGS;
SELECT GREATEST(CAST('2024-01-01' AS DATE), CAST('2023-12-31' AS DATE)) AS a, LEAST('2024-01-01', CAST('2024-02-01' AS DATE)) AS b;
