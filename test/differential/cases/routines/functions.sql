-- Stored functions: RETURN, missing RETURN, RETURN in a procedure, recursion.
-- rules: G2 G3
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE FUNCTION fibcomp(fib INT) RETURNS INT DETERMINISTIC
BEGIN
  DECLARE f1 INT DEFAULT 0;
  DECLARE f2 INT DEFAULT 1;
  DECLARE i INT DEFAULT 2;
  DECLARE s INT;
  IF fib <= 0 THEN RETURN f1; END IF;
  WHILE i <= fib DO
    SET i = i + 1;
    SET s = f1 + f2;
    SET f1 = f2;
    SET f2 = s;
  END WHILE;
  RETURN f2;
END$$
CREATE FUNCTION no_return(x INT) RETURNS INT DETERMINISTIC
BEGIN
  IF x > 0 THEN RETURN x; END IF;
END$$
CREATE FUNCTION narrow(x INT) RETURNS TINYINT DETERMINISTIC RETURN x$$
CREATE FUNCTION short_str(x TEXT) RETURNS VARCHAR(3) DETERMINISTIC RETURN x$$
CREATE FUNCTION rec(n INT) RETURNS INT DETERMINISTIC
BEGIN
  IF n <= 0 THEN RETURN 0; END IF;
  RETURN n + rec(n - 1);
END$$
CREATE PROCEDURE p_return() BEGIN RETURN 1; END$$
CREATE FUNCTION f_select() RETURNS INT DETERMINISTIC BEGIN SELECT 1; RETURN 1; END$$
DELIMITER ;
SELECT fibcomp(0), fibcomp(1), fibcomp(2), fibcomp(10), fibcomp(20), fibcomp(NULL);
SELECT no_return(5);
SELECT no_return(-5);
SELECT narrow(100);
SELECT narrow(1000);
SELECT short_str('abc');
SELECT short_str('abcd');
SELECT rec(0);
SELECT rec(3);
SELECT fibcomp(10) + fibcomp(5) AS combined, d.fibcomp(3) AS qualified;
SELECT nosuchfunc(1);
