-- Under autocommit each statement of a procedure is its own transaction, so a later failure keeps the earlier rows; a
-- stored function's writes belong to the statement that called it and are undone when that statement fails.
-- rules: H2 G3
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY);
CREATE TABLE log (msg VARCHAR(30));
DELIMITER $$
CREATE PROCEDURE two_steps() BEGIN INSERT INTO t VALUES (1); INSERT INTO t VALUES (1); END$$
CREATE FUNCTION logged(x INT) RETURNS INT DETERMINISTIC
BEGIN
  INSERT INTO log VALUES (CONCAT('logged ', x));
  IF x < 0 THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'negative'; END IF;
  RETURN x;
END$$
DELIMITER ;
CALL two_steps();
SELECT id FROM t ORDER BY id;
INSERT INTO t VALUES (logged(2)), (logged(-3));
SELECT id FROM t ORDER BY id;
SELECT msg FROM log ORDER BY msg;
INSERT INTO t VALUES (logged(4));
UPDATE t SET id = logged(id * -1) WHERE id = 4;
SELECT id FROM t ORDER BY id;
SELECT msg FROM log ORDER BY msg;
