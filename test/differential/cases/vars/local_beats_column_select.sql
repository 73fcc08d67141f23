-- A local variable or parameter beats a column of the same name in SELECT: select list, WHERE, JOIN ON, HAVING; a qualified name is the column.
-- rules: A4
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, val INT, grp INT);
INSERT INTO t VALUES (1, 10, 1), (2, 20, 1), (3, 30, 2);
CREATE TABLE u (id INT, label VARCHAR(5));
INSERT INTO u VALUES (1, 'one'), (2, 'two'), (3, 'three');
DELIMITER $$
CREATE PROCEDURE p(val INT)
BEGIN
  DECLARE id INT DEFAULT 2;
  SELECT id, val, t.id AS col_id, t.val AS col_val FROM t ORDER BY t.id;
  SELECT COUNT(*) AS all_rows FROM t WHERE id = id;
  SELECT t.id AS matched FROM t WHERE t.id = id;
  SELECT t.id AS by_param FROM t WHERE t.val = val;
  SELECT u.label FROM t JOIN u ON u.id = id WHERE t.grp = 1 ORDER BY t.id;
  SELECT grp, SUM(t.val) AS total FROM t GROUP BY grp HAVING SUM(t.val) > val ORDER BY grp;
  SELECT (SELECT COUNT(*) FROM u WHERE u.id = id) AS subquery_count;
END$$
DELIMITER ;
CALL p(20);
CALL p(25);
