-- Condition declarations seen by SIGNAL and RESIGNAL at CREATE time: an errno condition is 1646 for both (a handler
-- may still use it), an SQLSTATE of class '00' or with lower-case letters is 1407, and an undeclared name is 1319.
-- rules: C1 C5
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE FUNCTION f_errno_cond() RETURNS INT DETERMINISTIC
BEGIN
  DECLARE c CONDITION FOR 1051;
  SIGNAL c;
  RETURN 1;
END$$
CREATE PROCEDURE p_resignal_errno()
BEGIN
  DECLARE c CONDITION FOR 1051;
  DECLARE EXIT HANDLER FOR SQLEXCEPTION RESIGNAL c;
  SIGNAL SQLSTATE '45000';
END$$
CREATE PROCEDURE p_decl_00() BEGIN DECLARE c CONDITION FOR SQLSTATE '00000'; END$$
CREATE PROCEDURE p_resignal_00() BEGIN DECLARE EXIT HANDLER FOR SQLEXCEPTION RESIGNAL SQLSTATE '00123'; SELECT 1; END$$
CREATE PROCEDURE p_resignal_undeclared() BEGIN DECLARE EXIT HANDLER FOR SQLEXCEPTION RESIGNAL nosuch; SELECT 1; END$$
CREATE PROCEDURE p_handler_for_errno_cond()
BEGIN
  DECLARE no_table CONDITION FOR 1051;
  DECLARE EXIT HANDLER FOR no_table SELECT 'caught through an errno condition' AS r;
  DROP TABLE nosuch_tbl;
END$$
CREATE PROCEDURE p_sqlstate_cond_lowercase()
BEGIN
  DECLARE c CONDITION FOR SQLSTATE VALUE '45abc';
  SIGNAL c;
END$$
DELIMITER ;
SELECT f_errno_cond();
CALL p_resignal_errno();
CALL p_handler_for_errno_cond();
CALL p_sqlstate_cond_lowercase();
