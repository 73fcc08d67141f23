-- DEFAULT CURRENT_TIMESTAMP and ON UPDATE CURRENT_TIMESTAMP take NOW() in the session time zone (@@time_zone), as
-- NOW() does, for TIMESTAMP and DATETIME columns alike; SET timestamp fixes the clock. An UPDATE that changes nothing
-- leaves the column alone. Only rows written in the zone they are read in are shown: a TIMESTAMP read back in another
-- zone is temporal/timestamp_zone_readback.
-- rules: F5
CREATE DATABASE tz_cur;
USE tz_cur;
CREATE TABLE t (
  id INT PRIMARY KEY,
  v INT,
  created TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
  changed TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  dt DATETIME(3) DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3)
);
SET timestamp = 1700000000.25;
SET time_zone = '+05:00';
SELECT NOW(3) AS now3, UTC_TIMESTAMP() AS utc, @@time_zone AS tz;
INSERT INTO t (id, v) VALUES (1, 1), (2, 1);
SELECT id, created, changed, dt, UNIX_TIMESTAMP(changed) AS u FROM t ORDER BY id;
SET timestamp = 1700003600;
UPDATE t SET v = 2 WHERE id = 1;
UPDATE t SET v = 1 WHERE id = 2;
SELECT id, created, changed, dt, UNIX_TIMESTAMP(changed) AS u FROM t ORDER BY id;
SET time_zone = '-03:30';
SET timestamp = 1700007200;
UPDATE t SET v = 3;
SELECT id, changed, dt, UNIX_TIMESTAMP(changed) AS u, NOW() AS now0 FROM t ORDER BY id;
INSERT INTO t (id, v) VALUES (3, 3);
SELECT id, created, changed, dt FROM t WHERE id = 3;
SET time_zone = '+5:00';
SELECT @@time_zone AS tz, NOW() AS now0;
SET time_zone = 'system';
SELECT @@time_zone AS tz, NOW() AS now0;
SET time_zone = '+14:01';
SET time_zone = '-14:00';
SET time_zone = '+05:60';
SET time_zone = 'Europe/Paris';
SELECT @@time_zone AS tz;
