-- SUM and AVG over integers, DECIMAL and DOUBLE columns: SUM of integers is DECIMAL, AVG adds 4 decimals to the
-- argument's scale, DOUBLE sums stay DOUBLE; empty input and all-NULL input give NULL.
CREATE DATABASE num_agg;
USE num_agg;
CREATE TABLE t (i INT, d DECIMAL(6,2), f DOUBLE, g INT);
INSERT INTO t VALUES (1, 1.10, 0.1, 1), (2, 2.20, 0.2, 1), (4, 3.35, 0.3, 2), (NULL, NULL, NULL, 2);
SELECT SUM(i) AS si, AVG(i) AS ai, SUM(d) AS sd, AVG(d) AS ad, SUM(f) AS sf, AVG(f) AS af FROM t;
SELECT g, SUM(i) AS si, AVG(d) AS ad, SUM(f) AS sf, MIN(d) AS mn, MAX(f) AS mx FROM t GROUP BY g ORDER BY g;
SELECT SUM(i) AS si, AVG(d) AS ad FROM t WHERE i > 100;
SELECT SUM(i) / COUNT(i) AS manual_avg, SUM(d) * 2 AS sd2 FROM t;
CREATE TABLE b (v BIGINT);
INSERT INTO b VALUES (9223372036854775807), (9223372036854775807);
SELECT SUM(v) AS s, AVG(v) AS a FROM b;
