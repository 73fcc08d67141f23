-- STRCMP and string comparison under the default collation (case- and accent-insensitive, NO PAD) and with BINARY.
-- rules: F1 F2
CREATE DATABASE d; USE d;
SELECT STRCMP('abc', 'abd') AS s1, STRCMP('abd', 'abc') AS s2, STRCMP('abc', 'ABC') AS s3, STRCMP('é', 'e') AS s4, STRCMP('ab', 'abc') AS s5;
SELECT STRCMP(NULL, 'a') AS n1, STRCMP('a', NULL) AS n2, STRCMP(NULL, NULL) AS n3, STRCMP('', 'a') AS n4;
SELECT STRCMP(BINARY 'a', 'A') AS b1, STRCMP('a', BINARY 'A') AS b2, STRCMP(BINARY 'A', BINARY 'a') AS b3;
SELECT STRCMP(10, 9) AS d1, STRCMP('10', '9') AS d2, STRCMP(1.0, '1.0') AS d3, STRCMP(2, 2) AS d4;
SELECT 'Apple' = 'APPLE' AS e1, 'naïve' = 'naive' AS e2, 'x ' = 'x' AS e3, 'abc' < 'ABD' AS e4, 'a' IN ('A', 'b') AS e5;
CREATE TABLE t (id INT PRIMARY KEY, s VARCHAR(10));
INSERT INTO t VALUES (1, 'b'), (2, 'A'), (3, 'a'), (4, 'B'), (5, 'c');
SELECT id, s FROM t WHERE s = 'a' ORDER BY id;
SELECT id, STRCMP(s, 'b') AS cmp FROM t ORDER BY id;
