-- Numbers where strings are expected, and numeric strings where numbers are expected, in string builtins.
-- rules: F1 F4
CREATE DATABASE d; USE d;
SELECT CONCAT(1.10) AS c1, CONCAT(-0.0) AS c2, CONCAT(1e-3) AS c3, CONCAT(18446744073709551615) AS c4, CONCAT(0x41) AS c5;
SELECT LENGTH(100) AS l1, UPPER(1.5e0) AS l2, REVERSE(100) AS l3, LPAD(5, 3, 0) + 1 AS l4, REPEAT(1, 3) + 0 AS l5;
SELECT SUBSTRING(3.14159, 1, 4) AS s1, LEFT(2 * 50, 2) AS s2, REPLACE(1000, 0, 9) AS s3, INSTR(12.5, 5) AS s4, TRIM(0 FROM 100) AS s5;
SELECT SUBSTRING('abcdef', '2x') AS w1, LEFT('abcdef', ' 3') AS w2, REPEAT('ab', '2.9') AS w3;
SELECT CONCAT(CAST(5 AS UNSIGNED), '|', CAST(-5 AS SIGNED)) AS k1, CONCAT(TRUE) AS k2, CONCAT(NULL + 1) AS k3, CONCAT(1/3) AS k4;
