-- CASE statements: simple and searched, and 1339 when nothing matches.
-- rules: E1
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p_simple(x INT)
BEGIN
  CASE x
    WHEN 1 THEN SELECT 'one' AS r;
    WHEN 2 THEN SELECT 'two' AS r;
  END CASE;
END$$
CREATE PROCEDURE p_searched(x INT)
BEGIN
  CASE
    WHEN x < 0 THEN SELECT 'negative' AS r;
    WHEN x = 0 THEN SELECT 'zero' AS r;
    ELSE SELECT 'positive' AS r;
  END CASE;
END$$
CREATE PROCEDURE p_null(x INT)
BEGIN
  CASE x
    WHEN NULL THEN SELECT 'when null' AS r;
    ELSE SELECT 'else' AS r;
  END CASE;
END$$
CREATE PROCEDURE p_handled(x INT)
BEGIN
  DECLARE CONTINUE HANDLER FOR 1339 SELECT 'case not found handled' AS r;
  CASE x WHEN 1 THEN SELECT 'one' AS r; END CASE;
  SELECT 'after case' AS r;
END$$
DELIMITER ;
CALL p_simple(1);
CALL p_simple(2);
CALL p_simple(3);
CALL p_simple(NULL);
CALL p_searched(-5);
CALL p_searched(0);
CALL p_searched(NULL);
CALL p_null(NULL);
CALL p_handled(5);
