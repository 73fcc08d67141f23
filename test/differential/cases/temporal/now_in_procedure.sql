-- In a stored procedure each statement gets its own start time (MySQL's reset_start_time_for_sp): NOW() moves after SLEEP between statements, but not within one statement.
CREATE DATABASE t_now_in_procedure;
USE t_now_in_procedure;
CREATE TABLE log (step INT PRIMARY KEY, at DATETIME(6));
DELIMITER //
CREATE PROCEDURE p()
BEGIN
  DECLARE a DATETIME(6);
  DECLARE b DATETIME(6);
  DECLARE c DATETIME(6);
  DECLARE s INT;
  SET a = NOW(6);
  DO SLEEP(0.05);
  SET b = NOW(6);
  DO SLEEP(0.05);
  SELECT NOW(6), SLEEP(0.05), NOW(6) INTO c, s, @later;
  INSERT INTO log VALUES (1, a), (2, b), (3, c), (4, @later);
  SELECT b > a AS moved_between_statements, c = @later AS fixed_within_statement,
         TIMESTAMPDIFF(MICROSECOND, a, b) >= 50000 AS slept_at_least_50ms;
END//
DELIMITER ;
CALL p();
SELECT COUNT(DISTINCT at) AS distinct_times FROM log;
SELECT (SELECT at FROM log WHERE step = 3) = (SELECT at FROM log WHERE step = 4) AS same_statement;
