-- LPAD and RPAD count characters: multibyte strings and pads, truncation, NULL in every position, odd lengths.
-- rules: F4
CREATE DATABASE d; USE d;
SELECT LPAD('é', 3, 'ü') AS m1, RPAD('中', 4, '文字') AS m2, CHAR_LENGTH(LPAD('中', 5, 'é')) AS m3, LENGTH(LPAD('中', 5, 'é')) AS m4;
SELECT LPAD('中文字符', 2, 'x') AS t1, RPAD('héllo', 2, 'x') AS t2, HEX(LPAD('😀😀', 1, 'x')) AS t3, RPAD('a', 3, '😀') = 'a😀😀' AS t4;
SELECT LPAD(NULL, 3, 'x') AS n1, LPAD('a', NULL, 'x') AS n2, LPAD('a', 3, NULL) AS n3, RPAD(NULL, 3, 'x') AS n4, RPAD('a', NULL, 'x') AS n5;
SELECT LPAD('abc', 3, '') AS e1, RPAD('abc', 2, '') AS e2, RPAD('', 0, 'x') AS e3, LPAD('', 2, '') AS e4, RPAD('a', -1, 'x') AS e5;
SELECT LPAD(7, 3, 0) AS d1, RPAD(1.5, 5, 0) AS d2, LPAD('x', '3', '-') AS d3, LPAD('x', 2.5, '-') AS d4;
SELECT LPAD('a', 8, 'xyz') AS r1, RPAD('a', 8, 'xyz') AS r2, LPAD('abc', 4, 'ABC') AS r3;
