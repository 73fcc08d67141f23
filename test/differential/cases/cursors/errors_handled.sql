-- Cursor errors 1325, 1326 and 1328 are ordinary SQLEXCEPTIONs a handler catches; leaving a block closes its cursors, so re-entering may open them again; FETCH after NOT FOUND keeps raising it.
-- rules: B1 B3 B5
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT);
INSERT INTO t VALUES (1), (2);
DELIMITER $$
CREATE PROCEDURE p()
BEGIN
  DECLARE a, b INT;
  DECLARE log TEXT DEFAULT '';
  DECLARE c CURSOR FOR SELECT id FROM t ORDER BY id;
  DECLARE CONTINUE HANDLER FOR SQLSTATE '24000' SET log = CONCAT(log, '24000;');
  DECLARE CONTINUE HANDLER FOR 1328 SET log = CONCAT(log, '1328;');
  FETCH c INTO a;
  CLOSE c;
  OPEN c;
  OPEN c;
  FETCH c INTO a, b;
  FETCH c INTO a;
  SET log = CONCAT(log, 'a=', a, ';');
  CLOSE c;
  SELECT log;
END$$
CREATE PROCEDURE p_block_closes()
BEGIN
  DECLARE i INT DEFAULT 0;
  DECLARE x INT;
  DECLARE log TEXT DEFAULT '';
  WHILE i < 2 DO
    SET i = i + 1;
    BEGIN
      DECLARE c CURSOR FOR SELECT id FROM t ORDER BY id;
      OPEN c;
      FETCH c INTO x;
      SET log = CONCAT(log, x, ';');
    END;
  END WHILE;
  SELECT log AS reopened_each_entry;
END$$
CREATE PROCEDURE p_fetch_after_end()
BEGIN
  DECLARE x INT DEFAULT 0;
  DECLARE nf INT DEFAULT 0;
  DECLARE c CURSOR FOR SELECT id FROM t ORDER BY id;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET nf = nf + 1;
  OPEN c;
  FETCH c INTO x;
  FETCH c INTO x;
  FETCH c INTO x;
  FETCH c INTO x;
  CLOSE c;
  SELECT x AS last_fetched, nf AS not_found_count;
END$$
CREATE PROCEDURE p_exit_leaves_open()
BEGIN
  DECLARE x INT;
  DECLARE log TEXT DEFAULT '';
  DECLARE c CURSOR FOR SELECT id FROM t ORDER BY id;
  BEGIN
    DECLARE EXIT HANDLER FOR SQLEXCEPTION SET log = CONCAT(log, 'exit;');
    OPEN c;
    SIGNAL SQLSTATE '45000';
  END;
  FETCH c INTO x;
  SET log = CONCAT(log, 'still open, x=', x, ';');
  CLOSE c;
  SELECT log;
END$$
DELIMITER ;
CALL p();
CALL p_block_closes();
CALL p_fetch_after_end();
CALL p_exit_leaves_open();
