-- MOD() and %: the sign follows the dividend, DECIMAL keeps the larger scale, DOUBLE stays DOUBLE, a zero divisor
-- is NULL with warning 1365 in a SELECT and error 1365 when stored under strict mode.
CREATE DATABASE num_mod;
USE num_mod;
SELECT MOD(10, 3) AS m1, MOD(-10, 3) AS m2, MOD(10, -3) AS m3, MOD(-10, -3) AS m4, 10 % 3 AS m5, -10 % 3 AS m6;
SELECT MOD(5.5, 2) AS d1, MOD(-5.5, 2) AS d2, MOD(5, 2.25) AS d3, 7.125 % 0.5 AS d4, MOD(1/3, 1) AS d5;
SELECT MOD(5.5e0, 2) AS f1, MOD(-7e0, 2.5) AS f2, 10.5e0 % 3 AS f3, MOD('7', '4') AS f4;
SELECT MOD(10, 0) AS z1, 10 % 0 AS z2, MOD(1.5, 0.0) AS z3, MOD(1e0, 0) AS z4;
SHOW WARNINGS;
SELECT MOD(NULL, 2) AS n1, MOD(2, NULL) AS n2, 9223372036854775807 % -1 AS n3, -9223372036854775808 % -1 AS n4;
SELECT 18446744073709551615 % 10 AS u1, MOD(18446744073709551615, 7) AS u2;
CREATE TABLE t (a INT, b INT UNSIGNED, c DECIMAL(6,2));
INSERT INTO t VALUES (17, 5, 17.50), (-17, 5, -17.50), (4, 0, 0.00);
SELECT a, MOD(a, b) AS ab, a % 4 AS a4, MOD(c, 5) AS c5, c % b AS cb FROM t ORDER BY a;
CREATE TABLE s (w INT);
INSERT INTO s VALUES (MOD(5, 0));
INSERT INTO s VALUES (5 % 0);
SELECT COUNT(*) AS n FROM s;
