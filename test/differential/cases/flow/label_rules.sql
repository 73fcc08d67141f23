-- Labels: same name at different nesting levels is fine; ITERATE to an enclosing loop from a nested block.
-- rules: E2
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p()
BEGIN
  DECLARE i INT DEFAULT 0;
  DECLARE s TEXT DEFAULT '';
  l1: WHILE i < 5 DO
    SET i = i + 1;
    b1: BEGIN
      IF i = 2 THEN ITERATE l1; END IF;
      IF i = 4 THEN LEAVE l1; END IF;
      SET s = CONCAT(s, i);
    END b1;
  END WHILE l1;
  l1: LOOP
    SET s = CONCAT(s, '|');
    LEAVE l1;
  END LOOP l1;
  SELECT s, i;
END$$
DELIMITER ;
CALL p();
