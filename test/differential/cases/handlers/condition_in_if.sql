-- An error in an IF/WHILE/CASE condition handled by CONTINUE resumes after the whole construct.
-- rules: B6
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p_if()
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SELECT 'handler' AS msg;
  IF (SELECT x FROM nosuch) = 1 THEN
    SELECT 'then' AS msg;
  ELSE
    SELECT 'else' AS msg;
  END IF;
  SELECT 'end' AS msg;
END$$
CREATE PROCEDURE p_while()
BEGIN
  DECLARE i INT DEFAULT 0;
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SELECT 'handler', i;
  WHILE i < 3 AND (SELECT x FROM nosuch) DO
    SET i = i + 1;
  END WHILE;
  SELECT 'end', i;
END$$
CREATE PROCEDURE p_case()
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SELECT 'handler' AS msg;
  CASE (SELECT x FROM nosuch)
    WHEN 1 THEN SELECT 'one' AS msg;
    ELSE SELECT 'else' AS msg;
  END CASE;
  SELECT 'end' AS msg;
END$$
CREATE PROCEDURE p_overflow_in_if()
BEGIN
  DECLARE big BIGINT DEFAULT 9223372036854775807;
  DECLARE CONTINUE HANDLER FOR 1690 SELECT 'overflow handled' AS msg;
  IF big + 1 > 0 THEN
    SELECT 'then' AS msg;
  END IF;
  SELECT 'end' AS msg;
END$$
DELIMITER ;
CALL p_if();
CALL p_while();
CALL p_case();
CALL p_overflow_in_if();
