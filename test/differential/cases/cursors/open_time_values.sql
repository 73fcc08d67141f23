-- Variables in a cursor's query are read when it is opened, not when it is declared or fetched.
-- rules: A3
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY);
INSERT INTO t VALUES (1), (2), (3), (4), (5);
DELIMITER $$
CREATE PROCEDURE p()
BEGIN
  DECLARE lim INT DEFAULT 1;
  DECLARE done INT DEFAULT 0;
  DECLARE x INT;
  DECLARE log TEXT DEFAULT '';
  DECLARE c CURSOR FOR SELECT id FROM t WHERE id > lim ORDER BY id;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;
  SET lim = 3;
  OPEN c;
  SET lim = 0;
  lp: LOOP
    FETCH c INTO x;
    IF done THEN LEAVE lp; END IF;
    SET log = CONCAT(log, x, ';');
  END LOOP;
  CLOSE c;
  SELECT log AS opened_with_lim_3;
  SET done = 0, log = '';
  OPEN c;
  lp2: LOOP
    FETCH c INTO x;
    IF done THEN LEAVE lp2; END IF;
    SET log = CONCAT(log, x, ';');
  END LOOP;
  CLOSE c;
  SELECT log AS opened_with_lim_0;
END$$
CREATE PROCEDURE p_param(k INT)
BEGIN
  DECLARE x INT;
  DECLARE c CURSOR FOR SELECT id FROM t WHERE id = k;
  OPEN c;
  FETCH c INTO x;
  CLOSE c;
  SELECT k, x;
END$$
DELIMITER ;
CALL p();
CALL p_param(4);
