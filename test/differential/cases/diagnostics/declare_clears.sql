-- What clears a handler's diagnostics area: DECLARE CONDITION and DECLARE HANDLER do not; DECLARE of a variable,
-- with or without DEFAULT, does (it is an assignment instruction), as do SET of a local and a SELECT; GET DIAGNOSTICS
-- does not. After the CALL, only what the procedure's last statement left is visible.
-- rules: D1 D2
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE keeps()
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLSTATE '02000'
  BEGIN
    DECLARE red CONDITION FOR 1051;
    DECLARE CONTINUE HANDLER FOR red SET @unused = 1;
    GET DIAGNOSTICS @n = NUMBER;
    GET DIAGNOSTICS CONDITION 1 @e = MYSQL_ERRNO;
  END;
  SET @n = -1, @e = -1;
  SIGNAL SQLSTATE '02000' SET MESSAGE_TEXT = 'no data here';
  SELECT @n AS n, @e AS e;
END$$
CREATE PROCEDURE declare_clears()
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLSTATE '02000'
  BEGIN
    DECLARE v INT;
    GET DIAGNOSTICS @n = NUMBER;
  END;
  SET @n = -1;
  SIGNAL SQLSTATE '02000' SET MESSAGE_TEXT = 'no data here';
  SELECT @n AS n;
END$$
CREATE PROCEDURE declare_default_clears()
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLSTATE '02000'
  BEGIN
    DECLARE v INT DEFAULT 7;
    GET DIAGNOSTICS @n = NUMBER;
  END;
  SET @n = -1;
  SIGNAL SQLSTATE '02000' SET MESSAGE_TEXT = 'no data here';
  SELECT @n AS n;
END$$
CREATE PROCEDURE last_statement_warns()
BEGIN
  DECLARE v INT;
  SET v = 1;
  SELECT CAST('7x' AS SIGNED) AS c;
END$$
DELIMITER ;
CALL keeps();
CALL declare_clears();
CALL declare_default_clears();
CALL last_statement_warns();
SHOW WARNINGS;
