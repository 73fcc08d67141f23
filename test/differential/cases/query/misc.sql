-- Star forms, HAVING without GROUP BY, case and accents in groups, decimal and string aggregates,
-- subqueries in HAVING and ORDER BY, nested derived tables, multi-column COUNT(DISTINCT).
CREATE DATABASE q;
USE q;
CREATE TABLE t1 (id INT PRIMARY KEY, a VARCHAR(10), b INT, d DECIMAL(6,2));
INSERT INTO t1 VALUES (1, 'e', 1, 1.50), (2, 'é', 1, 2.25), (3, 'E', 2, NULL), (4, 'A', 2, 0.10), (5, 'a', 3, 10.00);
SELECT t1.*, id FROM t1 WHERE id < 3;
SELECT *, id + 1 AS n FROM t1 WHERE id = 5;
SELECT x.* FROM t1 AS x WHERE x.id = 2;
SELECT id AS k FROM t1 HAVING k > 3;
SELECT a, COUNT(*) FROM t1 GROUP BY a ORDER BY MIN(id);
SELECT COUNT(DISTINCT a), COUNT(DISTINCT a, b), COUNT(DISTINCT b) FROM t1;
SELECT SUM(d), AVG(d), MIN(d), MAX(d), SUM(d) / COUNT(d) FROM t1;
SELECT b, SUM(d) FROM t1 GROUP BY b ORDER BY SUM(d) DESC;
SELECT SUM(a), MAX(a), MIN(a) FROM t1 WHERE id IN (1, 4);
SELECT b FROM t1 GROUP BY b HAVING COUNT(*) > (SELECT COUNT(*) FROM t1 WHERE id > 4) ORDER BY b;
SELECT id FROM t1 ORDER BY (SELECT MAX(id) FROM t1) - id;
SELECT * FROM (SELECT * FROM (SELECT id, b FROM t1 WHERE b > 1) AS x WHERE id > 3) AS y;
SELECT (SELECT COUNT(*) FROM t1 AS i WHERE i.b = o.b) AS same, o.id FROM t1 AS o ORDER BY o.id;
SELECT id FROM t1 WHERE a = 'E' ORDER BY id;
SELECT id FROM t1 WHERE a = 'a' ORDER BY id;
SELECT DISTINCT a FROM t1 ORDER BY a;
