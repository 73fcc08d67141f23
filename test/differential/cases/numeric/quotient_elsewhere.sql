-- A DECIMAL quotient's internal precision outside the numeric builtins: user variables store it unrounded, FORMAT and
-- COALESCE read it unrounded, and CAST AS DECIMAL too.
CREATE DATABASE num_qe;
USE num_qe;
SET @a = 1 / 3;
SELECT @a AS a;
SELECT @b := 2 / 3 AS b, @b AS b2;
SELECT FORMAT(1 / 3, 8) AS f, COALESCE(1 / 3) * 3 AS c, IFNULL(1 / 3, 0) * 3 AS i, CAST(1 / 3 AS DECIMAL(20, 10)) AS d;
SELECT AVG(n) * 3 AS ai3 FROM (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 4) AS v;
DELIMITER $$
CREATE FUNCTION f_dbl(x INT) RETURNS DOUBLE DETERMINISTIC RETURN x / 3$$
DELIMITER ;
SELECT f_dbl(1) AS g;
