-- A BEFORE trigger may pass NEW columns as OUT arguments; procedures called from triggers see NEW values.
-- rules: G1 H1
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, doubled INT, label VARCHAR(20));
DELIMITER $$
CREATE PROCEDURE double_it(IN x INT, OUT y INT) BEGIN SET y = x * 2; END$$
CREATE PROCEDURE label_it(INOUT s VARCHAR(20)) BEGIN SET s = CONCAT('<', COALESCE(s, 'none'), '>'); END$$
CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW
BEGIN
  CALL double_it(NEW.id, NEW.doubled);
  CALL label_it(NEW.label);
END$$
DELIMITER ;
INSERT INTO t (id, label) VALUES (1, 'one'), (2, NULL);
SELECT * FROM t ORDER BY id;
