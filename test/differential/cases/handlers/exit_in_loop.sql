-- EXIT handlers declared inside loop bodies leave only their own block; the loop goes on.
-- rules: B1 B8
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p()
BEGIN
  DECLARE i INT DEFAULT 0;
  DECLARE log TEXT DEFAULT '';
  WHILE i < 5 DO
    SET i = i + 1;
    BEGIN
      DECLARE EXIT HANDLER FOR SQLSTATE '45000' SET log = CONCAT(log, 'x', i, ' ');
      IF i MOD 2 = 0 THEN
        SIGNAL SQLSTATE '45000';
      END IF;
      SET log = CONCAT(log, 'ok', i, ' ');
    END;
  END WHILE;
  SELECT log;
END$$
CREATE PROCEDURE p_continue_in_loop()
BEGIN
  DECLARE i INT DEFAULT 0;
  DECLARE errors INT DEFAULT 0;
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SET errors = errors + 1;
  WHILE i < 4 DO
    SET i = i + 1;
    SIGNAL SQLSTATE '45000';
  END WHILE;
  SELECT i, errors;
END$$
DELIMITER ;
CALL p();
CALL p_continue_in_loop();
