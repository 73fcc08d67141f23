-- CONCAT and CONCAT_WS: NULL in every position, numbers, multibyte and empty arguments.
-- rules: F4
CREATE DATABASE d; USE d;
SELECT CONCAT(NULL, 'a', 'b') AS c1, CONCAT('a', NULL, 'b') AS c2, CONCAT('a', 'b', NULL) AS c3, CONCAT('a') AS c4;
SELECT CONCAT('', '', '') AS e1, CONCAT('é', '中') AS mb, CHAR_LENGTH(CONCAT('é', '中')) AS mbl, LENGTH(CONCAT('é', '中')) AS mbb;
SELECT CONCAT(1, 2) AS n1, CONCAT(-1.50, 'x') AS n2, CONCAT(1e3) AS n3, CONCAT(0.000) AS n4, CONCAT(TRUE, FALSE) AS n5;
SELECT CONCAT_WS(NULL, 'a') AS w1, CONCAT_WS('-', NULL, 'a') AS w2, CONCAT_WS('-', 'a', NULL) AS w3, CONCAT_WS('-', NULL) AS w4;
SELECT CONCAT_WS('-', 'a', '', 'b') AS w5, CONCAT_WS('', 'a', 'b') AS w6, CONCAT_WS('中', 'x', 'y') AS w7, CONCAT_WS(0, 1, 2) AS w8;
SELECT CONCAT_WS(', ', 'a', NULL, NULL, 'b', NULL) AS w9, CONCAT_WS('--', 'only') AS w10;
SET @x = NULL;
SELECT CONCAT('v=', @x) AS u1, CONCAT_WS(',', 'v', @x, 'w') AS u2, CONCAT('v=', IFNULL(@x, 'none')) AS u3;
CREATE TABLE t (id INT PRIMARY KEY, a VARCHAR(10), b VARCHAR(10));
INSERT INTO t VALUES (1, 'x', 'y'), (2, NULL, 'y'), (3, 'x', NULL), (4, NULL, NULL);
SELECT id, CONCAT(a, b) AS c, CONCAT_WS('+', a, b) AS ws, CONCAT(IFNULL(a, '?'), IFNULL(b, '?')) AS f FROM t ORDER BY id;
