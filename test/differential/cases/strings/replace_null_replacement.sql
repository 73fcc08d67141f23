-- REPLACE with a NULL replacement that is not a NULL literal: MySQL 8 evaluates all three arguments and returns NULL
-- if any is NULL; MariaDB reads the replacement only when the search string occurs.
-- rules: F3
CREATE DATABASE d; USE d;
SELECT REPLACE('abc', 'z', @unset) AS miss, REPLACE('abc', 'b', @unset) AS hit, REPLACE('abc', '', @unset) AS empty_from;
CREATE TABLE t (id INT PRIMARY KEY, r VARCHAR(5));
INSERT INTO t VALUES (1, NULL), (2, '-');
SELECT id, REPLACE('abc', 'z', r) AS miss, REPLACE('abc', 'b', r) AS hit FROM t ORDER BY id;
DELIMITER $$
CREATE FUNCTION f(s VARCHAR(10)) RETURNS VARCHAR(10) DETERMINISTIC
BEGIN
  DECLARE r VARCHAR(5);
  RETURN REPLACE(s, 'q', r);
END$$
DELIMITER ;
SELECT f('abc') AS no_q, f('aqa') AS with_q;
