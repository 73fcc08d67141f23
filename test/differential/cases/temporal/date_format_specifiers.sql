-- DATE_FORMAT with every specifier, on a morning and an evening datetime, a zero-ish date, a TIME-less date and unknown letters.
SELECT DATE_FORMAT('2024-02-29 13:05:09.012345', '%a|%b|%c|%D|%d|%e|%f|%H|%h|%I|%i|%j|%k|%l|%M|%m') AS pm_parts;
SELECT DATE_FORMAT('2024-02-29 13:05:09.012345', '%p|%r|%S|%s|%T|%U|%u|%V|%v|%W|%w|%X|%x|%Y|%y|%%') AS pm_more;
SELECT DATE_FORMAT('2001-01-01 00:00:00', '%a %D %e %h %I %k %l %p %r %U %u %V %v %X %x') AS midnight;
SELECT DATE_FORMAT('1999-12-31 12:59:59', '%h %I %l %p %r') AS noon_hour, DATE_FORMAT('2024-01-01', '%H:%i:%s.%f') AS no_time;
SELECT DATE_FORMAT('2024-03-01', '%D') AS d1, DATE_FORMAT('2024-03-02', '%D') AS d2, DATE_FORMAT('2024-03-03', '%D') AS d3, DATE_FORMAT('2024-03-11', '%D') AS d11, DATE_FORMAT('2024-03-12', '%D') AS d12, DATE_FORMAT('2024-03-13', '%D') AS d13, DATE_FORMAT('2024-03-21', '%D') AS d21, DATE_FORMAT('2024-03-22', '%D') AS d22, DATE_FORMAT('2024-03-23', '%D') AS d23, DATE_FORMAT('2024-03-31', '%D') AS d31;
SELECT DATE_FORMAT('2024-05-06', '%q %Q %z %Z %1 %') AS unknown_letters, DATE_FORMAT('2024-05-06', 'no specifiers') AS plain, DATE_FORMAT('2024-05-06', '') AS empty;
SELECT DATE_FORMAT('0001-01-01', '%Y %y %j %W') AS year_one, DATE_FORMAT('9999-12-31 23:59:59', '%Y %j %U %X %x') AS year_max;
SELECT DATE_FORMAT(CAST('2024-07-04 15:05:09.5' AS DATETIME(1)), '%f') AS frac1, DATE_FORMAT(20240704150509, '%Y-%m-%d %T') AS from_number, DATE_FORMAT('2024-07-04', NULL) AS null_fmt;
SELECT DATE_FORMAT('2024-13-45', '%Y') AS bad_date;
SHOW WARNINGS;
