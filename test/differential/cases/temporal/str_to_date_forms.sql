-- STR_TO_DATE: dates, datetimes and times by format, names of months and days, AM/PM, fractions, and texts that do not fit (NULL with a warning).
SELECT STR_TO_DATE('01,5,2013', '%d,%m,%Y') AS a, STR_TO_DATE('May 1, 2013', '%M %d,%Y') AS b, STR_TO_DATE('Jan 02 2024', '%b %d %Y') AS c, STR_TO_DATE('24-02-29', '%y-%m-%d') AS d;
SELECT STR_TO_DATE('2024-02-29 13:05:09', '%Y-%m-%d %H:%i:%s') AS a, STR_TO_DATE('2024-02-29 01:05:09 PM', '%Y-%m-%d %h:%i:%s %p') AS b, STR_TO_DATE('12:00:00 AM', '%r') AS c, STR_TO_DATE('2024-02-29 13:05:09.5', '%Y-%m-%d %H:%i:%s.%f') AS d;
SELECT STR_TO_DATE('13:05:09', '%H:%i:%s') AS t, STR_TO_DATE('130509', '%H%i%s') AS t2, STR_TO_DATE('20240229', '%Y%m%d') AS d, STR_TO_DATE('29th February 2024', '%D %M %Y') AS dth;
SELECT STR_TO_DATE('2024-13-01', '%Y-%m-%d') AS month13, STR_TO_DATE('abc', '%Y') AS garbage, STR_TO_DATE(NULL, '%Y') AS n, STR_TO_DATE('2024', NULL) AS nf;
SELECT STR_TO_DATE('  2024-01-02', '%Y-%m-%d') AS leading_space, STR_TO_DATE('2024-01-02 extra', '%Y-%m-%d') AS trailing_text;
SHOW WARNINGS;
SELECT STR_TO_DATE('100%', '100%%') AS pct;
