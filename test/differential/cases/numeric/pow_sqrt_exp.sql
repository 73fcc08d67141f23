-- POW/POWER, SQRT and EXP: DOUBLE results, SQRT of a negative is NULL, infinite or NaN results are error 1690 naming
-- the call.
-- rules: F5
CREATE DATABASE num_pow;
USE num_pow;
SELECT POW(2, 10) AS p1, POWER(2, -2) AS p2, POW(-2, 3) AS p3, POW(4, 0.5) AS p4, POW(0, 0) AS p5, POW(NULL, 2) AS p6;
SELECT POW(10, 15) AS p7, POW(10, 16) AS p8, POW(2, 0.1) AS p9, POW('3', '2') AS p10;
SELECT SQRT(16) AS s1, SQRT(2) AS s2, SQRT(0) AS s3, SQRT(-1) AS s4, SQRT(NULL) AS s5, SQRT('25') AS s6, SQRT(1e-300) AS s7;
SHOW WARNINGS;
SELECT EXP(0) AS x1, EXP(1) AS x2, EXP(-1) AS x3, EXP(709) AS x4, EXP(-1000) AS x5, EXP(NULL) AS x6;
SELECT EXP(710) AS x7;
SELECT POW(0, -1) AS e1;
SELECT POW(-8, 0.5) AS e2;
SELECT POW(10, 309) AS e3;
