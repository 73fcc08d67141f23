-- Errors propagate out of nested calls to the caller's handlers.
-- rules: B5 G1
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE inner_p(x INT)
BEGIN
  IF x = 1 THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'inner failed'; END IF;
  SELECT 'inner ok' AS msg, x;
END$$
CREATE PROCEDURE middle_p(x INT)
BEGIN
  CALL inner_p(x);
  SELECT 'middle after inner' AS msg;
END$$
CREATE PROCEDURE outer_p(x INT)
BEGIN
  DECLARE m TEXT;
  DECLARE EXIT HANDLER FOR SQLEXCEPTION
  BEGIN
    GET DIAGNOSTICS CONDITION 1 m = MESSAGE_TEXT;
    SELECT 'outer caught' AS msg, m;
  END;
  CALL middle_p(x);
  SELECT 'outer done' AS msg;
END$$
DELIMITER ;
CALL outer_p(0);
CALL outer_p(1);
CALL middle_p(1);
