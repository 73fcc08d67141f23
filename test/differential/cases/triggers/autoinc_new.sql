-- In a BEFORE INSERT trigger NEW.id of an AUTO_INCREMENT column is 0 until the row is written (or the explicit
-- value); the AFTER trigger sees the generated id, row by row in a multi-row INSERT.
-- rules: H1 H3
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, v INT);
CREATE TABLE seen (seq INT AUTO_INCREMENT PRIMARY KEY, timing VARCHAR(6), id_seen INT, v INT);
DELIMITER $$
CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW INSERT INTO seen (timing, id_seen, v) VALUES ('before', NEW.id, NEW.v)$$
CREATE TRIGGER t_ai AFTER INSERT ON t FOR EACH ROW INSERT INTO seen (timing, id_seen, v) VALUES ('after', NEW.id, NEW.v)$$
DELIMITER ;
INSERT INTO t (v) VALUES (10), (20);
INSERT INTO t VALUES (100, 30);
INSERT INTO t (id, v) VALUES (NULL, 40), (0, 50);
SELECT * FROM seen ORDER BY seq;
SELECT * FROM t ORDER BY id;
