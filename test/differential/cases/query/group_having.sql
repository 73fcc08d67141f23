-- GROUP BY with HAVING: conditions on aggregates, on aliases and on grouped columns, HAVING without matches,
-- grouping by expressions and positions, NULL as its own group, COUNT(DISTINCT).
CREATE DATABASE d;
USE d;
CREATE TABLE s (id INT PRIMARY KEY, region VARCHAR(10), amount INT, qty INT);
INSERT INTO s VALUES (1, 'north', 10, 1), (2, 'north', 20, NULL), (3, 'south', 5, 2), (4, NULL, 7, 3),
  (5, 'south', NULL, 4), (6, 'east', 100, 1), (7, NULL, 3, NULL), (8, 'North', 1, 1);
SELECT region, COUNT(*) AS n, SUM(amount) AS total FROM s GROUP BY region ORDER BY region;
SELECT region, SUM(amount) AS total FROM s GROUP BY region HAVING total > 10 ORDER BY region;
SELECT region, SUM(amount) AS total FROM s GROUP BY region HAVING SUM(amount) > 10 AND COUNT(*) > 1 ORDER BY region;
SELECT region, COUNT(qty) AS with_qty FROM s GROUP BY region HAVING region IS NULL OR region = 'south' ORDER BY region;
SELECT region FROM s GROUP BY region HAVING MAX(amount) > 1000;
SELECT amount > 6 AS big, COUNT(*) AS n FROM s GROUP BY amount > 6 ORDER BY big;
SELECT region, COUNT(*) AS n FROM s GROUP BY 1 ORDER BY 2 DESC, 1;
SELECT COUNT(DISTINCT region) AS regions, COUNT(region) AS named, COUNT(*) AS all_rows FROM s;
SELECT region, COUNT(DISTINCT qty) AS qtys FROM s GROUP BY region ORDER BY region;
SELECT LOWER(region) AS r, SUM(qty) AS q FROM s GROUP BY LOWER(region) ORDER BY r;
SELECT region, AVG(amount) AS av, MIN(qty) AS mn, MAX(qty) AS mx FROM s GROUP BY region ORDER BY region;
SELECT COUNT(*) AS n FROM s HAVING n > 100;
SELECT COUNT(*) AS n FROM s HAVING n > 1;
SELECT region, SUM(amount) FROM s GROUP BY 5;
SELECT region, SUM(amount) AS t FROM s GROUP BY region HAVING nope > 1;
