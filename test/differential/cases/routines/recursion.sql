-- Procedure recursion is limited by max_sp_recursion_depth (default 0).
-- rules: G2
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE countdown(n INT)
BEGIN
  IF n > 0 THEN
    CALL countdown(n - 1);
  END IF;
  SELECT n;
END$$
DELIMITER ;
CALL countdown(0);
CALL countdown(1);
SET max_sp_recursion_depth = 2;
CALL countdown(2);
CALL countdown(3);
