-- RESIGNAL changes the class of a caught condition: a warning re-raised as an error ends the procedure; an error
-- re-raised as a warning lets the CONTINUE handler finish; a plain RESIGNAL of NOT FOUND is an error.
-- rules: C5 C2
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE warn_to_error()
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLWARNING RESIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'warning promoted';
  SIGNAL SQLSTATE '01000' SET MESSAGE_TEXT = 'just a warning';
  SELECT 'not reached' AS r;
END$$
CREATE PROCEDURE error_to_warning()
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION
  BEGIN
    RESIGNAL SQLSTATE '01000' SET MESSAGE_TEXT = 'error demoted';
    SELECT 'handler goes on after a warning' AS r;
  END;
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'an error';
  SELECT 'after the handler' AS r;
END$$
CREATE PROCEDURE not_found_plain()
BEGIN
  DECLARE CONTINUE HANDLER FOR NOT FOUND BEGIN SELECT 'in handler' AS r; RESIGNAL; END;
  SIGNAL SQLSTATE '02000';
  SELECT 'not reached' AS r;
END$$
CREATE PROCEDURE not_found_fetch()
BEGIN
  DECLARE x INT;
  DECLARE c CURSOR FOR SELECT 1 FROM DUAL WHERE FALSE;
  DECLARE EXIT HANDLER FOR NOT FOUND RESIGNAL SET MESSAGE_TEXT = 'no rows left';
  OPEN c;
  FETCH c INTO x;
END$$
DELIMITER ;
CALL warn_to_error();
CALL error_to_warning();
CALL not_found_plain();
CALL not_found_fetch();
