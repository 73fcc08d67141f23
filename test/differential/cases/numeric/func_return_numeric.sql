-- Stored functions returning numeric types convert the RETURN value like a typed column: INT rounds, DECIMAL(6,2)
-- rounds to 2 places, out of range is 1264 in strict mode; a DOUBLE return prints in its shortest form.
-- rules: A5 F5 G3
CREATE DATABASE num_fn;
USE num_fn;
DELIMITER $$
CREATE FUNCTION f_int(x DECIMAL(10,4)) RETURNS INT DETERMINISTIC RETURN x * 2$$
CREATE FUNCTION f_dec(x DOUBLE) RETURNS DECIMAL(6,2) DETERMINISTIC RETURN x / 3$$
CREATE FUNCTION f_dbl(x INT) RETURNS DOUBLE DETERMINISTIC RETURN x / 3$$
CREATE FUNCTION f_tiny(x INT) RETURNS TINYINT DETERMINISTIC RETURN x + 100$$
CREATE FUNCTION f_pi() RETURNS DOUBLE DETERMINISTIC RETURN PI()$$
CREATE FUNCTION f_round(x DOUBLE, p INT) RETURNS DOUBLE DETERMINISTIC RETURN ROUND(x, p)$$
DELIMITER ;
SELECT f_int(1.2345) AS a, f_int(1.25) AS b, f_int(-1.25) AS c;
SELECT f_dec(10) AS d, f_dec(1e0) AS e, f_pi() AS h, f_round(2.567, 2) AS i;
SELECT f_tiny(27) AS j;
SELECT f_tiny(28) AS k;
SELECT f_dec(1e10) AS l;
SELECT f_int(NULL) AS m, f_dec(NULL) AS n;
