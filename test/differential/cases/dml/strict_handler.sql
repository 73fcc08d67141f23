-- The strict handler of a data-changing statement: a conversion warning raised anywhere in INSERT, UPDATE or DELETE
-- (VALUES, WHERE) is an error at the moment it is raised, as in a store into a typed variable (SET, DEFAULT, RETURN),
-- where the 1292 about '' in 0 / '' comes before the division by zero; IGNORE and a non-strict sql_mode keep warnings.
-- rules: A5
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT);
INSERT INTO t VALUES ('x' + 0);
INSERT INTO t VALUES (1);
UPDATE t SET id = 2 WHERE id = 'y';
DELETE FROM t WHERE id = 'z';
INSERT IGNORE INTO t VALUES ('w' + 0);
SELECT id FROM t ORDER BY id;
DELIMITER $$
CREATE PROCEDURE p() BEGIN DECLARE a INT DEFAULT 1; SET a = 0 / ''; END$$
CREATE PROCEDURE q() BEGIN DECLARE a INT DEFAULT 0 / 'v'; END$$
CREATE FUNCTION f() RETURNS INT BEGIN RETURN 0 / 'u'; END$$
CREATE FUNCTION g() RETURNS INT BEGIN SELECT 'x' + 0 INTO @r; RETURN 5; END$$
DELIMITER ;
CALL p();
CALL q();
SELECT f();
INSERT INTO t VALUES (0 / 't');
INSERT INTO t VALUES (g());
SET sql_mode = '';
INSERT INTO t VALUES ('x' + 1);
SELECT id FROM t ORDER BY id;
