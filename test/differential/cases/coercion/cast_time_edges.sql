-- CAST to TIME: days before the time ('1 02:00:00' is 26 hours), clipping to 838:59:59 with warning 1292, the time of a datetime string.
-- rules: F1
CREATE DATABASE d;
USE d;
SELECT CAST('1 02:00:00' AS TIME) AS a;
SELECT CAST('839:00:00' AS TIME) AS a;
SHOW WARNINGS;
SELECT CAST('2024-01-05 10:20:30' AS TIME) AS a;
SHOW WARNINGS;
