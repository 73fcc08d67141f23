-- ROW_COUNT() and LAST_INSERT_ID() after each kind of statement, at top level and inside a procedure (each statement
-- sets ROW_COUNT for the next; LAST_INSERT_ID keeps the first id of the last successful multi-row insert, is not
-- reset by a failed insert or by explicit ids, and LAST_INSERT_ID(expr) sets it).
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, v INT UNIQUE);
SELECT LAST_INSERT_ID() AS start;
INSERT INTO t (v) VALUES (10), (20), (30);
SELECT ROW_COUNT() AS rc, LAST_INSERT_ID() AS li;
INSERT INTO t (id, v) VALUES (100, 40);
SELECT ROW_COUNT() AS rc, LAST_INSERT_ID() AS li;
INSERT INTO t (v) VALUES (50);
SELECT LAST_INSERT_ID() AS li;
-- a failed INSERT leaves LAST_INSERT_ID() undefined (MySQL manual), so it is not read until it is set again
INSERT INTO t (v) VALUES (60), (10);
SELECT ROW_COUNT() AS rc;
UPDATE t SET v = v + 1 WHERE v > 25;
SELECT ROW_COUNT() AS rc;
UPDATE t SET v = v WHERE id = 1;
SELECT ROW_COUNT() AS rc;
SELECT LAST_INSERT_ID(42) AS set42, LAST_INSERT_ID() AS now42;
UPDATE t SET id = LAST_INSERT_ID(id + 1000) WHERE v = 10;
SELECT LAST_INSERT_ID() AS li, ROW_COUNT() AS rc;
DELETE FROM t WHERE v > 40;
SELECT ROW_COUNT() AS rc;
DELIMITER $$
CREATE PROCEDURE p()
BEGIN
  DECLARE a, b, c INT;
  INSERT INTO t (v) VALUES (1), (2);
  SET a = ROW_COUNT();
  SET b = LAST_INSERT_ID();
  UPDATE t SET v = v + 100 WHERE v < 3;
  SET c = ROW_COUNT();
  SELECT a, b, c, ROW_COUNT() AS after_set;
  DELETE FROM t WHERE v > 100;
END$$
DELIMITER ;
CALL p();
SELECT ROW_COUNT() AS after_call, LAST_INSERT_ID() AS li;
SELECT id, v FROM t ORDER BY id;
