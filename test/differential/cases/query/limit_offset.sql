-- LIMIT and OFFSET: both forms (LIMIT o, n and LIMIT n OFFSET o), LIMIT 0, offsets past the end, LIMIT in a
-- subquery's IN is refused (1235), and LIMIT with local variables and parameters inside a procedure.
CREATE DATABASE d;
-- rules: A2
USE d;
CREATE TABLE t (id INT PRIMARY KEY, v INT);
INSERT INTO t VALUES (1, 50), (2, 40), (3, 30), (4, 20), (5, 10), (6, 0);
SELECT id FROM t ORDER BY id LIMIT 2;
SELECT id FROM t ORDER BY id LIMIT 2, 3;
SELECT id FROM t ORDER BY id LIMIT 3 OFFSET 4;
SELECT id FROM t ORDER BY id LIMIT 0;
SELECT id FROM t ORDER BY id LIMIT 10 OFFSET 6;
SELECT id FROM t ORDER BY v LIMIT 1;
SELECT COUNT(*) AS n FROM (SELECT id FROM t ORDER BY id LIMIT 4) AS q;
SELECT id FROM t WHERE id IN (SELECT id FROM t ORDER BY v LIMIT 2);
DELIMITER $$
CREATE PROCEDURE page(IN size INT, IN pageno INT)
BEGIN
  DECLARE skip INT DEFAULT (pageno - 1) * size;
  SELECT id, v FROM t ORDER BY id LIMIT skip, size;
END$$
DELIMITER ;
CALL page(2, 1);
CALL page(2, 3);
CALL page(4, 2);
CALL page(0, 1);
