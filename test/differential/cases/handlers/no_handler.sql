-- Without a handler: a warning continues, an error (including NOT FOUND at error level: FETCH 1329, SIGNAL '02' 1643) ends the program and propagates, keeping earlier work; a caller can handle it.
-- rules: B5 C2 G4
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY);
CREATE TABLE trail (n INT AUTO_INCREMENT PRIMARY KEY, step VARCHAR(20));
DELIMITER $$
CREATE PROCEDURE p_warning()
BEGIN
  INSERT INTO trail (step) VALUES ('w-before');
  SIGNAL SQLSTATE '01000' SET MESSAGE_TEXT = 'only a warning';
  INSERT INTO trail (step) VALUES ('w-after');
END$$
CREATE PROCEDURE p_error()
BEGIN
  INSERT INTO trail (step) VALUES ('e-before');
  INSERT INTO t VALUES (1), (1);
  INSERT INTO trail (step) VALUES ('e-after');
END$$
CREATE PROCEDURE p_fetch()
BEGIN
  DECLARE v INT;
  DECLARE c CURSOR FOR SELECT id FROM t WHERE id < 0;
  INSERT INTO trail (step) VALUES ('f-before');
  OPEN c;
  FETCH c INTO v;
  INSERT INTO trail (step) VALUES ('f-after');
END$$
CREATE PROCEDURE p_signal_nf()
BEGIN
  INSERT INTO trail (step) VALUES ('s-before');
  SIGNAL SQLSTATE '02000';
  INSERT INTO trail (step) VALUES ('s-after');
END$$
CREATE PROCEDURE p_select_into()
BEGIN
  DECLARE v INT DEFAULT 5;
  SELECT id INTO v FROM t WHERE id < 0;
  INSERT INTO trail (step) VALUES (CONCAT('i-after-', v));
END$$
CREATE PROCEDURE caller()
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION INSERT INTO trail (step) VALUES ('caller-caught');
  DECLARE CONTINUE HANDLER FOR NOT FOUND INSERT INTO trail (step) VALUES ('caller-nf');
  CALL p_error();
  CALL p_fetch();
  INSERT INTO trail (step) VALUES ('caller-end');
END$$
DELIMITER ;
CALL p_warning();
CALL p_error();
CALL p_fetch();
CALL p_signal_nf();
CALL p_select_into();
SELECT step FROM trail ORDER BY n;
DELETE FROM trail;
DELETE FROM t;
CALL caller();
SELECT step FROM trail ORDER BY n;
SELECT id FROM t ORDER BY id;
