-- The field a stored function's return value is stored into: named after the select item (as written, or its
-- alias), and after the function where the call is not a whole select item.
-- rules: A5 G3
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE FUNCTION narrow(x INT) RETURNS TINYINT DETERMINISTIC RETURN x$$
CREATE FUNCTION short_str(x TEXT) RETURNS CHAR(2) DETERMINISTIC RETURN x$$
DELIMITER ;
SELECT narrow(1000) AS n;
SELECT  narrow( -1000 );
SELECT narrow(1000) + 0 AS nested;
SELECT short_str('abc') AS s, 1 AS one;
SELECT narrow(100) AS fits, short_str('ab') AS fits_too;
SET @x = narrow(1000);
SELECT @x AS unchanged;
