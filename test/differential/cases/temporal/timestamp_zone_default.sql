-- A TIMESTAMP column's literal default is an instant fixed by the time zone of CREATE TABLE (the default row is
-- stored like any row): inserted and shown by SHOW CREATE TABLE in the session zone of each later statement. A
-- default the column refuses (not a date, outside the range after conversion, a zero date under NO_ZERO_DATE) is
-- 1067 whatever the sql_mode. The number 0 is the zero date when NO_ZERO_DATE is off. DEFAULT and DEFAULT(ts) in
-- INSERT and UPDATE take the same instant.
-- rules: F5
CREATE DATABASE tz_df;
USE tz_df;
SET time_zone = '+05:00';
CREATE TABLE t (id INT PRIMARY KEY, ts TIMESTAMP NULL DEFAULT '2024-01-01 12:00:00', ts2 TIMESTAMP(2) NOT NULL DEFAULT 20240101120000);
SET time_zone = '+00:00';
INSERT INTO t (id) VALUES (1);
SELECT id, ts, ts2 FROM t;
SHOW CREATE TABLE t;
SET time_zone = '+05:00';
INSERT INTO t (id) VALUES (2);
SELECT id, ts, ts2, UNIX_TIMESTAMP(ts) AS u FROM t ORDER BY id;
SHOW CREATE TABLE t;
CREATE TABLE bad1 (ts TIMESTAMP DEFAULT 'abc');
CREATE TABLE bad2 (ts TIMESTAMP DEFAULT '1970-01-01 05:00:00');
CREATE TABLE bad3 (ts TIMESTAMP DEFAULT 0);
SET sql_mode = '';
CREATE TABLE bad4 (ts TIMESTAMP DEFAULT '2038-01-19 08:14:08');
CREATE TABLE z (id INT PRIMARY KEY, ts TIMESTAMP NOT NULL DEFAULT 0, d DATETIME NULL);
INSERT INTO z (id, d) VALUES (1, 0);
SHOW WARNINGS;
SET sql_mode = 'STRICT_TRANS_TABLES';
INSERT INTO z (id, d) VALUES (2, 0);
SELECT id, ts, d FROM z ORDER BY id;
SET sql_mode = DEFAULT;
SET time_zone = '+05:00';
CREATE TABLE f (id INT PRIMARY KEY, ts TIMESTAMP(2) NULL DEFAULT '2024-01-01 12:00:00.5', v INT);
SET time_zone = '+00:00';
INSERT INTO f VALUES (1, NULL, 0);
UPDATE f SET ts = DEFAULT;
INSERT INTO f VALUES (2, DEFAULT(ts), 0);
INSERT INTO f SET id = 3, ts = DEFAULT;
SELECT id, ts, v FROM f ORDER BY id;
