-- TIMESTAMP's range is checked on the instant (1970-01-01 00:00:01 .. 2038-01-19 03:14:07 UTC): under '+05:00'
-- '1970-01-01 05:00:00' is the epoch itself and refused (1292 in strict mode, the zero timestamp with warning 1264
-- otherwise), '2038-01-19 08:14:07' is the last instant. A duplicate key shows the TIMESTAMP in the session zone.
-- rules: F5
CREATE DATABASE tz_rg;
USE tz_rg;
CREATE TABLE t (id INT PRIMARY KEY, ts TIMESTAMP NULL);
SET time_zone = '+05:00';
INSERT INTO t VALUES (1, '1970-01-01 05:00:00');
INSERT INTO t VALUES (2, '1970-01-01 05:00:01');
INSERT INTO t VALUES (3, '2038-01-19 08:14:07');
INSERT INTO t VALUES (4, '2038-01-19 08:14:08');
SET sql_mode = '';
INSERT INTO t VALUES (5, '2038-01-19 08:14:08');
SHOW WARNINGS;
INSERT INTO t VALUES (6, '1970-01-01 04:59:59');
SHOW WARNINGS;
SET time_zone = '-05:00';
INSERT INTO t VALUES (7, '1970-01-01 00:00:00');
SHOW WARNINGS;
SELECT id, ts, UNIX_TIMESTAMP(ts) AS u FROM t ORDER BY id;
SET time_zone = '+00:00';
SELECT id, ts FROM t ORDER BY id;
SET sql_mode = DEFAULT;
CREATE TABLE u (ts TIMESTAMP NOT NULL PRIMARY KEY);
SET time_zone = '+05:00';
INSERT INTO u VALUES ('2024-01-01 12:00:00');
SET time_zone = '+00:00';
INSERT INTO u VALUES ('2024-01-01 07:00:00');
