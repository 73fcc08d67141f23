-- DATE, DATETIME(n) and TIME locals and parameters in stored programs behave like typed columns (A5): strings convert, invalid values are 1292 under strict mode, fractions round.
-- rules: A5
CREATE DATABASE t_typed_locals;
USE t_typed_locals;
DELIMITER //
CREATE PROCEDURE p(IN s VARCHAR(40))
BEGIN
  DECLARE d DATE;
  DECLARE dt DATETIME(2);
  DECLARE tm TIME;
  SET d = s;
  SET dt = s;
  SET tm = s;
  SELECT d, dt, tm;
END//
CREATE FUNCTION next_day(x DATE) RETURNS DATE
  RETURN x + INTERVAL 1 DAY//
CREATE FUNCTION as_time(x VARCHAR(20)) RETURNS TIME
  RETURN x//
DELIMITER ;
CALL p('2024-02-29 13:14:15.678');
CALL p('2024-02-30');
CALL p('garbage');
SELECT next_day('2024-02-28') AS a, next_day('2024-12-31 23:00:00') AS b, next_day(20240101) AS c;
SELECT next_day('2024-13-01') AS bad;
SELECT as_time('12:34:56.7') AS a, as_time('-838:59:59') AS b;
SELECT as_time('900:00:00') AS too_big;
DELIMITER //
CREATE PROCEDURE q()
BEGIN
  DECLARE d DATE DEFAULT '2024-01-31';
  DECLARE n INT DEFAULT 0;
  WHILE n < 3 DO
    SET d = d + INTERVAL 1 MONTH;
    SET n = n + 1;
  END WHILE;
  SELECT d AS after_three_months;
END//
DELIMITER ;
CALL q();
SET sql_mode = '';
DELIMITER //
CREATE PROCEDURE lax()
BEGIN
  DECLARE d DATE;
  SET d = '2024-02-30';
  SELECT d AS lax_d;
END//
DELIMITER ;
CALL lax();
