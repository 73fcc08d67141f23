-- A warning left by a callee's last statement reaches the caller's handler; an earlier one does not.
-- rules: B7
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT);
DELIMITER $$
CREATE PROCEDURE warn_last()
BEGIN
  DECLARE v INT;
  SELECT 1 INTO v;
  SIGNAL SQLSTATE '01000' SET MESSAGE_TEXT = 'last statement warns';
END$$
CREATE PROCEDURE warn_first()
BEGIN
  DECLARE v INT;
  SIGNAL SQLSTATE '01000' SET MESSAGE_TEXT = 'first statement warns';
  SET v = 1;
END$$
CREATE PROCEDURE caller(which INT)
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLWARNING SELECT 'caller saw the warning' AS msg, which;
  IF which = 1 THEN CALL warn_last(); ELSE CALL warn_first(); END IF;
  SELECT 'caller done' AS msg, which;
END$$
DELIMITER ;
CALL caller(1);
CALL caller(2);
