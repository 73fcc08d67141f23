-- REPLACE matches exactly (case- and accent-sensitive) whatever the collation; NULL in every position; multibyte.
-- rules: F2 F3
CREATE DATABASE d; USE d;
SELECT REPLACE('Hello hello HELLO', 'hello', 'bye') AS c1, REPLACE('Ééé', 'é', 'e') AS c2, REPLACE('abc', 'ABC', 'x') AS c3;
SELECT REPLACE(NULL, 'a', 'b') AS n1, REPLACE('abc', NULL, 'b') AS n2, REPLACE('abc', 'a', NULL) AS n3, REPLACE('abc', 'z', NULL) AS n4;
SELECT REPLACE('aaaa', 'aa', 'a') AS o1, REPLACE('ababab', 'aba', 'X') AS o2, REPLACE('abc', 'c', 'cc') AS o3;
SELECT REPLACE('中文中文', '中', 'ZH') AS m1, REPLACE('a😀b😀', '😀', '-') AS m2, REPLACE('x', 'x', '中😀') = '中😀' AS m3;
SELECT REPLACE(1234, 23, 'x') AS d1, REPLACE(1.5, '.', ',') AS d2, REPLACE('', '', '') AS d3, REPLACE('abc', '', 'z') AS d4;
SELECT REPLACE('a', 'a', '') AS r1, REPLACE('   ', ' ', '') AS r2, LENGTH(REPLACE('a b c', ' ', '')) AS r3;
CREATE TABLE t (id INT PRIMARY KEY, s VARCHAR(20));
INSERT INTO t VALUES (1, 'Foo foo'), (2, 'FOO'), (3, NULL);
SELECT id, REPLACE(s, 'foo', 'bar') AS r, s LIKE '%foo%' AS l FROM t ORDER BY id;
