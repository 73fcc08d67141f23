-- AFTER triggers run only when the row operation succeeded: a duplicate key after the BEFORE trigger ran skips the
-- AFTER trigger and undoes the BEFORE trigger's writes with the statement.
-- rules: H2
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY);
CREATE TABLE log (msg VARCHAR(40));
DELIMITER $$
CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW INSERT INTO log VALUES (CONCAT('before ', NEW.id))$$
CREATE TRIGGER t_ai AFTER INSERT ON t FOR EACH ROW INSERT INTO log VALUES (CONCAT('after ', NEW.id))$$
DELIMITER ;
INSERT INTO t VALUES (1);
INSERT INTO t VALUES (1);
SELECT msg FROM log ORDER BY msg;
INSERT INTO t VALUES (2), (1);
SELECT msg FROM log ORDER BY msg;
INSERT IGNORE INTO t VALUES (3), (1);
SELECT msg FROM log ORDER BY msg;
SELECT id FROM t ORDER BY id;
