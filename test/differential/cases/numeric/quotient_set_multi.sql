-- SET with several assignments stores a DECIMAL quotient in a user variable unrounded, as a single SET does
-- (0.333333333, not the 0.3333 a SELECT shows), at top level and inside a procedure; a DOUBLE loses its display
-- decimals there too (PI() is read back as 3.141592653589793).
-- rules: F5
CREATE DATABASE num_qsm;
USE num_qsm;
SET @a = 1 / 3, @b = 2, @c = 2 / 3, @p = PI();
SELECT @a AS a, @b AS b, @c AS c, ROUND(@a * 3, 9) AS a3, @p AS p, 1 / 3 AS shown;
DELIMITER $$
CREATE PROCEDURE p()
BEGIN
  DECLARE d DECIMAL(20, 10);
  SET @x = 5 / 7, d = 1 / 3, @y = 1 / 7;
  SELECT @x AS x, d, @y AS y;
END$$
DELIMITER ;
CALL p();
