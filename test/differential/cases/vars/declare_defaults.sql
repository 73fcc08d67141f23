-- DECLARE ... DEFAULT takes any expression, evaluated at block entry, including earlier variables and parameters.
-- rules: A2
CREATE DATABASE d;
USE d;
CREATE TABLE t (n INT);
INSERT INTO t VALUES (4), (6);
DELIMITER $$
CREATE PROCEDURE p(x INT)
BEGIN
  DECLARE a INT DEFAULT x * 2;
  DECLARE b INT DEFAULT a + 1;
  DECLARE c VARCHAR(20) DEFAULT CONCAT('x=', x);
  DECLARE s INT DEFAULT (SELECT SUM(n) FROM t);
  DECLARE d DECIMAL(4,1) DEFAULT 1 / 3;
  SELECT a, b, c, s, d;
END$$
DELIMITER ;
CALL p(5);
CALL p(NULL);
