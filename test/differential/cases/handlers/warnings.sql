-- SQLWARNING handlers, warnings that continue without a handler, and NOT FOUND from a nested CALL.
-- rules: B2 B5 B7 C2
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT, s VARCHAR(3));
DELIMITER $$
CREATE PROCEDURE p_warn_signal()
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLWARNING SELECT 'warning handled' AS msg;
  SIGNAL SQLSTATE '01234' SET MESSAGE_TEXT = 'just a warning';
  SELECT 'continued' AS msg;
END$$
CREATE PROCEDURE p_warn_unhandled()
BEGIN
  SIGNAL SQLSTATE '01000';
  SELECT 'warning does not stop' AS msg;
END$$
CREATE PROCEDURE p_inner_nf()
BEGIN
  DECLARE v INT;
  SELECT id INTO v FROM t WHERE id = -1;
END$$
CREATE PROCEDURE p_outer_nf()
BEGIN
  DECLARE nf INT DEFAULT 0;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET nf = 1;
  CALL p_inner_nf();
  SELECT nf AS caller_saw_not_found;
END$$
DELIMITER ;
CALL p_warn_signal();
CALL p_warn_unhandled();
CALL p_outer_nf();
