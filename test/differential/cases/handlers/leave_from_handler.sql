-- A block's labels are not visible inside the bodies of handlers declared in that block: LEAVE or ITERATE to them is 1308 at CREATE; labels inside the handler body work.
-- rules: B9 E2
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p_leave_block()
outer_block: BEGIN
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION LEAVE outer_block;
  SIGNAL SQLSTATE '45000';
END$$
CREATE PROCEDURE p_leave_enclosing()
top: BEGIN
  inner_block: BEGIN
    DECLARE EXIT HANDLER FOR SQLEXCEPTION BEGIN LEAVE top; END;
    SIGNAL SQLSTATE '45000';
  END;
END$$
CREATE PROCEDURE p_iterate_loop()
BEGIN
  DECLARE i INT DEFAULT 0;
  lp: LOOP
    BEGIN
      DECLARE CONTINUE HANDLER FOR SQLEXCEPTION ITERATE lp;
      SET i = i + 1;
      IF i > 2 THEN LEAVE lp; END IF;
    END;
  END LOOP;
END$$
CREATE PROCEDURE p_label_in_body()
BEGIN
  DECLARE log TEXT DEFAULT '';
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION
  hb: BEGIN
    SET log = CONCAT(log, 'handler;');
    LEAVE hb;
    SET log = CONCAT(log, 'not-run;');
  END;
  SIGNAL SQLSTATE '45000';
  SELECT log;
END$$
CREATE PROCEDURE p_loop_in_body()
BEGIN
  DECLARE log TEXT DEFAULT '';
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION
  BEGIN
    DECLARE k INT DEFAULT 0;
    hl: LOOP
      SET k = k + 1;
      IF k > 3 THEN LEAVE hl; END IF;
      SET log = CONCAT(log, k, ';');
    END LOOP;
  END;
  SIGNAL SQLSTATE '45000';
  SELECT log;
END$$
DELIMITER ;
CALL p_label_in_body();
CALL p_loop_in_body();
SELECT ROUTINE_NAME FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = 'd' ORDER BY ROUTINE_NAME;
