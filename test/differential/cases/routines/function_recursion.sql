-- Stored functions never recurse, directly or through another function, whatever max_sp_recursion_depth says (1424).
-- rules: G2
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE FUNCTION fact(n INT) RETURNS BIGINT DETERMINISTIC
BEGIN
  IF n <= 1 THEN RETURN 1; END IF;
  RETURN n * fact(n - 1);
END$$
CREATE FUNCTION ping(n INT) RETURNS INT DETERMINISTIC BEGIN IF n <= 0 THEN RETURN 0; END IF; RETURN pong(n - 1); END$$
CREATE FUNCTION pong(n INT) RETURNS INT DETERMINISTIC BEGIN IF n <= 0 THEN RETURN 10; END IF; RETURN ping(n - 1); END$$
CREATE FUNCTION twice(n INT) RETURNS INT DETERMINISTIC RETURN ping(0) + ping(0) + n$$
CREATE PROCEDURE via_proc(n INT) BEGIN SELECT fact(n) AS r; END$$
DELIMITER ;
SELECT fact(1);
SELECT fact(3);
SET max_sp_recursion_depth = 10;
SELECT fact(3);
SELECT ping(0), pong(0), ping(1);
SELECT ping(2);
SELECT twice(5);
SELECT fact(1) + fact(1) AS two_calls;
CALL via_proc(2);
