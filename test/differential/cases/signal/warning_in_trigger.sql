-- SIGNAL of class '01' inside a trigger does not fail the row, and its warning is not kept after the statement; '02' and other classes fail it.
-- rules: C2 H3
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, kind VARCHAR(10));
DELIMITER $$
CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW
BEGIN
  IF NEW.kind = 'warn' THEN SIGNAL SQLSTATE '01234' SET MESSAGE_TEXT = 'trigger warning', MYSQL_ERRNO = 3100; END IF;
  IF NEW.kind = 'warn0' THEN SIGNAL SQLSTATE '01000'; END IF;
  IF NEW.kind = 'nf' THEN SIGNAL SQLSTATE '02000'; END IF;
  IF NEW.kind = 'err' THEN SIGNAL SQLSTATE '45000'; END IF;
END$$
DELIMITER ;
INSERT INTO t VALUES (1, 'warn');
SHOW WARNINGS;
INSERT INTO t VALUES (2, 'warn0');
SHOW WARNINGS;
INSERT INTO t VALUES (3, 'nf');
INSERT INTO t VALUES (4, 'err');
SELECT * FROM t ORDER BY id;
