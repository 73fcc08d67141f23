-- MAKE_SET, BIN and OCT: bits select strings, NULL strings are skipped, numbers in strings, negative and NULL input.
-- rules: F4
CREATE DATABASE d; USE d;
SELECT MAKE_SET(1, 'a', 'b', 'c') AS s1, MAKE_SET(6, 'a', 'b', 'c') AS s2, MAKE_SET(0, 'a') AS s3, MAKE_SET(7, 'a', NULL, 'c') AS s4, MAKE_SET(NULL, 'a') AS s5;
SELECT MAKE_SET(-1, 'x', 'y') AS s6, MAKE_SET(1 | 4, '中', 'é', '😀') = '中,😀' AS s7, MAKE_SET('3', 'a', 'b') AS s8, MAKE_SET(2, 1, 2) AS s9;
SELECT BIN(1) AS b1, BIN(255) AS b2, BIN(-1) AS b3, BIN('12') AS b4, BIN(2.7) AS b5, OCT(64) AS o1, OCT(0) AS o2, OCT(NULL) AS o3, OCT(-8) = OCT(18446744073709551608) AS o4;
