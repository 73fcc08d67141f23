-- LEFT and RIGHT: zero, negative and huge lengths, NULL in each position, multibyte, numbers.
-- rules: F4
CREATE DATABASE d; USE d;
SELECT LEFT('abc', 1) AS l1, LEFT('abc', 0) AS l0, LEFT('abc', -1) AS ln, LEFT('abc', 9223372036854775807) AS lh, LEFT('', 3) AS le;
SELECT RIGHT('abc', 1) AS r1, RIGHT('abc', 0) AS r0, RIGHT('abc', -5) AS rn, RIGHT('abc', 9223372036854775807) AS rh, RIGHT('', 3) AS re;
SELECT LEFT(NULL, 2) AS n1, LEFT('abc', NULL) AS n2, RIGHT(NULL, 2) AS n3, RIGHT('abc', NULL) AS n4;
SELECT LEFT('中文字符', 2) AS m1, RIGHT('héllo', 4) AS m2, HEX(LEFT('😀x', 1)) AS m3, RIGHT('x😀', 1) = 'x' AS m4, LENGTH(RIGHT('éé', 1)) AS m5;
SELECT LEFT(12345, 2) AS d1, RIGHT(-12.5, 3) AS d2, LEFT('abc', '2') AS d3, RIGHT('abcdef', 2.5) AS d4, LEFT('abcdef', 1.4) AS d5;
SELECT LEFT('Abc', 1) = 'a' AS ci, BINARY LEFT('Abc', 1) = 'a' AS cs;
