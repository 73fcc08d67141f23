-- Numeric functions read a DECIMAL quotient at its internal precision (val_decimal), not as rounded for display:
-- ROUND(1/3, 6) is 0.333333 and FLOOR(1/3*3) is 0, while the quotient itself prints 0.3333.
CREATE DATABASE num_qf;
USE num_qf;
SELECT 1 / 3 AS q, ROUND(1 / 3, 6) AS r6, ROUND(1 / 3, 20) AS r20, TRUNCATE(1 / 3, 8) AS t8, ROUND(1 / 3 * 3, 9) AS r9;
SELECT 1 / 3 * 3 AS m, FLOOR(1 / 3 * 3) AS f, CEIL(1 / 3 * 3) AS c, SIGN(1 / 3 - 0.33333) AS s;
SELECT SQRT(1 / 3) AS sq, POW(1 / 3, 1) AS pw, (1 / 3) + 0e0 AS d, EXP(LN(2 / 3)) AS el;
SELECT ABS(1 / 3) AS a, MOD(1 / 3, 1) AS md, GREATEST(1 / 3, 0.1) AS g, ABS(-2 / 3) AS a2;
CREATE TABLE t (n INT, m INT);
INSERT INTO t VALUES (1, 3), (2, 3), (10, 7);
SELECT n, m, n / m AS q, ROUND(n / m, 6) AS r, FLOOR(n / m * m) AS f FROM t ORDER BY n;
