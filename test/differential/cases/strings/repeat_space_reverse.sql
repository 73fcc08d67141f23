-- REPEAT, SPACE and REVERSE: zero, negative and NULL counts, multibyte and 4-byte characters, numbers.
-- rules: F4
CREATE DATABASE d; USE d;
SELECT REPEAT('ab', 1) AS r1, REPEAT('', 5) AS r2, REPEAT('ab', NULL) AS r3, REPEAT(NULL, 0) AS r4, REPEAT('中', 3) AS r5, REPEAT(7, 3) AS r6;
SELECT CHAR_LENGTH(REPEAT('é', 100)) AS r7, LENGTH(REPEAT('é', 100)) AS r8, REPEAT('x', '2') AS r9, REPEAT('x', 2.5) AS r10, REPEAT('-', -9223372036854775807) AS r11;
SELECT CONCAT('[', SPACE(0), ']') AS s0, CONCAT('[', SPACE(-3), ']') AS sn, LENGTH(SPACE(10)) AS s10, SPACE('2') = '  ' AS s2;
SELECT REVERSE('中文字') AS v1, HEX(REVERSE('a😀')) AS v2, REVERSE('a😀') = '😀a' AS v3, REVERSE(-12) AS v4, REVERSE('é') AS v5;
SELECT REVERSE(REVERSE('héllo wörld')) AS vv, REVERSE(' a ') AS vs, CHAR_LENGTH(REVERSE('日本')) AS vl;
