-- ALL, ANY and SOME with a subquery, and rows against subqueries. Three-valued logic: over no rows ALL is true and
-- ANY false even for a NULL operand; a NULL operand or a NULL row leaves the answer NULL unless a row decides it
-- (ANY by a true comparison, ALL by a false one). = ANY is IN and <> ALL is NOT IN, and only those take a row
-- operand; otherwise the columns must match (1241 with the left operand's width). Comparisons convert as the scalar
-- operators do (string against number as DOUBLE, strings under the case-insensitive default collation), and the same
-- holds inside stored programs, whose subqueries are compiled when first run.
-- rules: F1 F2
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, v INT, s VARCHAR(10));
INSERT INTO t VALUES (1, 10, 'a'), (2, 20, 'b'), (3, NULL, NULL), (4, 30, 'C');
CREATE TABLE e (id INT PRIMARY KEY, v INT);
SELECT 2 > ALL (SELECT 1 UNION SELECT NULL) AS a, 0 > ALL (SELECT 1 UNION SELECT NULL) AS b, 2 > ANY (SELECT 1 UNION SELECT NULL) AS c, 0 > ANY (SELECT 1 UNION SELECT NULL) AS d;
SELECT NULL > ALL (SELECT v FROM e) AS a, NULL > ANY (SELECT v FROM e) AS b, NULL > ALL (SELECT 1) AS c, NULL = ANY (SELECT v FROM e) AS d, NULL <> ALL (SELECT v FROM e) AS e;
SELECT 5 > ALL (SELECT v FROM e) AS a, 5 < SOME (SELECT v FROM e) AS b, (1, NULL) IN (SELECT id, v FROM e) AS c, (1, NULL) NOT IN (SELECT id, v FROM e) AS d;
SELECT 1 = SOME (SELECT 1) AS s, 1 != ALL (SELECT 2) AS ne, 1 <> SOME (SELECT 1 UNION SELECT 2) AS ns, 1 <> ANY (SELECT 1) AS n1;
SELECT id, v, v > ALL (SELECT v FROM t) AS gt_all, v >= ALL (SELECT v FROM t WHERE v IS NOT NULL) AS ge_all, v < ANY (SELECT v FROM t) AS lt_any, v = ANY (SELECT v FROM t WHERE id <> 2) AS eq_any, v <> ALL (SELECT v FROM t WHERE id < 3) AS ne_all FROM t ORDER BY id;
SELECT id FROM t WHERE v > ANY (SELECT v FROM t) ORDER BY id;
SELECT id FROM t WHERE NOT (v > ALL (SELECT v FROM t WHERE id < 3)) ORDER BY id;
SELECT id FROM t WHERE v <= ALL (SELECT v FROM t AS u WHERE u.id >= t.id AND u.v IS NOT NULL) ORDER BY id;
SELECT id FROM t WHERE s = ANY (SELECT 'A' UNION SELECT 'c') ORDER BY id;
SELECT '10' > ALL (SELECT 9) AS a, '9' > ALL (SELECT 10) AS b, 'abc' = ANY (SELECT 0) AS c, 2.5 < ANY (SELECT 2 UNION SELECT 3) AS d;
SHOW WARNINGS;
SELECT (1, 2) IN (SELECT 1, NULL) AS a, (1, 2) IN (SELECT 2, NULL) AS b, (1, NULL) IN (SELECT 1, 2) AS c, (1, NULL) IN (SELECT 2, 2) AS d, (1, 2) NOT IN (SELECT 1, NULL) AS e;
SELECT id, (id, v) IN (SELECT id, v FROM t WHERE id < 3) AS r, (id, v) NOT IN (SELECT id + 1, v + 10 FROM t) AS nr, (id, s) = ANY (SELECT id, s FROM t WHERE id > 1) AS a, (v, s) <> ALL (SELECT v, 'a' FROM t) AS n FROM t ORDER BY id;
SELECT (1, 2) = (SELECT 1, 2) AS a, (1, 2) = (SELECT 1, 2 FROM t WHERE id = 0) AS b, (SELECT 1, 2) = (SELECT 1, NULL) AS c, (SELECT 1, 2) < (SELECT 1, 3) AS d;
SELECT (1, 2) > (SELECT 1, 1) AS a, (1, 2) <> (SELECT 1, 3) AS b, (1, NULL) < (SELECT 2, 1) AS c, (NULL, 1) < (SELECT 2, 1) AS d, (1, NULL) = (SELECT 2, 1) AS e;
SELECT (1, 2) <=> (SELECT 1, 2 FROM t WHERE id = 0) AS a, (NULL, NULL) <=> (SELECT 1, 2 FROM t WHERE id = 0) AS b, (1, NULL) <=> (SELECT 1, NULL) AS c;
SELECT id FROM t WHERE (id, s) = (SELECT id, s FROM t WHERE v = 20);
SELECT (SELECT id, v FROM t WHERE id = 1) = (1, 10) AS a, (SELECT id, v FROM t WHERE id = 1) = (SELECT 1, 10) AS b;
SELECT (SELECT id, v FROM t) = (1, 10);
SELECT (1, 2) = (SELECT 1, 2, 3);
SELECT (SELECT 1, 2) = (SELECT 1, 2, 3);
SELECT (1, 2) = ALL (SELECT 1, 2);
SELECT (1, 2) > ANY (SELECT 1, 2);
SELECT (1, 2) <> ANY (SELECT 1, 2);
SELECT 1 = ANY (SELECT 1, 2);
SELECT 1 > ALL (SELECT id, v FROM t WHERE id = 0);
SELECT (1, 2) IN (SELECT 1);
SELECT (1, 2) = ANY (SELECT 1, 2, 3 FROM t WHERE id = 0);
SELECT 1 > ALL (SELECT 1 LIMIT 1);
SELECT id FROM t WHERE v > ALL (SELECT v FROM t WHERE v IS NOT NULL ORDER BY v LIMIT 1);
SELECT id FROM t WHERE v > ALL (SELECT v FROM (SELECT v FROM t WHERE v IS NOT NULL ORDER BY v LIMIT 1) AS q) ORDER BY id;
DELIMITER $$
CREATE PROCEDURE quantified(IN x INT, IN k INT)
BEGIN
  DECLARE top INT DEFAULT (x > ALL (SELECT v FROM t WHERE v IS NOT NULL));
  DECLARE some_match INT;
  DECLARE row_hit INT;
  SET some_match = x = ANY (SELECT v FROM t WHERE id > k);
  SET row_hit = (k, x) IN (SELECT id, v FROM t);
  IF x < ALL (SELECT v FROM t WHERE id > k) THEN
    SELECT 'below all' AS verdict, top, some_match, row_hit;
  ELSEIF (k, x) = (SELECT id, v FROM t WHERE id = k) THEN
    SELECT 'row equal' AS verdict, top, some_match, row_hit;
  ELSE
    SELECT 'other' AS verdict, top, some_match, row_hit;
  END IF;
  SELECT id FROM t WHERE v >= ANY (SELECT x UNION SELECT k) ORDER BY id;
END$$
CREATE FUNCTION none_above(x INT) RETURNS INT
  RETURN x >= ALL (SELECT v FROM t WHERE v > x)$$
CREATE PROCEDURE wrong_width()
BEGIN
  DECLARE r INT DEFAULT 7;
  DECLARE CONTINUE HANDLER FOR 1241 SET r = -1;
  SET r = 1 = ANY (SELECT id, v FROM t WHERE id = 0);
  SELECT r;
  SET r = 8;
  SET r = (1, 2) IN (SELECT id FROM e);
  SELECT r;
END$$
DELIMITER ;
CALL quantified(5, 1);
CALL quantified(20, 2);
CALL quantified(NULL, 9);
CALL quantified(40, 0);
SELECT none_above(5) AS a, none_above(30) AS b, none_above(NULL) AS c;
CALL wrong_width();
