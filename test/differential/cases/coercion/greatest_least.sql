-- GREATEST/LEAST compare under the aggregated type: all strings as strings (also in numeric context), ints as ints, decimals exactly.
-- rules: F1 F2
CREATE DATABASE d;
USE d;
SELECT GREATEST(1, 2, 3) AS a, LEAST(1, 2, 3) AS b, GREATEST(1, 2.5) AS c, LEAST(1.50, 2) AS d, GREATEST(1, 2e0) AS e, LEAST(-1, 0) AS f;
SELECT GREATEST('10', '9') AS a, LEAST('apple', 'Banana') AS c, GREATEST('a', 'A') AS d, LEAST('b', 'A', 'c') AS e;
SELECT GREATEST(1, NULL) AS a, LEAST(NULL, 'a') AS b, GREATEST(NULL, NULL) AS c;
SELECT GREATEST(18446744073709551615, 1) AS c, LEAST(-9223372036854775808, 0) AS d;
SELECT GREATEST(1, 2) + 0 AS a, LEAST('3', '20') + 0 AS b, - GREATEST('5', '40') AS c, LEAST(2.25, 1.5) * 2 AS d;
CREATE TABLE t (id INT PRIMARY KEY, a INT, b VARCHAR(5), c DECIMAL(5,2));
INSERT INTO t VALUES (1, 5, '10', 7.25), (2, 20, '3', 1.50), (3, NULL, 'z', 0);
SELECT id, GREATEST(a, c), GREATEST(b, 'm'), LEAST(b, 'm') FROM t ORDER BY id;
