-- Joins in depth: INNER/LEFT/RIGHT/CROSS with ON and USING, SELECT * column order and coalesced USING columns,
-- NULL-extended rows, conditions in ON versus WHERE, joins of three tables and self joins.
CREATE DATABASE d;
USE d;
CREATE TABLE a (id INT PRIMARY KEY, k INT, x VARCHAR(5));
CREATE TABLE b (id INT PRIMARY KEY, k INT, y VARCHAR(5));
CREATE TABLE c (k INT PRIMARY KEY, z VARCHAR(5));
INSERT INTO a VALUES (1, 10, 'a1'), (2, 20, 'a2'), (3, NULL, 'a3'), (4, 40, 'a4');
INSERT INTO b VALUES (1, 10, 'b1'), (2, 10, 'b2'), (5, 50, 'b5'), (6, NULL, 'b6');
INSERT INTO c VALUES (10, 'c10'), (20, 'c20'), (50, 'c50');
SELECT * FROM a JOIN b ON a.k = b.k ORDER BY a.id, b.id;
SELECT * FROM a JOIN b USING (k) ORDER BY a.id, b.id;
SELECT * FROM a JOIN b USING (id, k) ORDER BY id;
SELECT * FROM a LEFT JOIN b USING (k) ORDER BY a.id, b.id;
SELECT * FROM a RIGHT JOIN b USING (k) ORDER BY b.id, a.id;
SELECT k, a.k AS ak, b.k AS bk FROM a RIGHT JOIN b USING (k) ORDER BY b.id;
SELECT a.id, b.id AS bid FROM a LEFT JOIN b ON a.k = b.k AND b.y = 'b2' ORDER BY a.id;
SELECT a.id, b.id AS bid FROM a LEFT JOIN b ON a.k = b.k WHERE b.y = 'b2' ORDER BY a.id;
SELECT a.id, b.id AS bid FROM a LEFT JOIN b ON a.k = b.k WHERE b.id IS NULL ORDER BY a.id;
SELECT COUNT(*) AS n FROM a CROSS JOIN b;
SELECT a.id, b.id AS bid FROM a CROSS JOIN b WHERE a.id = b.id ORDER BY a.id;
SELECT a.x, b.y, c.z FROM a JOIN b ON a.k = b.k JOIN c ON c.k = b.k ORDER BY a.id, b.id;
SELECT a.x, c.z FROM a LEFT JOIN c ON c.k = a.k ORDER BY a.id;
SELECT a.x, b.y, c.z FROM a LEFT JOIN b ON a.k = b.k LEFT JOIN c ON c.k = b.k ORDER BY a.id, b.id;
SELECT p.id, q.id AS qid FROM a AS p JOIN a AS q ON q.id = p.id + 1 ORDER BY p.id;
SELECT * FROM a JOIN b USING (nope);
SELECT k FROM a JOIN b ON a.k = b.k;
SELECT a.id FROM a JOIN c USING (k) WHERE z LIKE 'c%' ORDER BY a.id;
