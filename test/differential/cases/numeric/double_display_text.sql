-- A DOUBLE's display decimals also apply where it becomes text (CONCAT, CAST AS CHAR, string-typed COALESCE/IF,
-- a VARCHAR column); a FLOAT column prints 6 significant digits.
CREATE DATABASE num_ddt;
USE num_ddt;
SELECT CONCAT(PI()) AS c1, CONCAT(ROUND(0.04e0, 1)) AS c2, CAST(PI() AS CHAR) AS c3, CONCAT('x', ROUND(2e0, 2)) AS c4;
SELECT COALESCE(ROUND('', 1), '', 0) AS c5, IF(1, ROUND(1e0, 3), 'no') AS c6, LENGTH(PI()) AS c7;
CREATE TABLE t (s VARCHAR(30));
INSERT INTO t VALUES (PI()), (ROUND(1e0, 2));
SELECT s FROM t ORDER BY s;
CREATE TABLE f (f FLOAT);
INSERT INTO f VALUES (PI()), (1.5);
SELECT f, f * 1 AS f1 FROM f ORDER BY f;
