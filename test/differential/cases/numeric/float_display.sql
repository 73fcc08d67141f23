-- A FLOAT prints 6 significant digits (Field_float::val_str, my_gcvt with FLT_DIG), rounded half to even on the
-- binary value, with exponent form past 15 digits or below 1e-14; arithmetic on it is a DOUBLE with the double's
-- digits; FLOAT(M,D) and DOUBLE(M,D) round to D places and print them; FLOAT(p) above 24 is a DOUBLE; a user
-- variable keeps the double; a FLOAT local variable, function result and CAST AS FLOAT print like the column.
-- rules: A5 F5
CREATE DATABASE num_flt;
USE num_flt;
CREATE TABLE f (id INT PRIMARY KEY, f FLOAT);
INSERT INTO f VALUES (1, PI()), (2, 1.5), (3, 123456789), (4, 1e20), (5, 1e-5), (6, 1.5e-10), (7, 1e15), (8, 1e16),
  (9, 1e-14), (10, 1e-15), (11, 1024.125), (12, -0.0001234567), (13, 3.4e38), (14, 0.1), (15, 999999.5),
  (16, 1234567), (17, 1e-16), (18, 123456.5), (19, 1e-40), (20, 0);
SELECT id, f, f * 1 AS f1, CONCAT(f) AS cf, CAST(f AS CHAR) AS chf, COALESCE(f) AS co, f + 0 AS f0 FROM f ORDER BY id;
SELECT MAX(f) AS mx, MIN(f) AS mn, SUM(f) AS sm FROM f WHERE id = 1;
SELECT -f AS neg, ABS(f) AS ab FROM f WHERE id = 1;
SET @a = (SELECT f FROM f WHERE id = 1);
SELECT f INTO @b FROM f WHERE id = 3;
SET @c = PI(), @d = ROUND(1.5e0, 2);
SELECT @a, @b, CONCAT(@a) AS ca, @c, @d;
CREATE TABLE s (id INT PRIMARY KEY, s VARCHAR(40));
INSERT INTO s SELECT id, f FROM f WHERE id <= 3;
SELECT id, s FROM s ORDER BY id;
CREATE TABLE g (id INT PRIMARY KEY, g FLOAT(7,2), d DOUBLE(8,3), p FLOAT(30), q FLOAT(10), e FLOAT(7,0), z FLOAT(10,4));
INSERT INTO g VALUES (1, 3.14159, 3.14159, PI(), PI(), 2.5, 1.00005), (2, 12345.678, 12345.6789, 1.5, 1e20, 3.5, 123.45675),
  (3, -0.004, -0.0004, 1e20, 1e-20, -0.4, 0.00015);
SELECT id, g, d, p, q, e, z, g * 1 AS g1, d * 1 AS d1, CONCAT(g) AS cg FROM g ORDER BY id;
INSERT INTO g (id, g) VALUES (4, 99999.995);
INSERT INTO g (id, g) VALUES (5, 99999.999);
SELECT id, g FROM g WHERE id > 3 ORDER BY id;
SELECT CAST(PI() AS FLOAT) AS c1, CAST(1e20 AS FLOAT) AS c2, CAST(123456789 AS FLOAT) AS c3;
DELIMITER $$
CREATE FUNCTION ff() RETURNS FLOAT DETERMINISTIC NO SQL RETURN PI()$$
CREATE PROCEDURE p()
BEGIN
  DECLARE v FLOAT DEFAULT PI();
  DECLARE w FLOAT(6,2) DEFAULT PI();
  SET @u = v;
  SELECT v, w, v * 2 AS v2, CONCAT(v) AS cv, @u AS u, ff() AS fn, ROUND(v, 3) AS rv;
END$$
DELIMITER ;
CALL p();
