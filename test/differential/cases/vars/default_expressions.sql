-- DEFAULT takes any expression: builtins, user variables, a stored function, a subquery, earlier variables; re-evaluated on each block entry.
-- rules: A2
CREATE DATABASE d;
USE d;
CREATE TABLE t (n INT);
INSERT INTO t VALUES (3), (5);
SET @base = 100;
DELIMITER $$
CREATE FUNCTION twice(x INT) RETURNS INT DETERMINISTIC RETURN x * 2$$
CREATE PROCEDURE p(a INT)
BEGIN
  DECLARE u INT DEFAULT @base + a;
  DECLARE f INT DEFAULT twice(a);
  DECLARE q INT DEFAULT (SELECT MAX(n) FROM t WHERE n < a);
  DECLARE s VARCHAR(20) DEFAULT UPPER(CONCAT('v', a));
  DECLARE c INT DEFAULT CASE WHEN a > 4 THEN 1 ELSE 0 END;
  DECLARE l INT DEFAULT LENGTH(s) + u;
  SELECT u, f, q, s, c, l;
END$$
CREATE PROCEDURE p_reeval()
BEGIN
  DECLARE i INT DEFAULT 0;
  DECLARE log TEXT DEFAULT '';
  WHILE i < 3 DO
    SET i = i + 1;
    SET @base = @base + 1;
    BEGIN
      DECLARE v INT DEFAULT @base * 10 + i;
      SET log = CONCAT(log, v, ' ');
    END;
  END WHILE;
  SELECT log AS defaults_per_entry;
END$$
DELIMITER ;
CALL p(4);
CALL p(6);
SET @base = NULL;
CALL p(1);
SET @base = 0;
CALL p_reeval();
