-- A cursor loop with a NOT FOUND handler.
-- rules: B2
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(10));
INSERT INTO t VALUES (3, 'c'), (1, 'a'), (2, 'b');
DELIMITER $$
CREATE PROCEDURE p()
BEGIN
  DECLARE done INT DEFAULT FALSE;
  DECLARE v_id INT;
  DECLARE v_name VARCHAR(10);
  DECLARE acc TEXT DEFAULT '';
  DECLARE cur CURSOR FOR SELECT id, name FROM t ORDER BY id;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = TRUE;
  OPEN cur;
  read_loop: LOOP
    FETCH cur INTO v_id, v_name;
    IF done THEN
      LEAVE read_loop;
    END IF;
    SET acc = CONCAT(acc, v_id, '=', v_name, ';');
  END LOOP;
  CLOSE cur;
  SELECT acc, v_id, v_name;
END$$
DELIMITER ;
CALL p();
CALL p();
