-- FLOAT typing: GREATEST/LEAST of FLOATs is a FLOAT (shown with FLOAT's digits), with a DOUBLE or an INT column a
-- DOUBLE; FLOAT(p) above 24 bits is a DOUBLE column, and information_schema (as SHOW CREATE TABLE) says so.
-- rules: F1
CREATE DATABASE d;
USE d;
CREATE TABLE t (f FLOAT, g FLOAT, d DOUBLE, i INT, p FLOAT(30), q FLOAT(10), r FLOAT(7,2));
INSERT INTO t VALUES (1.1, 2.2, 3.3, 4, 5.5, 6.6, 7.7);
SELECT GREATEST(f, g) AS gr, LEAST(f, g) AS le, GREATEST(f, g, NULL) AS grn, GREATEST(f, d) AS grd,
  GREATEST(f, i) AS gri, LEAST(g, f, q) AS lq, GREATEST(f, p) AS grp, IF(1, f, g) AS iff, IFNULL(f, g) AS ifn FROM t;
SELECT p, q, p + 0 AS p0, q + 0 AS q0 FROM t;
SELECT COLUMN_NAME, DATA_TYPE, COLUMN_TYPE FROM information_schema.COLUMNS
  WHERE TABLE_SCHEMA = 'd' AND TABLE_NAME = 't' AND DATA_TYPE IN ('float', 'double') ORDER BY ORDINAL_POSITION;
