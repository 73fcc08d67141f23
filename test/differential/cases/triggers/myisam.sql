-- On a non-transactional table the rows written before a trigger error stay.
-- rules: H2 H3
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, v INT) ENGINE = MyISAM;
DELIMITER $$
CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW
  IF NEW.v < 0 THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'negative value'; END IF$$
DELIMITER ;
INSERT INTO t VALUES (1, 1), (2, 2), (3, -3), (4, 4);
SELECT * FROM t ORDER BY id;
