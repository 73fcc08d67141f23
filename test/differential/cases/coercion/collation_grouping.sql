-- The default collation (accent- and case-insensitive, NO PAD) decides equality in WHERE, DISTINCT, GROUP BY and UNIQUE keys.
-- rules: F2
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, s VARCHAR(10));
INSERT INTO t VALUES (1, 'abc'), (2, 'ABC'), (3, 'Abc '), (4, 'àbc'), (5, 'abd'), (6, 'abc ');
SELECT id FROM t WHERE s = 'abc' ORDER BY id;
SELECT id FROM t WHERE s = 'abc ' ORDER BY id;
SELECT id FROM t WHERE s LIKE 'ab_' ORDER BY id;
SELECT COUNT(DISTINCT s) AS n FROM t;
SELECT MIN(id) AS first, COUNT(*) AS n FROM t GROUP BY s ORDER BY first;
CREATE TABLE u (s VARCHAR(10) PRIMARY KEY);
INSERT INTO u VALUES ('x');
INSERT INTO u VALUES ('X');
INSERT INTO u VALUES ('x ');
INSERT INTO u VALUES ('ẋ');
SELECT COUNT(*) AS n FROM u;
DELIMITER $$
CREATE PROCEDURE p()
BEGIN
  DECLARE a VARCHAR(10) DEFAULT 'Hello';
  DECLARE b VARCHAR(10) DEFAULT 'HELLO';
  DECLARE c VARCHAR(10) DEFAULT 'hello ';
  SELECT a = b AS ab, a = c AS ac, a < c AS lt, STRCMP(a, b) AS cmp, a = 'hèllo' AS accent;
  IF a = b THEN SELECT 'equal' AS r; ELSE SELECT 'different' AS r; END IF;
  CASE a WHEN 'HELLO' THEN SELECT 'case matched' AS r; ELSE SELECT 'no match' AS r; END CASE;
END$$
DELIMITER ;
CALL p();
