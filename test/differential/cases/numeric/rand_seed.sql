-- RAND(seed) is MySQL's my_rnd generator seeded from the argument: the same seed gives the same value, and in a
-- SELECT over a table a constant seed is used once so the values advance per row, while a per-row seed re-seeds.
CREATE DATABASE num_rand;
USE num_rand;
SELECT RAND(1) AS r1, RAND(2) AS r2, RAND(0) AS r3, RAND(-1) AS r4, RAND(NULL) AS r5, RAND(4294967296) AS r6;
SELECT RAND(1) = RAND(1) AS same, RAND(1.4) = RAND(1) AS rounded, RAND('3') = RAND(3) AS str;
SELECT ROUND(RAND(7) * 100) AS pct, FLOOR(RAND(12345) * 6) + 1 AS die;
CREATE TABLE t (id INT PRIMARY KEY);
INSERT INTO t VALUES (1), (2), (3), (4);
SELECT id, RAND(1) AS r FROM t ORDER BY id;
SELECT id, RAND(id) AS r FROM t ORDER BY id;
SELECT id, RAND(1) AS a, RAND(1) AS b FROM t ORDER BY id;
