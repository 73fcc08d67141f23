-- Non-transactional tables keep what was done before an error: rows of a MyISAM table written earlier in the
-- statement and a MyISAM log written by the trigger stay, while an InnoDB table's rows are undone.
-- rules: H2 H3
CREATE DATABASE d;
USE d;
CREATE TABLE inno (id INT PRIMARY KEY, v INT) ENGINE = InnoDB;
CREATE TABLE mi (id INT PRIMARY KEY, v INT) ENGINE = MyISAM;
CREATE TABLE mlog (msg VARCHAR(40)) ENGINE = MyISAM;
DELIMITER $$
CREATE TRIGGER inno_bi BEFORE INSERT ON inno FOR EACH ROW
BEGIN
  INSERT INTO mlog VALUES (CONCAT('inno ', NEW.id));
  IF NEW.v < 0 THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'negative'; END IF;
END$$
CREATE TRIGGER mi_bi BEFORE INSERT ON mi FOR EACH ROW
BEGIN
  INSERT INTO mlog VALUES (CONCAT('mi ', NEW.id));
  IF NEW.v < 0 THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'negative'; END IF;
END$$
DELIMITER ;
INSERT INTO inno VALUES (1, 1), (2, 2), (3, -3), (4, 4);
INSERT INTO mi VALUES (1, 1), (2, 2), (3, -3), (4, 4);
SELECT * FROM inno ORDER BY id;
SELECT * FROM mi ORDER BY id;
SELECT msg FROM mlog ORDER BY msg;
