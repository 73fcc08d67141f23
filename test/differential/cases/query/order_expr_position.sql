-- ORDER BY: positions (and 0 / out-of-range positions, error 1054), aliases versus columns of the same name,
-- expressions, CASE for custom orders, mixed ASC/DESC, NULLs first ascending and last descending, ORDER BY a column
-- not selected, and an ORDER BY that ties broken by a second key.
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(10), score INT, grp CHAR(1));
INSERT INTO t VALUES (1, 'bob', 70, 'b'), (2, 'Al', NULL, 'a'), (3, 'cy', 90, 'a'), (4, 'al', 70, 'c'), (5, 'Dee', 85, 'b');
SELECT id, score FROM t ORDER BY 2, 1;
SELECT id, score FROM t ORDER BY 2 DESC, 1 DESC;
SELECT id FROM t ORDER BY 3;
SELECT id FROM t ORDER BY 0;
SELECT id, -score AS score FROM t ORDER BY score, id;
SELECT id, score AS s FROM t ORDER BY s IS NULL, s DESC, id;
SELECT id FROM t ORDER BY CASE grp WHEN 'c' THEN 0 WHEN 'a' THEN 1 ELSE 2 END, id;
SELECT name FROM t ORDER BY name, id;
SELECT name FROM t ORDER BY BINARY name;
SELECT id FROM t ORDER BY score % 20, id DESC;
SELECT grp, MAX(score) AS m FROM t GROUP BY grp ORDER BY m DESC, grp;
SELECT id FROM t ORDER BY grp DESC, score ASC, id;
SELECT id, name FROM t ORDER BY LENGTH(name) DESC, name DESC, id;
SELECT id FROM t ORDER BY nope;
SELECT id, score FROM t ORDER BY IFNULL(score, 1000) DESC, id;
