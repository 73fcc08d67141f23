-- IN with lists of mixed types: each element compares under the pair's comparison type; NULL makes a miss NULL.
-- rules: F1
CREATE DATABASE d;
USE d;
SELECT 1 IN (1, 2) AS a, 1 IN ('1', 'x') AS b, '1' IN (1, 2) AS c, 'a' IN ('A', 'b') AS d, 1 IN (1.0, 2) AS e, 1.5 IN ('1.5') AS f;
SELECT 3 IN (1, NULL) AS a, 1 IN (1, NULL) AS b, NULL IN (1, 2) AS c, 3 NOT IN (1, NULL) AS d, 1 NOT IN (2, 3) AS e;
SELECT '1abc' IN (1, 2) AS a;
SHOW WARNINGS;
SELECT 'x' IN (0) AS c;
SHOW WARNINGS;
SELECT 2 IN (1, '2', 3.0) AS a, 'b' IN ('a', 1) AS b, 10 IN ('1e1') AS c, 1 IN (TRUE) AS d;
SHOW WARNINGS;
CREATE TABLE t (id INT PRIMARY KEY, s VARCHAR(5));
INSERT INTO t VALUES (1, 'a'), (2, 'B'), (3, '3'), (4, NULL);
SELECT id FROM t WHERE s IN ('A', 'b') ORDER BY id;
SELECT id FROM t WHERE s NOT IN ('a', 'x') ORDER BY id;
SELECT id FROM t WHERE id IN ('1', '3x') ORDER BY id;
SELECT id FROM t WHERE s IN (3, '3') ORDER BY id;
