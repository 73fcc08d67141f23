-- Error 1690 names the overflowing expression with qualified column names: '(`db`.`t`.`b` + 1)' in MySQL 8.
-- rules: F5
CREATE DATABASE num_ovc;
USE num_ovc;
CREATE TABLE t (b BIGINT, u BIGINT UNSIGNED, i INT, v INT UNSIGNED, e DECIMAL(65,0));
INSERT INTO t VALUES (9223372036854775807, 0, 3, 5, 99999999999999999999999999999999999999999999999999999999999999999);
SELECT b + 1 AS o FROM t;
SELECT u - 1 AS o FROM t;
SELECT i - v AS o FROM t;
SELECT v - 10 AS o FROM t;
SELECT e * e AS o FROM t;
SELECT b - 1 AS ok, u + 1 AS ok2 FROM t;
