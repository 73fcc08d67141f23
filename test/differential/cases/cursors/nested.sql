-- Two cursors, one nested in the other's loop, each with its own NOT FOUND handler in its own block.
-- rules: B3
CREATE DATABASE d;
USE d;
CREATE TABLE a (id INT PRIMARY KEY);
CREATE TABLE b (a_id INT, v VARCHAR(5));
INSERT INTO a VALUES (1), (2), (3);
INSERT INTO b VALUES (1, 'x'), (1, 'y'), (3, 'z');
DELIMITER $$
CREATE PROCEDURE p()
BEGIN
  DECLARE done INT DEFAULT 0;
  DECLARE aid INT;
  DECLARE out_text TEXT DEFAULT '';
  DECLARE ca CURSOR FOR SELECT id FROM a ORDER BY id;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;
  OPEN ca;
  la: LOOP
    FETCH ca INTO aid;
    IF done THEN LEAVE la; END IF;
    SET out_text = CONCAT(out_text, aid, ':');
    BEGIN
      DECLARE inner_done INT DEFAULT 0;
      DECLARE bv VARCHAR(5);
      DECLARE cb CURSOR FOR SELECT v FROM b WHERE a_id = aid ORDER BY v;
      DECLARE CONTINUE HANDLER FOR NOT FOUND SET inner_done = 1;
      OPEN cb;
      lb: LOOP
        FETCH cb INTO bv;
        IF inner_done THEN LEAVE lb; END IF;
        SET out_text = CONCAT(out_text, bv);
      END LOOP;
      CLOSE cb;
    END;
    SET out_text = CONCAT(out_text, ';');
  END LOOP;
  CLOSE ca;
  SELECT out_text, done;
END$$
DELIMITER ;
CALL p();
