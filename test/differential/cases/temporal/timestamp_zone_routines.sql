-- A TIMESTAMP field keeps its instant wherever it lives (datetime.html): a column read through NEW/OLD in a
-- trigger that changes @@time_zone, a local variable, an OUT parameter and a function's return field all show the
-- stored instant in the zone current when they are read; a DATETIME variable takes the text it read. A cursor keeps
-- a TIMESTAMP column as an instant from OPEN to FETCH, as its temporary table does.
-- rules: A5 H1
CREATE DATABASE tz_rt;
USE tz_rt;
CREATE TABLE t (id INT PRIMARY KEY, ts TIMESTAMP NULL, dt DATETIME NULL);
CREATE TABLE log (n INT PRIMARY KEY, what VARCHAR(20), v VARCHAR(30));
DELIMITER //
CREATE TRIGGER t_bu BEFORE UPDATE ON t FOR EACH ROW
BEGIN
  INSERT INTO log VALUES (1, 'old.ts +05', OLD.ts);
  SET time_zone = '+00:00';
  INSERT INTO log VALUES (2, 'old.ts +00', OLD.ts);
  SET NEW.dt = OLD.ts;
  SET NEW.ts = NEW.ts + INTERVAL 1 HOUR;
  INSERT INTO log VALUES (3, 'new.ts +00', NEW.ts);
END//
CREATE PROCEDURE p_var(OUT o TIMESTAMP)
BEGIN
  DECLARE v TIMESTAMP DEFAULT '2024-06-01 10:00:00';
  DECLARE d DATETIME;
  SET time_zone = '+02:00';
  SET d = v;
  SET o = v;
  SELECT v AS v_plus2, d AS d_plus2;
  SET time_zone = '+00:00';
  SELECT v AS v_utc, d AS d_utc;
END//
CREATE FUNCTION f_ts(s VARCHAR(30)) RETURNS TIMESTAMP
BEGIN
  RETURN s;
END//
CREATE PROCEDURE p_cursor()
BEGIN
  DECLARE done INT DEFAULT 0;
  DECLARE c_ts DATETIME;
  DECLARE c_id INT;
  DECLARE cur CURSOR FOR SELECT id, ts FROM t ORDER BY id;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;
  OPEN cur;
  FETCH cur INTO c_id, c_ts;
  SET time_zone = '+00:00';
  SELECT c_id, c_ts AS fetched_in_plus5;
  CLOSE cur;
END//
CREATE PROCEDURE p_cursor_zone()
BEGIN
  DECLARE c_ts DATETIME;
  DECLARE c_plus DATETIME;
  DECLARE cur CURSOR FOR SELECT ts, ts + INTERVAL 0 SECOND FROM t ORDER BY id;
  SET time_zone = '+05:00';
  OPEN cur;
  SET time_zone = '+00:00';
  FETCH cur INTO c_ts, c_plus;
  SELECT c_ts AS fetched_in_utc, c_plus AS expression_kept;
  CLOSE cur;
END//
DELIMITER ;
SET time_zone = '+05:00';
INSERT INTO t VALUES (1, '2024-01-01 12:00:00', NULL);
UPDATE t SET id = 2 WHERE id = 1;
SELECT @@time_zone AS zone_after_trigger;
SELECT n, what, v FROM log ORDER BY n;
SELECT id, ts, dt FROM t;
SET time_zone = '+05:00';
SELECT id, ts, dt FROM t;
SET time_zone = '-01:00';
CALL p_var(@o);
SELECT @o AS out_param, @@time_zone AS zone;
SET time_zone = '+05:00';
SELECT f_ts('2024-03-03 03:03:03') AS f_plus5, UNIX_TIMESTAMP(f_ts('2024-03-03 03:03:03')) AS f_unix;
SET time_zone = '+05:00';
CALL p_cursor();
CALL p_cursor_zone();
