-- A local variable named like the primary-key column beats it in UPDATE and DELETE: WHERE id = id compares the variable with itself.
-- rules: A4
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, val INT);
INSERT INTO t VALUES (1, 10), (2, 20), (3, 30);
DELIMITER $$
CREATE PROCEDURE p_update()
BEGIN
  DECLARE id INT DEFAULT 1;
  UPDATE t SET val = 0 WHERE id = id;
  SELECT t.id AS col_id, val FROM t ORDER BY t.id;
END$$
CREATE PROCEDURE p_update_key_value()
BEGIN
  DECLARE id INT DEFAULT 2;
  UPDATE t SET val = 5 WHERE t.id = id;
  SELECT t.id AS col_id, val FROM t ORDER BY t.id;
END$$
CREATE PROCEDURE p_delete()
BEGIN
  DECLARE id INT DEFAULT 3;
  DELETE FROM t WHERE id = id;
  SELECT COUNT(*) AS left_after_delete FROM t;
END$$
DELIMITER ;
CALL p_update();
CALL p_update_key_value();
CALL p_delete();
