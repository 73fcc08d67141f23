-- A handler is not active inside the bodies of the other handlers of its block: an error there goes to the enclosing block.
-- rules: B4 B3
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p(what INT)
BEGIN
  DECLARE log TEXT DEFAULT '';
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SET log = CONCAT(log, 'outer;');
  BEGIN
    DECLARE CONTINUE HANDLER FOR SQLSTATE '45001'
    BEGIN
      SET log = CONCAT(log, 'h1;');
      IF what = 1 THEN SIGNAL SQLSTATE '45002'; END IF;
      SET log = CONCAT(log, 'h1-end;');
    END;
    DECLARE CONTINUE HANDLER FOR SQLSTATE '45002' SET log = CONCAT(log, 'h2;');
    SIGNAL SQLSTATE '45001';
    SET log = CONCAT(log, 'after-1;');
    SIGNAL SQLSTATE '45002';
    SET log = CONCAT(log, 'after-2;');
  END;
  SELECT what, log;
END$$
CREATE PROCEDURE p_nested_block_in_handler()
BEGIN
  DECLARE log TEXT DEFAULT '';
  DECLARE CONTINUE HANDLER FOR SQLSTATE '45001'
  BEGIN
    DECLARE CONTINUE HANDLER FOR SQLSTATE '45002' SET log = CONCAT(log, 'handler-own-block;');
    SET log = CONCAT(log, 'h;');
    SIGNAL SQLSTATE '45002';
    SET log = CONCAT(log, 'h-end;');
  END;
  SIGNAL SQLSTATE '45001';
  SELECT log;
END$$
CREATE PROCEDURE p_unhandled_from_sibling()
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLSTATE '45001' SIGNAL SQLSTATE '45002' SET MESSAGE_TEXT = 'raised in the 45001 handler';
  DECLARE CONTINUE HANDLER FOR SQLSTATE '45002' SELECT 'never' AS msg;
  SIGNAL SQLSTATE '45001';
  SELECT 'not reached' AS msg;
END$$
DELIMITER ;
CALL p(0);
CALL p(1);
CALL p_nested_block_in_handler();
CALL p_unhandled_from_sibling();
