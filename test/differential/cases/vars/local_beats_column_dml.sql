-- A local variable beats a column of the same name in UPDATE, DELETE and INSERT ... SELECT; the UPDATE target stays the column.
-- rules: A4
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, val INT);
CREATE TABLE log (id INT, val INT);
DELIMITER $$
CREATE PROCEDURE reset_t() BEGIN DELETE FROM t; INSERT INTO t VALUES (1, 10), (2, 20), (3, 30); END$$
CREATE PROCEDURE p_update()
BEGIN
  DECLARE val INT DEFAULT 5;
  UPDATE t SET val = val + 1 WHERE id = 2;
  SELECT id, t.val AS col_val FROM t ORDER BY id;
END$$
CREATE PROCEDURE p_update_where()
BEGIN
  DECLARE val INT DEFAULT 20;
  UPDATE t SET t.val = 0 WHERE val = val;
  SELECT id, t.val AS col_val FROM t ORDER BY id;
END$$
CREATE PROCEDURE p_delete()
BEGIN
  DECLARE val INT DEFAULT 20;
  DELETE FROM t WHERE t.val = val;
  SELECT id, t.val AS col_val FROM t ORDER BY id;
END$$
CREATE PROCEDURE p_delete_all()
BEGIN
  DECLARE val INT DEFAULT 30;
  DELETE FROM t WHERE val = val;
  SELECT COUNT(*) AS left_after_delete FROM t;
END$$
CREATE PROCEDURE p_insert_select()
BEGIN
  DECLARE val INT DEFAULT -1;
  INSERT INTO log (id, val) SELECT id, val FROM t WHERE t.id > 1;
  SELECT log.id, log.val AS logged, val AS local_val FROM log ORDER BY log.id;
END$$
DELIMITER ;
CALL reset_t();
CALL p_update();
CALL reset_t();
CALL p_update_where();
CALL reset_t();
CALL p_delete();
CALL reset_t();
CALL p_delete_all();
CALL reset_t();
CALL p_insert_select();
