-- SELECT ... INTO local and user variables.
-- rules: G4
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(10), score DECIMAL(5,2));
INSERT INTO t VALUES (1, 'ann', 12.5), (2, 'bob', NULL), (3, 'cy', 99.99);
DELIMITER $$
CREATE PROCEDURE p(k INT)
BEGIN
  DECLARE n VARCHAR(10) DEFAULT 'unset';
  DECLARE s DECIMAL(5,2) DEFAULT -1;
  SELECT name, score INTO n, s FROM t WHERE id = k;
  SELECT k, n, s;
END$$
DELIMITER ;
CALL p(1);
CALL p(2);
CALL p(9);
SELECT name, score INTO @n, @s FROM t WHERE id = 3;
SELECT @n, @s;
SELECT COUNT(*), MAX(score) INTO @c, @m FROM t;
SELECT @c, @m;
SELECT name INTO @a, @b FROM t WHERE id = 1;
