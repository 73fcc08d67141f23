-- SUBSTRING/SUBSTR/MID: zero, negative, huge positions and lengths, NULL in each position, multibyte and 4-byte characters.
-- rules: F4
CREATE DATABASE d; USE d;
SELECT SUBSTRING('abcdef', 0, 3) AS z, SUBSTRING('abcdef', -1) AS n1, SUBSTRING('abcdef', -6) AS n6, SUBSTRING('abcdef', -7) AS n7;
SELECT SUBSTRING('abcdef', 6) AS p6, SUBSTRING('abcdef', 7) AS p7, SUBSTRING('abcdef', 9223372036854775807) AS huge, SUBSTRING('abcdef', -9223372036854775807) AS nhuge;
SELECT SUBSTRING('abcdef', 2, 9223372036854775807) AS hl, SUBSTRING('abcdef', 2, -9223372036854775807) AS nl, SUBSTRING('abcdef', -2, 5) AS tail;
SELECT SUBSTRING(NULL, 1, 1) AS a1, SUBSTRING('abc', NULL, 1) AS a2, SUBSTRING('abc', 1, NULL) AS a3, MID(NULL, 1, 1) AS a4, SUBSTR('abc', NULL) AS a5;
SELECT SUBSTRING('' , 1) AS e1, SUBSTRING('', 0) AS e2, SUBSTRING('', -1) AS e3, CHAR_LENGTH(SUBSTRING('', 1, 5)) AS e4;
SELECT SUBSTRING('héllo', 2, 1) AS m1, SUBSTRING('中文字符', -2) AS m2, SUBSTRING('中文字符', 2, 2) AS m3, LENGTH(SUBSTRING('中文字符', 2, 2)) AS m4;
SELECT HEX(SUBSTRING('a😀b', 2, 1)) AS e5, SUBSTRING('a😀b', 3) AS e6, SUBSTRING('a😀b', -1) AS e7, CHAR_LENGTH('a😀b') AS e8;
SELECT SUBSTRING('abcdef' FROM -3 FOR 2) AS ff, SUBSTR('abcdef' FROM 0) AS f0, MID('abcdef', 3) AS mid3, SUBSTRING(123456, -2) AS num;
SELECT SUBSTRING('abcdef', '3', '2') AS s1, SUBSTRING('abcdef', 2.5, 1.5) AS s2, SUBSTRING('abcdef', -2.5) AS s3;
