-- A TIMESTAMP column is stored in UTC and shown in the session time zone (datetime.html): a value written under
-- '+05:00' reads back five hours earlier under '+00:00'; a DATETIME column keeps its text. UNIX_TIMESTAMP of the
-- TIMESTAMP is the same instant in every zone.
-- rules: F5
CREATE DATABASE tz_rb;
USE tz_rb;
CREATE TABLE t (id INT PRIMARY KEY, ts TIMESTAMP NULL, dt DATETIME NULL);
SET time_zone = '+05:00';
INSERT INTO t VALUES (1, '2024-01-01 12:00:00', '2024-01-01 12:00:00');
SELECT id, ts, dt, UNIX_TIMESTAMP(ts) AS u FROM t;
SET time_zone = '+00:00';
SELECT id, ts, dt, UNIX_TIMESTAMP(ts) AS u FROM t;
SET time_zone = '-03:30';
SELECT id, ts, dt, UNIX_TIMESTAMP(ts) AS u FROM t;
