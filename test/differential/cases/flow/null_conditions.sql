-- A NULL condition counts as false in IF, ELSEIF, WHILE and searched CASE; REPEAT UNTIL NULL keeps looping.
-- rules: E1 E3
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p(x INT)
BEGIN
  DECLARE trace TEXT DEFAULT '';
  DECLARE i INT DEFAULT 0;
  IF x > 0 THEN SET trace = 'if';
  ELSEIF x < 0 THEN SET trace = 'elseif';
  ELSEIF x IS NULL THEN SET trace = 'is null';
  ELSE SET trace = 'else';
  END IF;
  CASE WHEN x = 1 THEN SET trace = CONCAT(trace, ',case1');
       WHEN NOT (x = 1) THEN SET trace = CONCAT(trace, ',case-not1');
       ELSE SET trace = CONCAT(trace, ',case-else');
  END CASE;
  WHILE x > i AND i < 3 DO SET i = i + 1; END WHILE;
  SET trace = CONCAT(trace, ',while=', i);
  SET i = 0;
  r: REPEAT
    SET i = i + 1;
    IF i >= 4 THEN LEAVE r; END IF;
  UNTIL x > 100 END REPEAT r;
  SET trace = CONCAT(trace, ',repeat=', i);
  SELECT x, trace;
END$$
DELIMITER ;
CALL p(1);
CALL p(-1);
CALL p(NULL);
CALL p(500);
