-- N'...' national string literals: the prefix, adjacent literals, escapes, comparisons under the default collation.
CREATE DATABASE d;
USE d;
SELECT N'abc', n'x' 'y', N'it''s', N'a\tb' AS esc;
SELECT N'a' = 'A' AS eq, N'é' = 'e' AS accent, CONCAT(N'é', 'x') AS c, LENGTH(N'é') AS len;
CREATE TABLE t (v VARCHAR(10));
INSERT INTO t VALUES (N'one'), ('two');
SELECT v FROM t WHERE v = N'ONE';
DELIMITER $$
CREATE PROCEDURE p()
BEGIN
  DECLARE s VARCHAR(3) DEFAULT N'ab';
  SET s = CONCAT(s, N'c');
  SELECT s;
END$$
DELIMITER ;
CALL p();
