-- SIGNAL inside stored functions, caught by the caller or not.
-- rules: C2 G3
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE FUNCTION checked_div(a INT, b INT) RETURNS INT DETERMINISTIC
BEGIN
  IF b = 0 THEN
    SIGNAL SQLSTATE '22012' SET MESSAGE_TEXT = 'checked division by zero', MYSQL_ERRNO = 1365;
  END IF;
  RETURN a DIV b;
END$$
CREATE FUNCTION warn_and_return() RETURNS INT DETERMINISTIC
BEGIN
  SIGNAL SQLSTATE '01000' SET MESSAGE_TEXT = 'function warning';
  RETURN 42;
END$$
CREATE PROCEDURE p(b INT)
BEGIN
  DECLARE r INT DEFAULT -1;
  DECLARE CONTINUE HANDLER FOR 1365 SET r = 0;
  SET r = checked_div(10, b);
  SELECT r;
END$$
DELIMITER ;
SELECT checked_div(10, 3);
SELECT checked_div(10, 0);
CALL p(5);
CALL p(0);
SELECT warn_and_return();
