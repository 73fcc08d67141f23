-- REPEAT runs its body before testing UNTIL, even when the condition is already true; ITERATE in a REPEAT goes back
-- to the start of the body.
-- rules: E3 E2
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p_once()
BEGIN
  DECLARE runs INT DEFAULT 0;
  REPEAT SET runs = runs + 1; UNTIL TRUE END REPEAT;
  SELECT runs;
END$$
CREATE PROCEDURE p_until_sees_body()
BEGIN
  DECLARE i INT DEFAULT 10;
  REPEAT SET i = i - 3; UNTIL i < 0 END REPEAT;
  SELECT i;
END$$
CREATE PROCEDURE p_iterate()
BEGIN
  DECLARE i INT DEFAULT 0;
  DECLARE s TEXT DEFAULT '';
  r: REPEAT
    SET i = i + 1;
    IF i = 2 THEN ITERATE r; END IF;
    SET s = CONCAT(s, i);
  UNTIL i >= 4 END REPEAT r;
  SELECT i, s;
END$$
CREATE PROCEDURE p_iterate_past_until()
BEGIN
  DECLARE i INT DEFAULT 0;
  r: REPEAT
    SET i = i + 1;
    IF i < 5 THEN ITERATE r; END IF;
  UNTIL TRUE END REPEAT r;
  SELECT i AS iterations;
END$$
DELIMITER ;
CALL p_once();
CALL p_until_sees_body();
CALL p_iterate();
CALL p_iterate_past_until();
