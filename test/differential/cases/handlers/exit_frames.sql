-- An EXIT handler ends its own block even when the condition arose inside a nested block or inside an inner handler's body; later handlers still work.
-- rules: B8 B1 B4
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p()
BEGIN
  DECLARE log TEXT DEFAULT '';
  DECLARE CONTINUE HANDLER FOR SQLSTATE '45009' SET log = CONCAT(log, 'top-continue;');
  outer_block: BEGIN
    DECLARE EXIT HANDLER FOR SQLSTATE '45002' SET log = CONCAT(log, 'outer-exit;');
    BEGIN
      DECLARE CONTINUE HANDLER FOR SQLSTATE '45001'
      BEGIN
        SET log = CONCAT(log, 'inner-handler;');
        SIGNAL SQLSTATE '45002';
        SET log = CONCAT(log, 'inner-handler-not-resumed;');
      END;
      SIGNAL SQLSTATE '45001';
      SET log = CONCAT(log, 'inner-not-resumed;');
    END;
    SET log = CONCAT(log, 'outer-not-resumed;');
  END;
  SET log = CONCAT(log, 'after-outer;');
  SIGNAL SQLSTATE '45009';
  SET log = CONCAT(log, 'end;');
  SELECT log;
END$$
CREATE PROCEDURE p_loop_exit()
BEGIN
  DECLARE i INT DEFAULT 0;
  DECLARE log TEXT DEFAULT '';
  BEGIN
    DECLARE EXIT HANDLER FOR SQLEXCEPTION SET log = CONCAT(log, 'exit-at-', i, ';');
    WHILE i < 10 DO
      SET i = i + 1;
      IF i = 3 THEN SIGNAL SQLSTATE '45000'; END IF;
      SET log = CONCAT(log, i, ';');
    END WHILE;
  END;
  SET log = CONCAT(log, 'after;');
  SELECT log, i;
END$$
CREATE PROCEDURE p_exit_twice()
BEGIN
  DECLARE n INT DEFAULT 0;
  DECLARE log TEXT DEFAULT '';
  WHILE n < 2 DO
    SET n = n + 1;
    BEGIN
      DECLARE EXIT HANDLER FOR SQLEXCEPTION
      BEGIN
        DECLARE EXIT HANDLER FOR SQLEXCEPTION SET log = CONCAT(log, 'nested-exit', n, ';');
        SET log = CONCAT(log, 'h', n, ';');
        SIGNAL SQLSTATE '45001';
      END;
      SIGNAL SQLSTATE '45000';
    END;
  END WHILE;
  SELECT log;
END$$
DELIMITER ;
CALL p();
CALL p_loop_exit();
CALL p_exit_twice();
