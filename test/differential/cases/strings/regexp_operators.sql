-- REGEXP / RLIKE / NOT REGEXP: anchors, classes, quantifiers, alternation; case-insensitive under the default collation,
-- case-sensitive with BINARY; NULL operands; multibyte characters count as one.
-- rules: F2 F3
CREATE DATABASE d; USE d;
SELECT 'abc' REGEXP '^a' AS r1, 'abc' REGEXP 'c$' AS r2, 'abc' REGEXP '^b' AS r3, 'abc' RLIKE 'b' AS r4, 'abc' NOT REGEXP 'x' AS r5, 'abc' NOT RLIKE 'a' AS r6;
SELECT 'ABC' REGEXP 'abc' AS c1, 'abc' REGEXP '^[A-C]+$' AS c2, BINARY 'ABC' REGEXP 'abc' AS c3, 'ABC' REGEXP BINARY 'abc' AS c4, 'é' REGEXP 'e' AS c5;
SELECT 'aaa' REGEXP '^a{3}$' AS q1, 'aa' REGEXP '^a{3}$' AS q2, 'ab' REGEXP '^a?b+$' AS q3, 'color' REGEXP 'colou?r' AS q4, 'x1y' REGEXP '[0-9]' AS q5;
SELECT 'cat' REGEXP 'dog|cat' AS a1, 'bird' REGEXP '^(dog|cat)$' AS a2, 'a.c' REGEXP 'a\\.c' AS a3, 'abc' REGEXP 'a\\.c' AS a4, 'a+b' REGEXP 'a[+]b' AS a5;
SELECT '中' REGEXP '^.$' AS m1, '中文' REGEXP '^..$' AS m2, 'é' REGEXP '^.$' AS m3, 'x中y' REGEXP '中' AS m4, '😀' REGEXP '^.$' AS m5;
SELECT 'a1' REGEXP '[[:digit:]]' AS p1, 'ab' REGEXP '^[[:alpha:]]+$' AS p2, 'a b' REGEXP '[[:space:]]' AS p3, 'AB' REGEXP '^[[:upper:]]+$' AS p4, 'x' REGEXP '[[:punct:]]' AS p5;
SELECT NULL REGEXP 'a' AS n1, 'a' REGEXP NULL AS n2, NULL RLIKE NULL AS n3, 'a' NOT REGEXP NULL AS n4, '' REGEXP '^$' AS n5;
SELECT 123 REGEXP '^[0-9]+$' AS d1, 1.5 REGEXP '\\.' AS d2, -7 REGEXP '^-' AS d3;
CREATE TABLE t (id INT PRIMARY KEY, s VARCHAR(20));
INSERT INTO t VALUES (1, 'apple'), (2, 'Banana'), (3, 'cherry'), (4, 'date1'), (5, NULL);
SELECT id FROM t WHERE s REGEXP '^[ab]' ORDER BY id;
SELECT id FROM t WHERE s NOT REGEXP '[0-9]' ORDER BY id;
SELECT id, s REGEXP 'an' AS m FROM t ORDER BY id;
