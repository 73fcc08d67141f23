-- Cursor errors: fetch past the end without a handler, open twice, fetch or close when not open, wrong variable count.
-- rules: B5
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT);
INSERT INTO t VALUES (1);
DELIMITER $$
CREATE PROCEDURE p_past_end()
BEGIN
  DECLARE v INT;
  DECLARE cur CURSOR FOR SELECT id FROM t;
  OPEN cur;
  FETCH cur INTO v;
  SELECT v AS first;
  FETCH cur INTO v;
  SELECT 'not reached' AS msg;
END$$
CREATE PROCEDURE p_open_twice()
BEGIN
  DECLARE cur CURSOR FOR SELECT id FROM t;
  OPEN cur;
  OPEN cur;
END$$
CREATE PROCEDURE p_fetch_closed()
BEGIN
  DECLARE v INT;
  DECLARE cur CURSOR FOR SELECT id FROM t;
  FETCH cur INTO v;
END$$
CREATE PROCEDURE p_close_closed()
BEGIN
  DECLARE cur CURSOR FOR SELECT id FROM t;
  CLOSE cur;
END$$
CREATE PROCEDURE p_wrong_count()
BEGIN
  DECLARE a, b INT;
  DECLARE cur CURSOR FOR SELECT id FROM t;
  OPEN cur;
  FETCH cur INTO a, b;
END$$
CREATE PROCEDURE p_reopen()
BEGIN
  DECLARE v INT;
  DECLARE cur CURSOR FOR SELECT id FROM t;
  OPEN cur;
  FETCH cur INTO v;
  CLOSE cur;
  OPEN cur;
  FETCH cur INTO v;
  CLOSE cur;
  SELECT v AS reopened;
END$$
CREATE PROCEDURE p_undeclared() BEGIN OPEN nosuch; END$$
DELIMITER ;
CALL p_past_end();
CALL p_open_twice();
CALL p_fetch_closed();
CALL p_close_closed();
CALL p_wrong_count();
CALL p_reopen();
