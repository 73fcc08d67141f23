-- A user variable has the type its value has when the statement reading it is compiled: BIGINT, DECIMAL(65,30), DOUBLE or a string; a NULL literal keeps the type; an unset variable takes its context's.
CREATE DATABASE d;
USE d;
SET @i = 7, @c = 1.50, @d = 2.5e0, @s = 'abc';
SELECT @i, @c, @d, @s, CONCAT(@c, '|', @d, '|', @i) AS t;
SELECT @i / 4 AS q, @i + 0.5 AS a, @d / 2 AS h, COALESCE(@i, 0.5) AS e;
SELECT @c + 0 AS b, @c * 2 AS m;
SET @c = NULL;
SELECT IF(1, 1, @c) AS kept;
SET @m = 1, @n = @m + 1;
SELECT @m, @n;
SET @g = 1;
SELECT @g AS before_set, @g := 'test' AS assigned, @g AS after_set;
SELECT @g AS now_string;
SELECT IF(1, 9223372036854775807, ROUND(@never_set, 0)) AS r;
DELIMITER $$
CREATE PROCEDURE p() BEGIN DECLARE v DOUBLE; SET v = @x / 2; SELECT @x / 2 AS q, v; END$$
DELIMITER ;
SET @x = 7;
CALL p();
SET @x = 2.5e0;
CALL p();
SELECT @x / 2 AS top_level;
