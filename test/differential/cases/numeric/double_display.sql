-- DOUBLE values print with their display decimals (Item::decimals): PI() has 6, ROUND(x, d) has d, arithmetic keeps
-- the largest of its operands' (a quotient adds div_precision_increment), while DOUBLE columns, literals with an
-- exponent and most functions print the shortest form.
CREATE DATABASE num_dd;
USE num_dd;
SELECT PI() AS p1, -PI() AS p2, PI() + 1 AS p3, PI() * 2 AS p4, PI() * PI() AS p5, PI() / 3 AS p6, 1 / PI() AS p7;
SELECT PI() + 0.5 AS m1, PI() + 1.2345678 AS m2, PI() + 1e0 AS m3, PI() - PI() AS m4, ABS(-PI()) AS m5, MOD(PI(), 1) AS m6;
SELECT ROUND(PI(), 3) + ROUND(PI(), 1) AS k1, ROUND(0.5e0, 1) * 0.25 AS k2, ROUND(0.5e0, 1) * 0.75 AS k3, ROUND(1.1e0, 1) * ROUND(1.1e0, 1) AS k4;
SELECT ROUND(PI(), 10) AS r1, ROUND(PI(), 40) AS r2, ROUND(PI()) AS r3, ROUND(PI(), -1) AS r4, TRUNCATE(PI(), 4) AS r5;
SELECT GREATEST(PI(), 4) AS g1, LEAST(PI(), 1e0) AS g2, DEGREES(PI()) AS g3, SQRT(2) AS g4, RADIANS(180) AS g5;
CREATE TABLE t (a DOUBLE);
INSERT INTO t VALUES (PI()), (ROUND(0.04e0, 1));
SELECT a, a + 1 AS a1, ROUND(a, 2) AS ra FROM t ORDER BY a;
SELECT x, x + 1 AS x1 FROM (SELECT PI() AS x) AS dt;
DELIMITER $$
CREATE PROCEDURE p()
BEGIN
  DECLARE v DOUBLE;
  SET v = PI();
  SELECT v, ROUND(v, 3) AS rv, v * 2 AS v2;
END$$
DELIMITER ;
CALL p();
