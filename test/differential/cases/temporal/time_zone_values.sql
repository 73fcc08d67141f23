-- SET time_zone: offsets within the accepted range, SYSTEM, and unknown zones (error 1298); @@time_zone reads back what was set.
SET timestamp = 1543000000;
SELECT @@time_zone AS default_zone;
SET time_zone = '+05:30';
SELECT @@time_zone AS z, NOW() AS n;
SET time_zone = '-12:00';
SELECT @@session.time_zone AS z, NOW() AS n;
SET time_zone = 'SYSTEM';
SELECT @@time_zone AS z, NOW() = UTC_TIMESTAMP() AS system_is_utc;
SET time_zone = 'nowhere';
SET time_zone = '+25:00';
SET time_zone = '5:00';
SELECT @@time_zone AS z, NOW() AS n;
