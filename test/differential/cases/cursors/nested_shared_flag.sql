-- Nested cursor loops sharing one NOT FOUND handler and done flag: the inner loop must reset it, else the outer loop stops early.
-- rules: B1 B2
CREATE DATABASE d;
USE d;
CREATE TABLE g (gid INT PRIMARY KEY);
CREATE TABLE m (gid INT, name VARCHAR(5));
INSERT INTO g VALUES (1), (2), (3);
INSERT INTO m VALUES (1, 'a'), (1, 'b'), (3, 'c');
DELIMITER $$
CREATE PROCEDURE p(reset_flag INT)
BEGIN
  DECLARE done INT DEFAULT 0;
  DECLARE cg INT;
  DECLARE log TEXT DEFAULT '';
  DECLARE outer_c CURSOR FOR SELECT gid FROM g ORDER BY gid;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;
  OPEN outer_c;
  outer_loop: LOOP
    FETCH outer_c INTO cg;
    IF done THEN LEAVE outer_loop; END IF;
    SET log = CONCAT(log, 'g', cg, ':');
    BEGIN
      DECLARE nm VARCHAR(5);
      DECLARE inner_c CURSOR FOR SELECT name FROM m WHERE gid = cg ORDER BY name;
      OPEN inner_c;
      inner_loop: LOOP
        FETCH inner_c INTO nm;
        IF done THEN LEAVE inner_loop; END IF;
        SET log = CONCAT(log, nm, ',');
      END LOOP;
      CLOSE inner_c;
    END;
    IF reset_flag THEN SET done = 0; END IF;
    SET log = CONCAT(log, ';');
  END LOOP;
  CLOSE outer_c;
  SELECT reset_flag, log;
END$$
DELIMITER ;
CALL p(1);
CALL p(0);
