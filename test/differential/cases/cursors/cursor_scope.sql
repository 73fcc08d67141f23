-- Cursor names follow block scope: an inner block may declare a cursor with an outer cursor's name and hides it; a cursor stays open until its own block ends, whatever block opened it.
-- rules: A3
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, label VARCHAR(5));
INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c');
DELIMITER $$
CREATE PROCEDURE p()
BEGIN
  DECLARE x INT;
  DECLARE s VARCHAR(5);
  DECLARE log TEXT DEFAULT '';
  DECLARE c CURSOR FOR SELECT id FROM t ORDER BY id;
  BEGIN
    OPEN c;
    FETCH c INTO x;
    SET log = CONCAT(log, 'outer-c:', x, ';');
  END;
  FETCH c INTO x;
  SET log = CONCAT(log, 'still open:', x, ';');
  BEGIN
    DECLARE c CURSOR FOR SELECT label FROM t ORDER BY id DESC;
    OPEN c;
    FETCH c INTO s;
    SET log = CONCAT(log, 'inner-c:', s, ';');
  END;
  FETCH c INTO x;
  SET log = CONCAT(log, 'outer-c again:', x, ';');
  CLOSE c;
  SELECT log;
END$$
CREATE PROCEDURE p_inner_closed_at_end()
BEGIN
  DECLARE s VARCHAR(5);
  DECLARE log TEXT DEFAULT '';
  DECLARE i INT DEFAULT 0;
  WHILE i < 2 DO
    SET i = i + 1;
    BEGIN
      DECLARE c CURSOR FOR SELECT label FROM t WHERE id > i ORDER BY id;
      OPEN c;
      FETCH c INTO s;
      SET log = CONCAT(log, i, ':', s, ';');
    END;
  END WHILE;
  SELECT log;
END$$
DELIMITER ;
CALL p();
CALL p_inner_closed_at_end();
