-- A condition raised by a DEFAULT: handlers of the same block are not active yet, and when one of them matches, outer handlers do not take it either; when none matches, an enclosing block's handler takes it.
-- rules: B4 A2 B1
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p_outer_catches()
BEGIN
  DECLARE log TEXT DEFAULT '';
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SET log = CONCAT(log, 'outer;');
  BEGIN
    DECLARE v INT DEFAULT (SELECT x FROM nosuch);
    DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SET log = CONCAT(log, 'inner;');
    SET log = CONCAT(log, 'inner-body;');
  END;
  SELECT log;
END$$
CREATE PROCEDURE p_outer_exit()
BEGIN
  DECLARE log TEXT DEFAULT '';
  outer_block: BEGIN
    DECLARE EXIT HANDLER FOR SQLSTATE '22003' SET log = CONCAT(log, 'exit;');
    BEGIN
      DECLARE big BIGINT DEFAULT 9223372036854775807 + 1;
      SET log = CONCAT(log, 'not-run;');
    END;
    SET log = CONCAT(log, 'not-run-either;');
  END;
  SELECT log;
END$$
CREATE PROCEDURE p_warning_default()
BEGIN
  DECLARE log TEXT DEFAULT '';
  DECLARE CONTINUE HANDLER FOR SQLWARNING SET log = CONCAT(log, 'outer-warning;');
  BEGIN
    DECLARE v INT DEFAULT (SELECT 1 FROM DUAL WHERE 1 = 0);
    SET log = CONCAT(log, 'v=', IFNULL(v, 'null'), ';');
  END;
  SELECT log;
END$$
CREATE PROCEDURE p_same_block()
BEGIN
  DECLARE v INT DEFAULT 1 / 0;
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SELECT 'too late' AS msg;
  SELECT v AS division_default;
END$$
DELIMITER ;
CALL p_outer_catches();
CALL p_outer_exit();
CALL p_warning_default();
CALL p_same_block();
