-- Strings in numeric context: the longest numeric prefix after leading spaces, exponent forms read as DOUBLE, and
-- warning 1292 for trailing garbage; comparisons with numbers go through DOUBLE.
-- rules: F1
CREATE DATABASE num_str;
USE num_str;
SELECT '1e3' + 0 AS a1, '1.5e-2' * 1 AS a2, ' 12' + 1 AS a3, '0x10' + 0 AS a4, '.5' + 0 AS a5, '-' + 0 AS a6;
SHOW WARNINGS;
SELECT ' 12abc' + 1 AS b1;
SHOW WARNINGS;
SELECT ABS('  -3.25xyz') AS b2, ROUND('2.567abc', 1) AS b3, SQRT('16 apples') AS b4;
SHOW WARNINGS;
SELECT '10' / '4' AS c1, '10' DIV '4' AS c2, '7' % '3' AS c3, '2' * '3' AS c4, '9223372036854775807' + 1 AS c5;
SELECT '1abc' = 1 AS d1, '1.0' = 1 AS d2, '1e0' = 1 AS d3, 'abc' = 0 AS d4, ' 1' = 1 AS d5;
SHOW WARNINGS;
CREATE TABLE t (s VARCHAR(10));
INSERT INTO t VALUES ('5'), ('5.5'), ('x'), ('1e1');
SELECT s, s + 0 AS n, s * 2 AS d FROM t ORDER BY s;
SHOW WARNINGS;
SELECT SUM(s) AS total FROM t;
