-- @@warning_count / @@error_count and SHOW COUNT(*) WARNINGS|ERRORS: what they count, and what they clear.
-- rules: D1
CREATE DATABASE d;
USE d;
CREATE TABLE t (a INT, b INT NOT NULL);
SELECT 1/0 AS q, CAST('x' AS SIGNED) AS c;
SELECT @@warning_count, @@error_count;
-- the SELECT above cleared the area after saving its counts (MySQL 8): a second read finds nothing
SELECT @@warning_count AS again;
SELECT 1/0 AS q;
SHOW COUNT(*) WARNINGS;
SHOW COUNT(*) ERRORS;
SHOW WARNINGS;
INSERT INTO t VALUES (1, NULL);
SHOW COUNT(*) ERRORS;
SHOW COUNT(*) WARNINGS;
GET DIAGNOSTICS @n = NUMBER;
SELECT @n AS n;
SELECT @@error_count AS e, @@warning_count AS w;
DROP TABLE IF EXISTS nope;
SELECT @@session.warning_count AS w, @@error_count AS e;
SELECT @@global.warning_count;
SELECT @@global.error_count;
SET @@warning_count = 1;
SET @@max_error_count = 1;
SELECT CAST('1x' AS SIGNED) AS a, CAST('2x' AS SIGNED) AS b, CAST('3x' AS SIGNED) AS c;
SELECT @@warning_count AS all_three;
SET @@max_error_count = DEFAULT;
-- not strict, so that the routines' CASTs warn instead of failing
SET sql_mode = '';
DELIMITER //
CREATE PROCEDURE p()
BEGIN
  INSERT INTO t VALUES (1, 1), (2, 2);
  SHOW WARNINGS;
  SELECT ROW_COUNT() AS after_show_warnings;
  SELECT CAST('1x' AS SIGNED) AS c;
  SELECT @@warning_count AS w, @@error_count AS e;
END//
CREATE PROCEDURE p2()
BEGIN
  DECLARE EXIT HANDLER FOR SQLEXCEPTION SELECT @@warning_count AS hw, @@error_count AS he;
  INSERT INTO t VALUES (3, NULL);
END//
CREATE FUNCTION f() RETURNS INT
BEGIN
  DECLARE x INT;
  SET x = CAST('1x' AS SIGNED);
  RETURN @@warning_count;
END//
CREATE PROCEDURE p3()
BEGIN
  DECLARE v INT;
  SET v = CAST('1x' AS SIGNED) + CAST('2x' AS SIGNED);
  -- SET of a local is not an SQL statement: it clears without saving the counts (sp_lex_instr::execute)
  SET v = @@warning_count;
  SELECT v AS counted_by_set;
  SELECT CAST('3x' AS SIGNED) INTO @x;
  IF @@warning_count = 0 THEN SELECT 'if sees no saved count' AS seen; END IF;
END//
CREATE PROCEDURE p4()
BEGIN
  INSERT INTO t VALUES (4, NULL);
END//
DELIMITER ;
CALL p();
CALL p2();
SELECT f() AS fw;
CALL p3();
CALL p4();
SELECT @@error_count AS after_call;
