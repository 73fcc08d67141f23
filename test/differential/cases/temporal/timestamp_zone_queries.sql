-- Queries read a TIMESTAMP column in the session time zone (datetime.html): WHERE compares the shown text, ORDER BY
-- follows the instants (a DATETIME column beside it keeps its text), INSERT ... SELECT into a DATETIME copies the
-- shown text, UPDATE ... SET ts = ts + INTERVAL works on the shown value, JOIN ... USING merges the shown values,
-- and ON UPDATE CURRENT_TIMESTAMP stores the instant of SET timestamp.
-- rules: F1
CREATE DATABASE tz_q;
USE tz_q;
CREATE TABLE t (id INT PRIMARY KEY, ts TIMESTAMP NULL, dt DATETIME NULL);
CREATE TABLE copy (id INT PRIMARY KEY, dt DATETIME NULL);
SET time_zone = '+05:00';
INSERT INTO t VALUES (1, '2024-01-01 12:00:00', '2024-01-01 12:00:00');
SET time_zone = '-03:00';
INSERT INTO t VALUES (2, '2024-01-01 05:00:00', '2024-01-01 05:00:00');
SET time_zone = '+00:00';
INSERT INTO t VALUES (3, '2024-01-01 07:30:00', '2024-01-01 07:30:00');
SELECT id, ts, dt FROM t ORDER BY ts, id;
SELECT id, ts FROM t ORDER BY dt DESC;
SELECT id FROM t WHERE ts = '2024-01-01 07:00:00';
SELECT id FROM t WHERE ts < dt ORDER BY id;
SET time_zone = '+10:00';
SELECT id, ts FROM t WHERE ts BETWEEN '2024-01-01 17:00:00' AND '2024-01-01 17:59:59' ORDER BY id;
SELECT MIN(ts) AS lo, MAX(ts) AS hi FROM t;
INSERT INTO copy SELECT id, ts FROM t;
SET time_zone = '+00:00';
SELECT id, dt FROM copy ORDER BY id;
UPDATE t SET ts = ts + INTERVAL 1 DAY WHERE id = 1;
SELECT id, ts FROM t WHERE id = 1;
SELECT a.id, b.id AS other FROM t a JOIN t b USING (ts) ORDER BY a.id;
SELECT id, DATE_FORMAT(ts, '%H:%i') AS hm, CAST(ts AS CHAR) AS txt FROM (SELECT id, ts FROM t) d ORDER BY id;
CREATE TABLE auto (id INT PRIMARY KEY, v INT, changed TIMESTAMP NULL ON UPDATE CURRENT_TIMESTAMP);
INSERT INTO auto VALUES (1, 0, NULL);
SET time_zone = '+05:00';
SET timestamp = 1700000000;
UPDATE auto SET v = 1;
SET timestamp = DEFAULT;
SELECT changed FROM auto;
SET time_zone = '+00:00';
SELECT changed, UNIX_TIMESTAMP(changed) AS u FROM auto;
