-- Temporal values in numeric and string context: NOW()+0, CURDATE()+0, CURTIME()+0 with and without fractions, CAST to integers, CONCAT and arithmetic with numbers.
SET timestamp = 1543000000.123456e0;
SET time_zone = '+00:00';
SELECT NOW() + 0 AS n0, NOW(3) + 0 AS n3, CURDATE() + 0 AS d0, CURTIME() + 0 AS t0, CURTIME(6) + 0 AS t6, UTC_DATE() + 0 AS u0;
SELECT CAST(NOW() AS SIGNED) AS s, CAST(CURDATE() AS UNSIGNED) AS u, CAST(CURTIME() AS SIGNED) AS t;
SELECT CURDATE() + 1 AS d_plus_1, CURDATE() - 1 AS d_minus_1, NOW() * 1 AS n_times_1, CURTIME() / 100 AS t_div;
SELECT CONCAT(CURDATE(), '|', CURTIME(), '|', NOW(2)) AS joined, LENGTH(NOW(6)) AS len6, CHAR_LENGTH(CURDATE()) AS len_d;
SELECT CAST('2024-02-29' AS DATE) + 0 AS cd, CAST('2024-02-29 01:02:03.5' AS DATETIME(1)) + 0 AS cdt, CAST('-01:02:03' AS TIME) + 0 AS ct;
SELECT FROM_DAYS(739310) + 0 AS fd, MAKEDATE(2024, 60) + 0 AS md, SEC_TO_TIME(3661) + 0 AS st, LAST_DAY('2024-02-01') + 0 AS ld;
