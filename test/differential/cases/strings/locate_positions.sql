-- LOCATE/INSTR/POSITION: start positions, case and accent folding under the default collation, binary arguments, multibyte.
-- rules: F2 F3 F4
CREATE DATABASE d; USE d;
SELECT LOCATE('a', 'banana', 1) AS p1, LOCATE('a', 'banana', 2) AS p2, LOCATE('a', 'banana', 6) AS p6, LOCATE('a', 'banana', 7) AS p7;
SELECT LOCATE('', 'abc', 1) AS e1, LOCATE('', 'abc', 3) AS e3, LOCATE('', 'abc', 4) AS e4, LOCATE('', 'abc', 5) AS e5, LOCATE('', '', 1) AS e6;
SELECT LOCATE('a', 'abc', NULL) AS n1, LOCATE(NULL, 'abc', 1) AS n2, LOCATE('a', NULL, 1) AS n3, POSITION(NULL IN 'a') AS n4, INSTR(NULL, NULL) AS n5;
SELECT LOCATE('NAN', 'banana') AS c1, INSTR('BANANA', 'nan') AS c2, POSITION('AN' IN 'banana') AS c3, LOCATE('an', 'banana', 3) AS c4;
SELECT LOCATE('e', 'café') AS a1, LOCATE('é', 'cafe') AS a2, INSTR('résumé', 'RESUME') AS a3;
SELECT LOCATE('中', 'a中b中') AS m1, LOCATE('中', 'a中b中', 3) AS m2, INSTR('😀a😀b', 'b') AS m3, LOCATE('b', 'éb') AS m4;
SELECT LOCATE(BINARY 'a', 'BANANA') AS b1, LOCATE('N', BINARY 'banana') AS b2, INSTR(BINARY 'Café', 'é') AS b3, LOCATE(BINARY 'ana', 'banana', 3) AS b4;
SELECT LOCATE(2, 12321) AS d1, LOCATE(2, 12321, 3) AS d2, INSTR(3.14, '.') AS d3, LOCATE('1', 1.0) AS d4;
SELECT LOCATE('', 'éé', 2) AS eb2, LOCATE('', 'éé', 3) AS eb3, LOCATE('', 'éé', 4) AS eb4, LOCATE('', '中中', 2) AS eb5, LOCATE('a', 'éa', 3) AS eb6, LOCATE('a', 'éa', 2) AS eb7;
SELECT LOCATE('a', 'banana', '3') AS s1, LOCATE('a', 'banana', 2.6) AS s2, LOCATE('a', 'banana', -9223372036854775807) AS s3;
