-- IF, IFNULL, NULLIF and COALESCE: which argument is returned, and the result type (string, integer, decimal, double).
-- rules: F1
CREATE DATABASE d;
USE d;
SELECT IF(1, 'yes', 'no') AS a, IF(0, 'yes', 'no') AS b, IF(NULL, 1, 2) AS c, IF('0', 1, 2) AS d, IF('abc', 1, 2) AS e, IF(0.1, 1, 2) AS f;
SHOW WARNINGS;
SELECT IF(1, 1, 'x') AS a, IF(0, 1, 2.5) + 0 AS b, IF(1, 2e0, 1) AS c, IF(1, NULL, 3) AS d, IF(0, NULL, 3) AS e, IF(1, 3, NULL) * 2 AS f;
SELECT IFNULL(NULL, 'x') AS a, IFNULL(1, 'x') AS b, IFNULL(NULL, NULL) AS c, IFNULL(NULL, 2) + 1 AS d, IFNULL(1, 2.50) AS e, IFNULL(NULL, 2e0) AS f;
SELECT NULLIF(1, 1) AS a, NULLIF(1, 2) AS b, NULLIF('a', 'A') AS c, NULLIF(NULL, 1) AS d, NULLIF(1, NULL) AS e, NULLIF('1', 1) AS f, NULLIF(2.0, 2) AS g;
SELECT COALESCE(NULL, NULL, 3) AS a, COALESCE(NULL, 'b', 'c') AS b, COALESCE(NULL) AS c, COALESCE(1, 2.25) AS d, COALESCE(NULL, 1e0, 2) AS e, COALESCE(NULL, 5, 'x') AS f;
CREATE TABLE t (id INT PRIMARY KEY, a INT, b VARCHAR(5), c DECIMAL(6,3));
INSERT INTO t VALUES (1, NULL, 'x', 1.5), (2, 2, NULL, NULL), (3, NULL, NULL, NULL);
SELECT id, IFNULL(a, -1) AS a1, COALESCE(b, a, 'none') AS b1, COALESCE(c, a) AS c1, IF(a IS NULL, 'n', 'v') AS d1, NULLIF(b, 'x') AS e1 FROM t ORDER BY id;
SELECT IFNULL(a, 0) + IFNULL(c, 0) AS s FROM t ORDER BY id;
DELIMITER $$
CREATE FUNCTION f(x INT) RETURNS VARCHAR(10) DETERMINISTIC
  RETURN IF(x > 0, 'pos', IF(x < 0, 'neg', IFNULL(CAST(x AS CHAR), 'null')))$$
DELIMITER ;
SELECT f(5) AS a, f(-5) AS b, f(0) AS c, f(NULL) AS d;
