-- Subqueries inside stored programs: local variables and parameters in subqueries beat columns of the same name
-- (A4), SELECT ... INTO from a subquery (no row leaves the variables unchanged with warning 1329, several rows is
-- 1172), scalar subqueries in SET, IF and RETURN, and a handler for 1242.
-- rules: A4 G4 B1 B3
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, v INT);
INSERT INTO t VALUES (1, 10), (2, 20), (3, 30);
DELIMITER $$
CREATE PROCEDURE shadow(IN v INT)
BEGIN
  SELECT id FROM t WHERE v = (SELECT MAX(v) FROM t) ORDER BY id;
  SELECT id FROM t WHERE id IN (SELECT id FROM t WHERE t.v > v) ORDER BY id;
END$$
CREATE PROCEDURE into_vars(IN lim INT)
BEGIN
  DECLARE a INT DEFAULT -1;
  DECLARE b INT DEFAULT -2;
  SELECT id, v INTO a, b FROM t WHERE id = (SELECT MIN(id) FROM t WHERE v > lim);
  SELECT a, b;
END$$
CREATE FUNCTION above(x INT) RETURNS INT
BEGIN
  IF (SELECT COUNT(*) FROM t WHERE v > x) = 0 THEN
    RETURN NULL;
  END IF;
  RETURN (SELECT MIN(v) FROM t WHERE v > x);
END$$
CREATE PROCEDURE many()
BEGIN
  DECLARE r INT DEFAULT 0;
  DECLARE CONTINUE HANDLER FOR 1242 SET r = -1;
  SET r = (SELECT v FROM t);
  SELECT r;
  SELECT id INTO r FROM t WHERE v > (SELECT MIN(v) FROM t);
  SELECT r;
END$$
DELIMITER ;
CALL shadow(20);
CALL shadow(NULL);
CALL into_vars(15);
CALL into_vars(100);
SHOW WARNINGS;
SELECT above(5) AS a5, above(20) AS a20, above(30) AS a30;
CALL many();
