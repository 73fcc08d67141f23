-- String-vs-number comparison compares as DOUBLE: '1abc' = 1 is true with warning 1292, and each truncation warns.
-- rules: F1
CREATE DATABASE d;
USE d;
SELECT '1abc' = 1 AS r;
SHOW WARNINGS;
SELECT 'abc' = 0 AS a, '' = 0 AS b, ' 1' = 1 AS c, '1 ' = 1 AS d, '1e2' = 100 AS e, '0x10' = 16 AS f;
SHOW WARNINGS;
SELECT '1.0' = 1 AS a, '1.0' = '1' AS b, '01' = 1 AS c, '01' = '1' AS d, '-0' = 0 AS e, '+5' = 5 AS f;
SELECT '10' > 9 AS a, '10' > '9' AS b, 'b' > 1 AS c, '2abc' < 3 AS d, 1.5 = '1.5' AS e, 1.5e0 = '1.5' AS f;
SHOW WARNINGS;
SELECT 9007199254740993 = '9007199254740993' AS a, 9007199254740993 = 9007199254740992 AS b, '9007199254740993' = '9007199254740992' AS c;
CREATE TABLE t (id INT PRIMARY KEY, s VARCHAR(10), n INT);
INSERT INTO t VALUES (1, '1', 1), (2, '1x', 2), (3, 'x', 0), (4, '02', 2), (5, NULL, 5);
SELECT id FROM t WHERE s = 1 ORDER BY id;
SHOW WARNINGS;
SELECT id FROM t WHERE s = n ORDER BY id;
SELECT id, s = '1', s = 1, n = '2abc' FROM t ORDER BY id;
