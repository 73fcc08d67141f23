-- Parameters convert arguments to their declared types.
-- rules: A5 G1
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p_int(x INT) SELECT x$$
CREATE PROCEDURE p_dec(x DECIMAL(5,2)) SELECT x$$
CREATE PROCEDURE p_str(x VARCHAR(4)) SELECT x, LENGTH(x)$$
CREATE FUNCTION f_tiny(x TINYINT) RETURNS INT DETERMINISTIC RETURN x$$
DELIMITER ;
CALL p_int(5);
CALL p_int('12');
CALL p_int(2.5);
CALL p_int(NULL);
CALL p_int('abc');
CALL p_dec(1.005);
CALL p_dec(999.999);
CALL p_str('abcd');
CALL p_str('abcde');
CALL p_str(12345);
SELECT f_tiny(100);
SELECT f_tiny(300);
