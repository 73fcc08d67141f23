-- CALL errors: unknown routine (1305, also in another database), wrong argument count for procedures and functions
-- (1318), and OUT/INOUT arguments that are not variables (1414).
-- rules: G1
CREATE DATABASE d;
USE d;
CREATE DATABASE other;
CREATE TABLE t (id INT PRIMARY KEY, v INT);
DELIMITER $$
CREATE PROCEDURE two(IN a INT, OUT b INT) SET b = a * 2$$
CREATE PROCEDURE inout_p(INOUT x INT) SET x = x + 1$$
CREATE FUNCTION f2(a INT, b INT) RETURNS INT DETERMINISTIC RETURN a + b$$
CREATE PROCEDURE other.p() SELECT 'other db' AS r$$
CREATE PROCEDURE local_out()
BEGIN
  DECLARE v INT DEFAULT 5;
  CALL inout_p(v);
  SELECT v;
  CALL inout_p(v + 1);
END$$
DELIMITER ;
CALL nosuch();
CALL other.nosuch();
CALL nodb.p();
CALL other.p();
CALL two(1);
CALL two(1, @b, @c);
SELECT f2(1);
SELECT f2(1, 2, 3);
SELECT f2(1, 2);
CALL two(1, 2);
CALL two(1, NULL);
CALL two(1, CONCAT('a'));
CALL inout_p(@undefined_yet);
SELECT @undefined_yet;
CALL local_out();
SELECT nosuchfn();
SELECT other.nosuchfn();
