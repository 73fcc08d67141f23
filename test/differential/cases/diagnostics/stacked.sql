-- GET STACKED DIAGNOSTICS keeps the caught condition after statements in the handler clear the current area.
-- rules: D2
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p()
BEGIN
  DECLARE EXIT HANDLER FOR SQLEXCEPTION
  BEGIN
    DECLARE cur_n, st_n INT;
    DECLARE st_m TEXT;
    SELECT 'handler statement' AS msg;
    GET CURRENT DIAGNOSTICS cur_n = NUMBER;
    GET STACKED DIAGNOSTICS st_n = NUMBER;
    GET STACKED DIAGNOSTICS CONDITION 1 st_m = MESSAGE_TEXT;
    SELECT cur_n, st_n, st_m;
  END;
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'caught';
END$$
CREATE PROCEDURE p_outside()
BEGIN
  DECLARE n INT;
  GET STACKED DIAGNOSTICS n = NUMBER;
END$$
DELIMITER ;
CALL p();
CALL p_outside();
