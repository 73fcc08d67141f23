-- BINARY, _binary and utf8mb4_bin compare byte by byte: case, accents and trailing spaces all count.
-- rules: F2 F3
CREATE DATABASE d;
USE d;
SELECT BINARY 'a' = 'A' AS a, BINARY 'a' = 'a' AS b, BINARY 'a ' = 'a' AS c, 'a' = BINARY 'á' AS d, _binary 'abc' = 'ABC' AS e;
SELECT 'a' COLLATE utf8mb4_bin = 'A' AS a, 'a' COLLATE utf8mb4_bin < 'B' AS b, 'a' < 'B' AS c, BINARY 'a' < BINARY 'B' AS d;
SELECT CAST('abc' AS BINARY) = 'ABC' AS a, CAST('abc' AS BINARY) = 'abc' AS b, LOCATE('B', BINARY 'abc') AS c, LOCATE('B', 'abc') AS d, INSTR(BINARY 'aBc', 'b') AS e;
SELECT 'abc' LIKE BINARY 'A%' AS a, BINARY 'abc' LIKE 'a%' AS b, 'ABC' LIKE 'a%' AS c;
SELECT REPLACE('aAaA', 'a', 'x') AS a, REPLACE(BINARY 'aAaA', 'A', 'y') AS b;
CREATE TABLE t (id INT PRIMARY KEY, s VARCHAR(10) COLLATE utf8mb4_bin, b VARBINARY(10));
INSERT INTO t VALUES (1, 'abc', 'abc'), (2, 'ABC', 'ABC'), (3, 'abc ', 'abc ');
SELECT id FROM t WHERE s = 'abc' ORDER BY id;
SELECT id FROM t WHERE b = 'abc' ORDER BY id;
SELECT id FROM t WHERE s = 'ABC' ORDER BY id;
SELECT id FROM t ORDER BY s, id;
SELECT GREATEST(BINARY 'a', BINARY 'B') AS g, LEAST('a' COLLATE utf8mb4_bin, 'B') AS l;
