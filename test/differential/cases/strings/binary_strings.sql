-- String builtins on binary strings count and compare bytes: positions, lengths, padding, insertion, case mapping.
-- rules: F2 F3 F4
CREATE DATABASE d; USE d;
SELECT HEX(LEFT(_binary 'héllo', 2)) AS l1, HEX(RIGHT(_binary 'héllo', 4)) AS r1, LENGTH(LEFT(BINARY 'éé', 3)) AS l2, HEX(RIGHT(BINARY 'é', 1)) AS r2, HEX(LEFT(BINARY 'ab', 0)) AS l0;
SELECT LOCATE(BINARY 'l', 'héllo') AS p1, INSTR(BINARY 'héllo', 'o') AS p2, LOCATE('o', BINARY 'héllo', 4) AS p3, POSITION(BINARY 'é' IN 'aé') AS p4, LOCATE(BINARY 'L', 'héllo') AS p5;
SELECT LOCATE('', BINARY 'abc', 3) AS e1, LOCATE('', BINARY 'abc', 4) AS e2, LOCATE('', BINARY '') AS e3, LOCATE(BINARY 'c', 'abc', 0) AS e4;
SELECT HEX(LPAD(BINARY 'é', 4, 'x')) AS lp, HEX(RPAD(BINARY 'a', 3, 'é')) AS rp, HEX(LPAD(BINARY 'abc', 2, 'x')) AS lt, HEX(INSERT(BINARY 'héllo', 2, 1, 'e')) AS ins, HEX(INSERT(BINARY 'abc', 2, 1, 'é')) AS ins2;
SELECT HEX(UPPER(BINARY 'aé')) AS u, HEX(LOWER(BINARY 'AÉ')) AS lo, HEX(REVERSE(BINARY 'é')) AS rv, HEX(TRIM(BINARY '  é  ')) AS tr, HEX(REPLACE(BINARY 'aAa', 'a', 'b')) AS rep;
SELECT HEX(SUBSTRING_INDEX(BINARY 'a.é.c', '.', -2)) AS si, HEX(CONCAT(BINARY 'a', 'é')) AS cc, STRCMP(BINARY 'a', 'b') AS sc, STRCMP(BINARY 'a', 'A') AS sc2;
SELECT CHAR_LENGTH(BINARY 'é') AS c1, LENGTH(BINARY 'é') AS c2, BIT_LENGTH(BINARY 'é') AS c3, ORD(BINARY 'é') AS c4, ASCII(BINARY 'é') AS c5, HEX(SUBSTRING(BINARY 'é', 2)) AS c6;
SELECT FIND_IN_SET(BINARY 'b', 'a,B,b') AS f1, FIELD(BINARY 'b', 'B', 'b') AS f2, HEX(ELT(1, BINARY 'x')) AS e1, BINARY 'abc' LIKE 'A%' AS lk;
CREATE TABLE t (id INT PRIMARY KEY, b VARBINARY(10));
INSERT INTO t VALUES (1, 'abc'), (2, 'ABC'), (3, 'é');
SELECT id, LENGTH(b) AS len, CHAR_LENGTH(b) AS chars, HEX(LEFT(b, 1)) AS first, LOCATE('b', b) AS pos, HEX(UPPER(b)) AS up FROM t ORDER BY id;
