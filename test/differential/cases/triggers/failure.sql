-- A failing trigger fails the statement; on InnoDB the whole statement is undone, trigger side effects included.
-- rules: H2 H3 C2
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, v INT);
CREATE TABLE audit (msg VARCHAR(50));
DELIMITER $$
CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW
BEGIN
  INSERT INTO audit VALUES (CONCAT('before ', NEW.id));
  IF NEW.v < 0 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'negative value';
  END IF;
  IF NEW.v = 0 THEN
    SIGNAL SQLSTATE '01000' SET MESSAGE_TEXT = 'zero is only a warning';
  END IF;
END$$
CREATE TRIGGER t_ai AFTER INSERT ON t FOR EACH ROW
  INSERT INTO audit VALUES (CONCAT('after ', NEW.id))$$
DELIMITER ;
INSERT INTO t VALUES (1, 1), (2, 2), (3, -3), (4, 4);
SELECT * FROM t;
SELECT * FROM audit;
INSERT INTO t VALUES (5, 0);
SELECT * FROM t;
SELECT * FROM audit ORDER BY msg;
INSERT INTO t VALUES (6, 6), (5, 5);
SELECT * FROM t ORDER BY id;
SELECT COUNT(*) FROM audit;
