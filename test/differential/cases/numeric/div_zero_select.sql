-- Division by zero in a SELECT is NULL with warning 1365 for / DIV % MOD, whatever the strictness; without
-- ERROR_FOR_DIVISION_BY_ZERO in sql_mode there is no warning.
CREATE DATABASE num_dz;
USE num_dz;
SET @old_mode = @@sql_mode;
SELECT @@sql_mode LIKE '%ERROR_FOR_DIVISION_BY_ZERO%' AS mode_has_it;
SELECT 1 / 0 AS a, 1.5 / 0 AS b, 1e0 / 0 AS c, 1 DIV 0 AS d, 1 % 0 AS e, MOD(1, 0) AS f;
SHOW WARNINGS;
SELECT 1 / 0.0 AS g, 0 / 0 AS h, NULL / 0 AS i;
SHOW WARNINGS;
SET sql_mode = 'STRICT_TRANS_TABLES';
SELECT 1 / 0 AS j, 5 % 0 AS k;
SHOW WARNINGS;
SET sql_mode = @old_mode;
CREATE TABLE t (a INT, b INT);
INSERT INTO t VALUES (1, 0), (4, 2), (9, NULL);
SELECT a, b, a / b AS q, a DIV b AS d, a % b AS m FROM t ORDER BY a;
SHOW WARNINGS;
SELECT COUNT(*) AS n FROM t WHERE a / b IS NULL;
