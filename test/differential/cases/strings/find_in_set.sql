-- FIND_IN_SET: 1-based index in a comma list under the collation; commas in the needle, empty items, NULLs, numbers.
-- rules: F2 F3
CREATE DATABASE d; USE d;
SELECT FIND_IN_SET('b', 'a,b,c') AS f1, FIND_IN_SET('c', 'a,b,c') AS f2, FIND_IN_SET('d', 'a,b,c') AS f3, FIND_IN_SET('A', 'a,b') AS f4;
SELECT FIND_IN_SET('é', 'e,é') AS a1, FIND_IN_SET('E', 'x,é') AS a2, FIND_IN_SET('中', 'a,中') AS a3, FIND_IN_SET(BINARY 'A', 'a,A') AS a4;
SELECT FIND_IN_SET(NULL, 'a') AS n1, FIND_IN_SET('a', NULL) AS n2, FIND_IN_SET('a,b', 'a,b') AS n3, FIND_IN_SET('', '') AS n4, FIND_IN_SET('', ',a') AS n5;
SELECT FIND_IN_SET(2, '1,2,3') AS d1, FIND_IN_SET('2', 123) AS d2, FIND_IN_SET(' b', 'a, b') AS d3, FIND_IN_SET('b', 'a, b') AS d4, FIND_IN_SET('a', 'a,a') AS d5;
SELECT FIND_IN_SET('c', 'a,b,') AS t1, FIND_IN_SET('', 'a,b,') AS t2, FIND_IN_SET('x', ',,,x') AS t3;
