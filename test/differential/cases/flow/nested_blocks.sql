-- Labelled nested blocks: LEAVE an outer block from an inner one; shadowed variables inside loops.
-- rules: E2 A3
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p(stop_at INT)
BEGIN
  DECLARE trace TEXT DEFAULT '';
  outer_block: BEGIN
    DECLARE i INT DEFAULT 0;
    loop1: LOOP
      SET i = i + 1;
      inner_block: BEGIN
        DECLARE i INT DEFAULT 100;
        SET trace = CONCAT(trace, i, ',');
        IF stop_at = 1 THEN LEAVE outer_block; END IF;
        IF stop_at = 2 THEN LEAVE inner_block; END IF;
        SET trace = CONCAT(trace, 'after,');
      END inner_block;
      SET trace = CONCAT(trace, 'i=', i, ';');
      IF i >= 2 THEN LEAVE loop1; END IF;
    END LOOP loop1;
    SET trace = CONCAT(trace, 'end outer;');
  END outer_block;
  SELECT stop_at, trace;
END$$
DELIMITER ;
CALL p(0);
CALL p(1);
CALL p(2);
