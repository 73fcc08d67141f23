-- SIGNAL item values come from literals, locals, parameters or user variables and are coerced: numbers to text,
-- numeric strings and decimals to an errno; NULL or a non-number is 1231.
-- rules: C3
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p_local_int()
BEGIN
  DECLARE m INT DEFAULT 12345;
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = m;
END$$
CREATE PROCEDURE p_local_dec()
BEGIN
  DECLARE m DECIMAL(6,2) DEFAULT 1234.5;
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = m, MYSQL_ERRNO = m;
END$$
CREATE PROCEDURE p_user_errno() BEGIN SIGNAL SQLSTATE '45000' SET MYSQL_ERRNO = @e; END$$
CREATE PROCEDURE p_user_msg() BEGIN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = @m; END$$
CREATE PROCEDURE p_param_text(e VARCHAR(10)) BEGIN SIGNAL SQLSTATE '45000' SET MYSQL_ERRNO = e; END$$
DELIMITER ;
CALL p_local_int();
CALL p_local_dec();
SET @e = '2000';
CALL p_user_errno();
SET @e = 2001.4;
CALL p_user_errno();
SET @e = 'abc';
CALL p_user_errno();
SET @e = NULL;
CALL p_user_errno();
SET @m = 42;
CALL p_user_msg();
SET @m = NULL;
CALL p_user_msg();
CALL p_param_text('3001');
CALL p_param_text('x');
CALL p_param_text('');
