-- Inside a stored function or trigger NOW() is the calling statement's start time, even after SLEEP inside it; SYSDATE() is not.
CREATE DATABASE t_now_in_function;
USE t_now_in_function;
DELIMITER //
CREATE FUNCTION f() RETURNS INT
BEGIN
  DECLARE a DATETIME(6);
  DECLARE b DATETIME(6);
  SET a = NOW(6);
  DO SLEEP(0.05);
  SET b = NOW(6);
  RETURN a = b;
END//
CREATE FUNCTION g() RETURNS INT
BEGIN
  DECLARE a DATETIME(6);
  DECLARE b DATETIME(6);
  SET a = SYSDATE(6);
  DO SLEEP(0.05);
  SET b = SYSDATE(6);
  RETURN b > a;
END//
CREATE FUNCTION stamp() RETURNS DATETIME(6)
BEGIN
  DO SLEEP(0.02);
  RETURN NOW(6);
END//
DELIMITER ;
SELECT f() AS now_fixed_in_function, g() AS sysdate_moves_in_function;
SELECT NOW(6) = stamp() AS function_sees_statement_time;
CREATE TABLE t (id INT PRIMARY KEY, a DATETIME(6), b DATETIME(6));
DELIMITER //
CREATE TRIGGER bi BEFORE INSERT ON t FOR EACH ROW
BEGIN
  SET NEW.a = NOW(6);
  DO SLEEP(0.02);
  SET NEW.b = NOW(6);
END//
DELIMITER ;
INSERT INTO t (id) VALUES (1), (2);
SELECT COUNT(DISTINCT a) AS a_values, COUNT(DISTINCT b) AS b_values, SUM(a = b) AS equal_rows FROM t;
