-- Aggregates over NULLs and over empty sets: COUNT(*) and COUNT(col), SUM/AVG/MIN/MAX of nothing are NULL, with and
-- without GROUP BY (no group, no row), and their result types (AVG of integers is DECIMAL).
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, g INT, v INT, d DECIMAL(6,2), s VARCHAR(5));
SELECT COUNT(*) AS c, COUNT(v) AS cv, SUM(v) AS s, AVG(v) AS a, MIN(v) AS mn, MAX(v) AS mx FROM t;
SELECT g, COUNT(*) AS c FROM t GROUP BY g;
SELECT COUNT(*) AS c, SUM(v) AS s FROM t WHERE id > 100;
INSERT INTO t VALUES (1, 1, NULL, NULL, NULL), (2, 1, NULL, NULL, NULL), (3, 2, 4, 1.25, 'b'), (4, 2, 5, 2.50, 'a'),
  (5, 2, NULL, NULL, 'c'), (6, 3, -7, -0.01, '');
SELECT COUNT(*) AS c, COUNT(v) AS cv, SUM(v) AS s, AVG(v) AS a, MIN(v) AS mn, MAX(v) AS mx FROM t;
SELECT g, COUNT(v) AS cv, SUM(v) AS s, AVG(v) AS a, MIN(s) AS mn, MAX(s) AS mx FROM t GROUP BY g ORDER BY g;
SELECT g, SUM(d) AS sd, AVG(d) AS ad, MIN(d) AS mn FROM t GROUP BY g ORDER BY g;
SELECT SUM(v) / COUNT(v) AS manual, AVG(v) AS avg_v FROM t;
SELECT COALESCE(SUM(v), 0) AS s0, IFNULL(MAX(v), -1) AS m FROM t WHERE g = 1;
SELECT COUNT(*) AS c, MAX(id) AS m FROM t WHERE 1 = 0;
SELECT SUM(DISTINCT g) AS sd, COUNT(DISTINCT v) AS cd, AVG(DISTINCT g) AS ad FROM t;
SELECT MIN(s) AS mn, MAX(s) AS mx, COUNT(s) AS cs FROM t;
SELECT SUM(s) AS ss FROM t WHERE s <> '';
SELECT g FROM t GROUP BY g HAVING COUNT(v) = 0;
CREATE TABLE big (v BIGINT);
INSERT INTO big VALUES (9223372036854775807), (1);
SELECT SUM(v) AS s FROM big;
SELECT AVG(v) AS a FROM big;
