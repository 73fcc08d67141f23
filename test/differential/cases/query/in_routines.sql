-- SELECT inside a procedure: a parameter named like a column wins (WHERE b = b is always true), SELECT INTO,
-- a scalar subquery reading a parameter, a cursor over ORDER BY, FOUND_ROWS after the cursor, IF on a subquery,
-- LIMIT with a local variable.
CREATE DATABASE q;
USE q;
CREATE TABLE t1 (id INT PRIMARY KEY, a VARCHAR(10), b INT);
INSERT INTO t1 VALUES (3, 'x', 1), (1, 'Y', 2), (2, 'a', NULL), (4, 'b', 2);
DELIMITER //
CREATE PROCEDURE p(IN b INT)
BEGIN
  DECLARE n INT DEFAULT 0;
  DECLARE s VARCHAR(100) DEFAULT '';
  DECLARE v VARCHAR(10);
  DECLARE done INT DEFAULT 0;
  DECLARE c CURSOR FOR SELECT a FROM t1 WHERE id >= b ORDER BY a;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;
  SELECT COUNT(*) INTO n FROM t1 WHERE b = b;
  SELECT n, (SELECT MAX(id) FROM t1 WHERE id < b) AS m;
  OPEN c;
  l: LOOP
    FETCH c INTO v;
    IF done THEN LEAVE l; END IF;
    SET s = CONCAT(s, v);
  END LOOP;
  CLOSE c;
  SELECT s, FOUND_ROWS();
  IF (SELECT COUNT(*) FROM t1 WHERE id = b) > 0 THEN SELECT 'has' AS r; END IF;
  SELECT a FROM t1 WHERE id = b LIMIT n;
END//
DELIMITER ;
CALL p(2);
