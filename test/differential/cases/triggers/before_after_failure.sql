-- A failing BEFORE trigger stops its row before it is written and no AFTER trigger runs; a failing AFTER trigger
-- undoes its row and the BEFORE trigger's work (InnoDB); the statement's earlier rows are undone too.
-- rules: H2
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, v INT);
CREATE TABLE log (seq INT AUTO_INCREMENT PRIMARY KEY, msg VARCHAR(40));
DELIMITER $$
CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW
BEGIN
  INSERT INTO log (msg) VALUES (CONCAT('before ', NEW.id));
  IF NEW.v = -1 THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'before failed'; END IF;
END$$
CREATE TRIGGER t_ai AFTER INSERT ON t FOR EACH ROW
BEGIN
  INSERT INTO log (msg) VALUES (CONCAT('after ', NEW.id));
  IF NEW.v = -2 THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'after failed'; END IF;
END$$
DELIMITER ;
INSERT INTO t VALUES (1, -1);
SELECT COUNT(*) AS rows_in_t, (SELECT COUNT(*) FROM log) AS log_rows FROM t;
INSERT INTO t VALUES (2, -2);
SELECT COUNT(*) AS rows_in_t, (SELECT COUNT(*) FROM log) AS log_rows FROM t;
INSERT INTO t VALUES (3, 3), (4, 4), (5, -2);
SELECT COUNT(*) AS rows_in_t, (SELECT COUNT(*) FROM log) AS log_rows FROM t;
INSERT INTO t VALUES (6, 6);
SELECT * FROM t;
SELECT msg FROM log ORDER BY seq;
