-- A handler is not active inside its own body; an error there goes to the enclosing block.
-- rules: B4 B5
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p_error_in_handler()
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SELECT 'outer caught' AS msg;
  BEGIN
    DECLARE CONTINUE HANDLER FOR SQLSTATE '45000'
    BEGIN
      SELECT 'inner handler' AS msg;
      SIGNAL SQLSTATE '45001' SET MESSAGE_TEXT = 'from handler';
      SELECT 'inner handler continues' AS msg;
    END;
    SIGNAL SQLSTATE '45000';
    SELECT 'after signal' AS msg;
  END;
  SELECT 'end' AS msg;
END$$
CREATE PROCEDURE p_unhandled_in_handler()
BEGIN
  DECLARE EXIT HANDLER FOR SQLSTATE '45000'
  BEGIN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'raised again inside the handler';
  END;
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'first';
END$$
CREATE PROCEDURE p_before_declare()
BEGIN
  DECLARE x INT DEFAULT (SELECT 1 FROM nosuch);
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SELECT 'too late' AS msg;
  SELECT 'not reached' AS msg;
END$$
DELIMITER ;
CALL p_error_in_handler();
CALL p_unhandled_in_handler();
CALL p_before_declare();
