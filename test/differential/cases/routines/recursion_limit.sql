-- max_sp_recursion_depth: 0 forbids a procedure calling itself (1456), a higher value allows exactly that many nested
-- self-calls, and the caller can handle the error.
-- rules: G2
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE down(n INT, INOUT acc TEXT)
BEGIN
  SET acc = CONCAT(acc, n);
  IF n > 0 THEN CALL down(n - 1, acc); END IF;
END$$
CREATE PROCEDURE guarded(n INT)
BEGIN
  DECLARE acc TEXT DEFAULT '';
  DECLARE EXIT HANDLER FOR 1456 SELECT 'limit reached' AS r, acc;
  CALL down(n, acc);
  SELECT 'done' AS r, acc;
END$$
CREATE PROCEDURE a(n INT) BEGIN IF n > 0 THEN CALL b(n - 1); END IF; SELECT 'a' AS r, n; END$$
CREATE PROCEDURE b(n INT) BEGIN IF n > 0 THEN CALL a(n - 1); END IF; SELECT 'b' AS r, n; END$$
DELIMITER ;
SELECT @@max_sp_recursion_depth AS default_depth;
SET @acc = '';
CALL down(0, @acc);
SELECT @acc;
CALL down(1, @acc);
CALL guarded(1);
CALL a(1);
CALL a(2);
SET max_sp_recursion_depth = 3;
SET @acc = '';
CALL down(3, @acc);
SELECT @acc;
CALL guarded(4);
CALL a(4);
SET max_sp_recursion_depth = 0;
CALL guarded(0);
