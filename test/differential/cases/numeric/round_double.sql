-- ROUND and TRUNCATE of a DOUBLE: half to even (rint), and the result prints with the requested number of decimals
-- (Item_func_round keeps d display decimals: ROUND(0.04e0, 1) is 0.0), or the argument's when d varies per row.
CREATE DATABASE num_rndd;
USE num_rndd;
SELECT ROUND(0.5e0) AS h1, ROUND(1.5e0) AS h2, ROUND(2.5e0) AS h3, ROUND(-2.5e0) AS h4, ROUND(0.125e0, 2) AS h5;
SELECT ROUND(0.04e0, 1) AS d1, ROUND(1e0, 3) AS d2, ROUND(2.675e0, 2) AS d3, ROUND(1234.5678e0, -2) AS d4, ROUND(1.5e0, 40) AS d5;
SELECT ROUND(1e20, 2) AS e1, ROUND(1.5e-20, 25) AS e2, ROUND(123456789.987654321e0, 4) AS e3;
SELECT TRUNCATE(1.999e0, 2) AS t1, TRUNCATE(-1.999e0, 2) AS t2, TRUNCATE(1999.9e0, -2) AS t3, TRUNCATE(0.04e0, 1) AS t4;
SELECT ROUND('2.5', 0) AS s1, ROUND('1.25', 1) AS s2, ROUND('', 1) AS s3, TRUNCATE('9.99', 1) AS s4;
SELECT ROUND(2.5e0, 1) + 1 AS x1, ROUND(2.25e0, 1) * 2 AS x2, ROUND(1e0, 2) / 3 AS x3, ROUND(1e0, 29) / 3 AS x4;
CREATE TABLE t (f DOUBLE, p INT);
INSERT INTO t VALUES (1.2345, 2), (2.5, 0), (-3.14159, 3), (1234.5, -2);
SELECT f, p, ROUND(f, p) AS r, ROUND(f, 1) AS r1, TRUNCATE(f, p) AS t FROM t ORDER BY f;
SELECT ROUND(-0.04e0, 1) AS nz1, TRUNCATE(-0.04e0, 1) AS nz2;
