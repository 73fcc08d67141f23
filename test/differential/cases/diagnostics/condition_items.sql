-- GET DIAGNOSTICS items for a server error and a SIGNAL: unset items are empty strings, values are truncated to the target's size without a warning, an invalid condition number is 1758.
-- rules: D3 D4 C3
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p_server_error()
BEGIN
  DECLARE EXIT HANDLER FOR SQLEXCEPTION
  BEGIN
    GET DIAGNOSTICS CONDITION 1 @co = CLASS_ORIGIN, @so = SUBCLASS_ORIGIN, @cn = CONSTRAINT_NAME, @tn = TABLE_NAME,
      @col = COLUMN_NAME, @cur = CURSOR_NAME, @cat = CATALOG_NAME, @sch = SCHEMA_NAME, @ccat = CONSTRAINT_CATALOG;
  END;
  SELECT * FROM nosuch;
END$$
CREATE PROCEDURE p_signal_items()
BEGIN
  DECLARE EXIT HANDLER FOR SQLEXCEPTION
  BEGIN
    GET DIAGNOSTICS CONDITION 1 @tn = TABLE_NAME, @col = COLUMN_NAME, @cur = CURSOR_NAME, @sch = SCHEMA_NAME;
  END;
  SIGNAL SQLSTATE '45000' SET TABLE_NAME = 't1', COLUMN_NAME = 'c1', CURSOR_NAME = 'cur1', SCHEMA_NAME = 's1';
END$$
CREATE PROCEDURE p_truncation()
BEGIN
  DECLARE c1 CHAR(1);
  DECLARE v3 VARCHAR(3);
  DECLARE s2 CHAR(2);
  DECLARE EXIT HANDLER FOR SQLEXCEPTION
  BEGIN
    GET DIAGNOSTICS CONDITION 1 c1 = MESSAGE_TEXT, v3 = MESSAGE_TEXT, s2 = RETURNED_SQLSTATE;
    SELECT c1, v3, s2;
    SHOW WARNINGS;
  END;
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Truncated message';
END$$
CREATE PROCEDURE p_condition_numbers(k INT)
BEGIN
  DECLARE m TEXT DEFAULT 'unset';
  DECLARE e INT;
  DECLARE CONTINUE HANDLER FOR SQLSTATE '45000'
  BEGIN
    GET DIAGNOSTICS CONDITION k m = MESSAGE_TEXT;
    GET DIAGNOSTICS CONDITION 1 e = MYSQL_ERRNO;
  END;
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'the condition';
  SELECT k, m, e;
END$$
DELIMITER ;
CALL p_server_error();
SELECT @co, @so, @cn, @tn, @col, @cur, @cat, @sch, @ccat;
CALL p_signal_items();
SELECT @tn, @col, @cur, @sch;
CALL p_truncation();
CALL p_condition_numbers(1);
CALL p_condition_numbers(0);
CALL p_condition_numbers(2);
CALL p_condition_numbers(NULL);
