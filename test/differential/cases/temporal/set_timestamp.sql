-- SET timestamp in its forms (integer, decimal with microseconds, DEFAULT, 0) fixes NOW() until reset; @@timestamp reads it back.
SET timestamp = 1543000000.123456;
SELECT NOW(6) AS n, @@timestamp AS ts, UNIX_TIMESTAMP() AS u, UNIX_TIMESTAMP(NOW(6)) AS u6;
SET timestamp = 1543000000;
SELECT NOW(6) AS n, @@timestamp AS ts;
SET @@session.timestamp = 1000000000.5;
SELECT NOW(3) AS n, @@timestamp AS ts;
SET timestamp = DEFAULT;
SELECT NOW(1) <> '2001-09-09 01:46:40.5' AS real_time_again;
SET timestamp = 1543000000;
SET timestamp = 0;
SELECT NOW() <> '2018-11-23 19:06:40' AS real_time_after_zero;
SET timestamp = 'abc';
