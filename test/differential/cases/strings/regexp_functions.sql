-- REGEXP_INSTR, REGEXP_SUBSTR and REGEXP_REPLACE in their forms MariaDB shares with MySQL 8 (pattern, and replacement).
-- rules: F2 F3 F4
CREATE DATABASE d; USE d;
SELECT REGEXP_INSTR('dog cat dog', 'cat') AS i1, REGEXP_INSTR('abc', 'x') AS i2, REGEXP_INSTR('aXc', 'x') AS i3, REGEXP_INSTR('中文b', 'b') AS i4, REGEXP_INSTR('a😀b', 'b') AS i5;
SELECT REGEXP_SUBSTR('abc def ghi', '[a-z]+') AS s1, REGEXP_SUBSTR('price: 42 USD', '[0-9]+') AS s2, REGEXP_SUBSTR('ABC', 'b') AS s3, REGEXP_SUBSTR('aé中b', '[^a-z]+') AS s4;
SELECT REGEXP_REPLACE('a b c', ' ', '') AS r1, REGEXP_REPLACE('abc', 'B', 'x') AS r2, REGEXP_REPLACE('a1b22c333', '[0-9]+', '#') AS r3, REGEXP_REPLACE('中文中', '中', 'z') AS r4;
SELECT REGEXP_REPLACE('  trim me  ', '^ +| +$', '') AS r5, REGEXP_REPLACE('a.b.c', '\\.', '/') AS r6, REGEXP_REPLACE('abc', 'x', 'y') AS r7, REGEXP_REPLACE('', 'a', 'b') AS r8;
SELECT REGEXP_INSTR(NULL, 'a') AS n1, REGEXP_INSTR('a', NULL) AS n2, REGEXP_SUBSTR(NULL, 'a') AS n3, REGEXP_SUBSTR('a', NULL) AS n4;
SELECT REGEXP_REPLACE(NULL, 'a', 'b') AS n5, REGEXP_REPLACE('a', NULL, 'b') AS n6, REGEXP_REPLACE('a', 'a', NULL) AS n7;
SELECT REGEXP_REPLACE(BINARY 'AbA', 'a', 'x') AS b1, REGEXP_INSTR(BINARY 'ABC', 'c') AS b2, REGEXP_REPLACE('AbA', 'a', 'x') AS b3;
SELECT REGEXP_REPLACE(12321, 2, 'x') AS d1, REGEXP_INSTR(3.14, '[.]') AS d2, REGEXP_SUBSTR(1234, '3.') AS d3;
