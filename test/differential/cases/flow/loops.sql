-- WHILE, REPEAT, LOOP with LEAVE and ITERATE.
-- rules: E1 E2 E3
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p_while(n INT)
BEGIN
  DECLARE i INT DEFAULT 0;
  DECLARE s TEXT DEFAULT '';
  WHILE i < n DO
    SET i = i + 1;
    SET s = CONCAT(s, i);
  END WHILE;
  SELECT i, s;
END$$
CREATE PROCEDURE p_repeat(n INT)
BEGIN
  DECLARE i INT DEFAULT 0;
  REPEAT
    SET i = i + 1;
  UNTIL i >= n END REPEAT;
  SELECT i AS repeat_runs_at_least_once;
END$$
CREATE PROCEDURE p_loop()
BEGIN
  DECLARE i INT DEFAULT 0;
  DECLARE odd TEXT DEFAULT '';
  l: LOOP
    SET i = i + 1;
    IF i > 9 THEN LEAVE l; END IF;
    IF i MOD 2 = 0 THEN ITERATE l; END IF;
    SET odd = CONCAT_WS(',', NULLIF(odd, ''), i);
  END LOOP l;
  SELECT odd;
END$$
CREATE PROCEDURE p_nested()
BEGIN
  DECLARE i, j, c INT DEFAULT 0;
  outer_loop: WHILE i < 5 DO
    SET i = i + 1, j = 0;
    inner_loop: REPEAT
      SET j = j + 1;
      IF j = 3 THEN ITERATE outer_loop; END IF;
      IF i = 4 THEN LEAVE outer_loop; END IF;
      SET c = c + 1;
    UNTIL j >= 5 END REPEAT inner_loop;
  END WHILE outer_loop;
  SELECT i, j, c;
END$$
CREATE PROCEDURE p_leave_block()
BEGIN
  blk: BEGIN
    SELECT 'in block' AS msg;
    LEAVE blk;
    SELECT 'never' AS msg;
  END blk;
  SELECT 'after block' AS msg;
END$$
CREATE PROCEDURE p_null_condition()
BEGIN
  DECLARE i INT DEFAULT 0;
  WHILE NULL DO SET i = i + 1; END WHILE;
  IF NULL THEN SELECT 'then' AS msg; ELSE SELECT 'null is false' AS msg; END IF;
  SELECT i;
END$$
DELIMITER ;
CALL p_while(5);
CALL p_while(0);
CALL p_repeat(0);
CALL p_repeat(3);
CALL p_loop();
CALL p_nested();
CALL p_leave_block();
CALL p_null_condition();
