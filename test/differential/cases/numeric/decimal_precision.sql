-- Precision and scale of DECIMAL results: + - keep the larger scale, * adds scales, / adds div_precision_increment to
-- the dividend's scale, and a quotient keeps its internal digits inside the expression (1/3*3 is 1.0000).
CREATE DATABASE num_dp;
USE num_dp;
SELECT 1 / 3 AS q1, 1 / 3 * 3 AS q2, 2 / 3 AS q3, 1.0 / 3 AS q4, 1.000000 / 3 AS q5, 10 / 4 AS q6, 1 / 7 * 7 AS q7;
SELECT 1 / 3 + 1 / 3 + 1 / 3 AS s1, (1 / 3) * 1000000 AS s2, 1 / 3 - 0.3333 AS s3, -1 / 3 AS s4;
SELECT 0.1 + 0.2 AS a1, 0.1 + 0.2 = 0.3 AS a2, 1.10 + 2.2 AS a3, 1.5 - 2.25 AS a4, 1.25 * 1.5 AS a5, 0.001 * 0.001 AS a6;
CREATE TABLE t (d DECIMAL(10,3));
INSERT INTO t VALUES (1.000), (2.500), (0.125);
SELECT SUM(d) AS sd, AVG(d) AS ad, SUM(d) / 3 AS sd3, SUM(d / 3) AS s3d, MAX(d) * 2 AS m2 FROM t;
SELECT d, d / 3 AS d3, d * d AS dd FROM t ORDER BY d;
