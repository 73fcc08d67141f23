-- A trigger that records its own failures in the row through a CONTINUE handler, as the seed's trigger does.
-- rules: B1 H2
CREATE DATABASE d;
USE d;
CREATE TABLE jobs (id INT PRIMARY KEY, input INT, result INT, ok BOOLEAN, err_state CHAR(5), err_msg TEXT, err_no INT);
DELIMITER $$
CREATE TRIGGER jobs_bi BEFORE INSERT ON jobs FOR EACH ROW
BEGIN
  DECLARE e_state CHAR(5) DEFAULT '00000';
  DECLARE e_msg TEXT;
  DECLARE e_no INT;
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION
  BEGIN
    GET DIAGNOSTICS CONDITION 1 e_state = RETURNED_SQLSTATE, e_msg = MESSAGE_TEXT, e_no = MYSQL_ERRNO;
    SET NEW.err_state = e_state, NEW.err_msg = e_msg, NEW.err_no = e_no, NEW.ok = FALSE;
  END;
  IF NEW.input = -2 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Signal before function invocation', MYSQL_ERRNO = 1091;
  END IF;
  IF NEW.input = 4 THEN
    SET NEW.result = 9223372036854775807 + NEW.input;
  END IF;
  IF e_state = '00000' THEN
    SET NEW.result = 100 DIV NEW.input;
    SET NEW.ok = NEW.result IS NOT NULL;
  END IF;
END$$
DELIMITER ;
INSERT INTO jobs (id, input) VALUES (1, 5), (2, -2), (3, 0), (4, 4), (5, 7);
SELECT * FROM jobs ORDER BY id;
