-- Comparisons of DATE/DATETIME/TIME values with strings and numbers: the string is read as a date (F1), including relaxed forms and BETWEEN, IN, GREATEST.
-- rules: F1
CREATE DATABASE t_compare_dates;
USE t_compare_dates;
CREATE TABLE t (id INT PRIMARY KEY, d DATE, dt DATETIME, tm TIME);
INSERT INTO t VALUES (1, '2024-01-05', '2024-01-05 10:00:00', '10:00:00'), (2, '2024-02-29', '2024-02-29 00:00:00', '-01:00:00'), (3, '2023-12-31', '2023-12-31 23:59:59', '100:00:00');
SELECT id FROM t WHERE d = '2024-01-05' ORDER BY id;
SELECT id FROM t WHERE d = '2024-1-5' ORDER BY id;
SELECT id FROM t WHERE d = 20240105 ORDER BY id;
SELECT id FROM t WHERE d < '2024-02-01' ORDER BY id;
SELECT id FROM t WHERE dt = '2024-02-29' ORDER BY id;
SELECT id FROM t WHERE d = dt ORDER BY id;
SELECT id FROM t WHERE d BETWEEN '2024-01-01' AND '2024-02-28' ORDER BY id;
SELECT id FROM t WHERE d IN ('2024-02-29', '2023-12-31') ORDER BY id;
SELECT id FROM t WHERE tm > '09:00:00' ORDER BY id;
SELECT id FROM t WHERE tm < 0 ORDER BY id;
SELECT id FROM t WHERE dt > '2024-01-05 09:59:59.5' ORDER BY id;
SELECT MAX(d) AS max_d, MIN(dt) AS min_dt, MAX(tm) AS max_tm FROM t;
SELECT CAST('2024-01-05' AS DATE) = '2024-01-05 00:00:00' AS date_vs_dt_string, CAST('2024-01-05' AS DATE) < '2024-01-05 00:00:01' AS date_lt;
SELECT '2024-01-05' = '2024-1-5' AS strings_compare_as_strings, CAST('2024-01-05' AS DATE) = '2024-1-5' AS date_reads_string;
SELECT id FROM t WHERE d = 'not a date' ORDER BY id;
SHOW WARNINGS;
