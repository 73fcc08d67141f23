-- GROUP_CONCAT: ORDER BY inside (ASC/DESC, several keys, expressions), SEPARATOR (empty, several characters),
-- DISTINCT, NULLs skipped, all-NULL group gives NULL, several arguments concatenated, and empty input.
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, g VARCHAR(3), name VARCHAR(10), n INT);
SELECT GROUP_CONCAT(name) AS none FROM t;
INSERT INTO t VALUES (1, 'x', 'pear', 3), (2, 'x', 'apple', 1), (3, 'x', 'fig', 2), (4, 'y', NULL, 5), (5, 'y', NULL, 6),
  (6, 'z', 'kiwi', NULL), (7, 'z', 'kiwi', 7), (8, 'z', 'Apple', 8);
SELECT g, GROUP_CONCAT(name ORDER BY name) AS names FROM t GROUP BY g ORDER BY g;
SELECT g, GROUP_CONCAT(name ORDER BY name DESC SEPARATOR ' | ') AS names FROM t GROUP BY g ORDER BY g;
SELECT g, GROUP_CONCAT(n ORDER BY n DESC SEPARATOR '') AS ns FROM t GROUP BY g ORDER BY g;
SELECT g, GROUP_CONCAT(DISTINCT name ORDER BY name SEPARATOR ',') AS names FROM t GROUP BY g ORDER BY g;
SELECT GROUP_CONCAT(name, '=', n ORDER BY id SEPARATOR '; ') AS pairs FROM t;
SELECT GROUP_CONCAT(id ORDER BY g DESC, n ASC) AS ids FROM t;
SELECT GROUP_CONCAT(id ORDER BY n IS NULL, n DESC) AS ids FROM t;
SELECT GROUP_CONCAT(UPPER(name) ORDER BY LENGTH(name), name) AS names FROM t;
SELECT g, GROUP_CONCAT(id ORDER BY id) AS ids, COUNT(name) AS c FROM t GROUP BY g HAVING GROUP_CONCAT(name) IS NULL;
SELECT GROUP_CONCAT(DISTINCT g ORDER BY g DESC) AS gs FROM t WHERE n > 1;
SELECT GROUP_CONCAT(name ORDER BY 1) AS names FROM t WHERE g = 'x';
