-- ELT picks the n-th argument; FIELD finds the index with the collation (strings) or numerically (mixed); NULL handling.
-- rules: F2 F3
CREATE DATABASE d; USE d;
SELECT ELT(1, 'a', 'b') AS e1, ELT(2, 'a', NULL) AS e2, ELT(-1, 'a') AS e3, ELT(3, 'a', 'b') AS e4, ELT('2', 'a', 'b') AS e5, ELT(1.6, 'a', 'b') AS e6;
SELECT ELT(1, 10, 20) AS en1, ELT(2, 1.5, 'x') AS en2, ELT(1, '中', 'é') AS em;
SELECT FIELD('B', 'a', 'b') AS f1, FIELD('é', 'e', 'é') AS f2, FIELD('a', NULL, 'a') AS f3, FIELD(NULL, NULL, 'a') AS f4, FIELD('x') IS NULL AS f5;
SELECT FIELD(2, 1, 2, 3) AS n1, FIELD('2', 1, 2) AS n2, FIELD(2, '1', '02') AS n3, FIELD(1.0, '1') AS n4, FIELD('a', 0, 'a') AS n5;
SELECT FIELD(BINARY 'B', 'a', 'b') AS b1, FIELD('b', BINARY 'B', 'b') AS b2, FIELD('a ', 'a') AS pad, FIELD('', '', 'a') AS empty;
SELECT ELT(4294967297, 'a', 'b') AS big, ELT(4294967296, 'a') AS big0;
