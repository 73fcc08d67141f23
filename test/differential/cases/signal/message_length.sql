-- MESSAGE_TEXT holds at most 128 characters; strict mode makes a longer one an error.
-- rules: C4
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p(n INT)
BEGIN
  DECLARE m TEXT DEFAULT REPEAT('x', n);
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = m;
END$$
DELIMITER ;
CALL p(128);
CALL p(129);
SET sql_mode = '';
CALL p(129);
