-- Arithmetic with a NULL operand: + - * / % still read and convert the other operand (its warnings appear, and a
-- strict-mode assignment fails on them); DIV reads strings as DECIMAL and stops at a NULL left operand.
-- rules: A5 F1
SELECT NULL + 'x', 'x' + NULL, 1.5 + NULL + 'x';
SHOW WARNINGS;
SELECT NULL * 'y', NULL - 'z', NULL / 'w', NULL DIV 'v', NULL % 'u';
SHOW WARNINGS;
SELECT NULL + (5 DIV 0), 2 DIV (5 DIV 0);
SHOW WARNINGS;
SELECT 'x' + (5 DIV 0);
SHOW WARNINGS;
SELECT 3 DIV 'x', 'x' DIV 2, '7.9x' DIV 2, 'v' DIV NULL;
SHOW WARNINGS;
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p1() BEGIN DECLARE a INT DEFAULT 1; SET a = ('' + NULL); SELECT a; END$$
CREATE PROCEDURE p2() BEGIN DECLARE a INT DEFAULT 1; SET a = (NULL * 'q'); SELECT a; END$$
CREATE PROCEDURE p3() BEGIN DECLARE a INT DEFAULT 1; SET a = (NULL DIV 'q'); SELECT a; END$$
DELIMITER ;
CALL p1();
CALL p2();
CALL p3();
