-- LIKE / NOT LIKE: wildcards, ESCAPE characters, case and accent folding, trailing spaces (NO PAD), multibyte and NULLs.
-- rules: F2
CREATE DATABASE d; USE d;
SELECT 'a%b' LIKE 'a\%b' AS e1, 'axb' LIKE 'a\%b' AS e2, 'a_b' LIKE 'a\_b' AS e3, 'axb' LIKE 'a\_b' AS e4, 'a\\b' LIKE 'a\\\\b' AS e5;
SELECT '10%' LIKE '10!%' ESCAPE '!' AS x1, '10x' LIKE '10!%' ESCAPE '!' AS x2, 'a!b' LIKE 'a!!b' ESCAPE '!' AS x3, 'a_b' LIKE 'a#_b' ESCAPE '#' AS x4, '%' LIKE '$%' ESCAPE '$' AS x5;
SELECT 'ABC' LIKE 'abc' AS c1, 'café' LIKE 'CAFE' AS c2, 'Straße' LIKE 'STRA_E' AS c3, BINARY 'ABC' LIKE 'abc' AS c4, 'ABC' LIKE BINARY 'a%' AS c5;
SELECT 'abc ' LIKE 'abc' AS p1, 'abc' LIKE 'abc ' AS p2, 'abc ' LIKE 'abc%' AS p3, '' LIKE '' AS p4, ' ' LIKE '' AS p5, '' LIKE '_' AS p6;
SELECT '中文' LIKE '__' AS m1, '中文' LIKE '_' AS m2, 'a😀b' LIKE 'a_b' AS m3, 'é' LIKE '_' AS m4, '中文字' LIKE '%文%' AS m5;
SELECT NULL LIKE '%' AS n1, 'a' LIKE NULL AS n2, NULL NOT LIKE 'a' AS n3, 'a' NOT LIKE 'A' AS n4, 'abc' NOT LIKE 'a%c' AS n5, 'abc' NOT LIKE '%x%' AS n6;
SELECT 12.5 LIKE '12._' AS d1, 100 LIKE '1%0' AS d2, -5 LIKE '-_' AS d3, 'aaa' LIKE '%a%a%a%' AS d4, 'aa' LIKE '%a%a%a%' AS d5, 'abcabc' LIKE '%bc' AS d6;
CREATE TABLE t (id INT PRIMARY KEY, s VARCHAR(20));
INSERT INTO t VALUES (1, '50%'), (2, '50'), (3, 'a_b'), (4, 'AXB'), (5, NULL);
SELECT id FROM t WHERE s LIKE '%|%' ESCAPE '|' ORDER BY id;
SELECT id FROM t WHERE s LIKE 'a_b' ORDER BY id;
SELECT id FROM t WHERE s NOT LIKE 'a%' ORDER BY id;
