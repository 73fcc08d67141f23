-- Numbers converted to integers by CONV/BIN/HEX and the bit operators: CONV and BIN read a DECIMAL or DOUBLE through
-- its text (12.7 is 12), HEX of a DOUBLE saturates at 2^64-1, a DOUBLE bit operand rounds, and LOG2(3).
CREATE DATABASE num_cvp;
USE num_cvp;
SELECT CONV(12.9, 10, 2) AS f1, CONV(1e3, 10, 16) AS f2, CONV(-0.5, 10, 10) AS f3, BIN(12.7) AS b5, HEX(1e20) AS x7;
SELECT 2.5e0 | 0 AS c2, '3x' | 4 AS c4;
SHOW WARNINGS;
SELECT LOG2(3) AS l3;
