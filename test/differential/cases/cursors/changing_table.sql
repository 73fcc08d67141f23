-- A cursor's rows are fixed when it is opened: inserts, updates and deletes made while fetching are not seen until it is reopened.
-- rules: B2
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, v INT);
INSERT INTO t VALUES (1, 10), (2, 20), (3, 30);
DELIMITER $$
CREATE PROCEDURE p()
BEGIN
  DECLARE done INT DEFAULT 0;
  DECLARE a, b INT;
  DECLARE log TEXT DEFAULT '';
  DECLARE c CURSOR FOR SELECT id, v FROM t ORDER BY id;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;
  OPEN c;
  INSERT INTO t VALUES (4, 40);
  UPDATE t SET v = v + 1000 WHERE id = 2;
  DELETE FROM t WHERE id = 3;
  lp: LOOP
    FETCH c INTO a, b;
    IF done THEN LEAVE lp; END IF;
    SET log = CONCAT(log, a, '=', b, ';');
    INSERT INTO t VALUES (a + 100, b);
  END LOOP;
  CLOSE c;
  SELECT log AS first_pass;
  SET done = 0, log = '';
  OPEN c;
  lp2: LOOP
    FETCH c INTO a, b;
    IF done THEN LEAVE lp2; END IF;
    SET log = CONCAT(log, a, '=', b, ';');
  END LOOP;
  CLOSE c;
  SELECT log AS reopened;
END$$
DELIMITER ;
CALL p();
SELECT id, v FROM t ORDER BY id;
