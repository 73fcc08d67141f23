-- UTC_DATE, UTC_TIME and UTC_TIMESTAMP against the session time zone.
SET timestamp = 1543000000.123456e0;
SET time_zone = '+00:00';
SELECT UTC_DATE() AS a, UTC_TIMESTAMP() AS c, UTC_TIMESTAMP(6) AS e;
SELECT UTC_TIME() AS a, UTC_TIME(3) AS c;
SELECT UTC_TIMESTAMP() = NOW() AS same;
SET time_zone = '+05:30';
SELECT NOW() AS local_now, UTC_TIMESTAMP() AS utc_now, CURTIME() AS local_t, UTC_TIME() AS utc_t;
SELECT TIMESTAMPDIFF(MINUTE, UTC_TIMESTAMP(), NOW()) AS offset_minutes;
SET time_zone = '-10:00';
SELECT NOW() AS local_now, CURDATE() AS local_d, UTC_DATE() AS utc_d;
SELECT UNIX_TIMESTAMP() AS u, UNIX_TIMESTAMP('2018-11-23 09:06:40') AS u_local;
SET time_zone = '+13:00';
SELECT CURDATE() AS d, UTC_DATE() AS u, NOW() AS n;
SET time_zone = '+00:00';
SELECT NOW() AS back;
