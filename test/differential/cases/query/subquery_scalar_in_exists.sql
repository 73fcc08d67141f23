-- Subqueries: scalar (NULL for no row, 1242 for several rows), IN and NOT IN with NULLs on either side (three-valued
-- logic), EXISTS and NOT EXISTS, ANY/ALL, subqueries in SELECT list, WHERE and HAVING, row subqueries.
CREATE DATABASE d;
USE d;
CREATE TABLE p (id INT PRIMARY KEY, name VARCHAR(10), dept INT);
CREATE TABLE dept (id INT PRIMARY KEY, title VARCHAR(10), boss INT);
INSERT INTO p VALUES (1, 'ann', 10), (2, 'bo', 10), (3, 'cy', 20), (4, 'di', NULL), (5, 'ed', 30);
INSERT INTO dept VALUES (10, 'ops', 1), (20, 'dev', 3), (40, 'hr', NULL);
SELECT (SELECT title FROM dept WHERE id = 10) AS t10, (SELECT title FROM dept WHERE id = 99) AS t99;
SELECT (SELECT title FROM dept) AS many;
SELECT name FROM p WHERE dept IN (SELECT id FROM dept) ORDER BY id;
SELECT name FROM p WHERE dept NOT IN (SELECT id FROM dept) ORDER BY id;
SELECT name FROM p WHERE id NOT IN (SELECT boss FROM dept) ORDER BY id;
SELECT name FROM p WHERE id NOT IN (SELECT boss FROM dept WHERE boss IS NOT NULL) ORDER BY id;
SELECT 4 IN (SELECT boss FROM dept) AS in_null, 1 IN (SELECT boss FROM dept) AS in_hit, NULL IN (SELECT id FROM dept) AS n;
SELECT 5 NOT IN (SELECT id FROM dept WHERE 1 = 0) AS empty_not_in, NULL IN (SELECT id FROM dept WHERE 1 = 0) AS null_in_empty;
SELECT title FROM dept d WHERE EXISTS (SELECT 1 FROM p WHERE p.dept = d.id) ORDER BY id;
SELECT title FROM dept d WHERE NOT EXISTS (SELECT * FROM p WHERE p.dept = d.id) ORDER BY id;
SELECT name FROM p WHERE dept > ALL (SELECT id FROM dept WHERE id < 30) ORDER BY id;
SELECT name FROM p WHERE dept = ANY (SELECT id FROM dept) ORDER BY id;
SELECT name FROM p WHERE dept < ALL (SELECT boss FROM dept) ORDER BY id;
SELECT dept, COUNT(*) AS n FROM p GROUP BY dept HAVING COUNT(*) > (SELECT COUNT(*) FROM dept WHERE boss IS NULL) ORDER BY dept;
SELECT name FROM p WHERE (id, dept) = (SELECT boss, id FROM dept WHERE title = 'dev');
SELECT name FROM p WHERE (id, dept) IN (SELECT boss, id FROM dept) ORDER BY id;
SELECT (SELECT name, dept FROM p WHERE id = 1) AS two_columns;
