-- Handlers in nested blocks: inner CONTINUE, outer EXIT, and errors raised by handler bodies.
-- rules: B1 B3 B4
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p(mode INT)
BEGIN
  DECLARE trace TEXT DEFAULT '';
  DECLARE EXIT HANDLER FOR SQLEXCEPTION
  BEGIN
    SET trace = CONCAT(trace, 'outer-exit;');
    SELECT mode, trace;
  END;
  BEGIN
    DECLARE CONTINUE HANDLER FOR SQLSTATE '45001' SET trace = CONCAT(trace, 'inner-45001;');
    SET trace = CONCAT(trace, 'start;');
    IF mode = 1 THEN SIGNAL SQLSTATE '45001'; END IF;
    IF mode = 2 THEN SIGNAL SQLSTATE '45002'; END IF;
    SET trace = CONCAT(trace, 'inner-end;');
  END;
  SET trace = CONCAT(trace, 'outer-end;');
  SELECT mode, trace;
END$$
DELIMITER ;
CALL p(0);
CALL p(1);
CALL p(2);
