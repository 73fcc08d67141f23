-- Correlated subqueries: in the SELECT list (running totals, ranks, latest row), in WHERE (above the group's average),
-- outer references from a nested subquery two levels down, and a correlated UPDATE and DELETE.
CREATE DATABASE d;
USE d;
CREATE TABLE o (id INT PRIMARY KEY, cust VARCHAR(5), amount INT);
INSERT INTO o VALUES (1, 'a', 10), (2, 'b', 5), (3, 'a', 30), (4, 'c', 7), (5, 'b', 5), (6, 'a', 20);
SELECT id, amount, (SELECT SUM(amount) FROM o AS i WHERE i.id <= o.id) AS running FROM o ORDER BY id;
SELECT id, (SELECT COUNT(*) FROM o AS i WHERE i.amount > o.amount) + 1 AS rnk FROM o ORDER BY rnk, id;
SELECT cust, id FROM o WHERE id = (SELECT MAX(id) FROM o AS i WHERE i.cust = o.cust) ORDER BY cust;
SELECT id FROM o WHERE amount > (SELECT AVG(amount) FROM o AS i WHERE i.cust = o.cust) ORDER BY id;
SELECT DISTINCT cust FROM o WHERE EXISTS (SELECT 1 FROM o AS i WHERE i.cust = o.cust AND i.id <> o.id) ORDER BY cust;
SELECT id FROM o WHERE EXISTS (SELECT 1 FROM o AS m WHERE m.cust = o.cust
  AND EXISTS (SELECT 1 FROM o AS n WHERE n.amount = m.amount AND n.id <> m.id AND n.cust <> o.cust)) ORDER BY id;
SELECT cust, (SELECT GROUP_CONCAT(id ORDER BY id) FROM o AS i WHERE i.cust = c.cust) AS ids
FROM (SELECT DISTINCT cust FROM o) AS c ORDER BY cust;
CREATE TABLE totals (cust VARCHAR(5) PRIMARY KEY, total INT);
INSERT INTO totals VALUES ('a', 0), ('b', 0), ('c', 0), ('d', 0);
UPDATE totals SET total = (SELECT SUM(amount) FROM o WHERE o.cust = totals.cust);
SELECT ROW_COUNT() AS changed;
SELECT * FROM totals ORDER BY cust;
DELETE FROM totals WHERE NOT EXISTS (SELECT 1 FROM o WHERE o.cust = totals.cust);
SELECT ROW_COUNT() AS deleted;
SELECT * FROM totals ORDER BY cust;
UPDATE o SET amount = 0 WHERE amount < (SELECT MAX(amount) FROM o);
