-- DISTINCT: on several columns, with NULLs (one NULL row kept), case-insensitive equality of the default collation,
-- numbers compared by value, with ORDER BY and LIMIT, and DISTINCT inside a procedure's cursor-free SELECT.
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, a VARCHAR(5), b INT, c DECIMAL(4,1));
INSERT INTO t VALUES (1, 'x', 1, 1.0), (2, 'X', 1, 1.0), (3, 'y', NULL, NULL), (4, 'y', NULL, NULL), (5, 'z', 2, 2.0),
  (6, NULL, 2, 2.0), (7, NULL, 2, 2.0), (8, 'x ', 1, 1.0);
SELECT DISTINCT b FROM t ORDER BY b;
SELECT DISTINCT b, c FROM t ORDER BY b, c;
SELECT COUNT(*) AS n FROM (SELECT DISTINCT LOWER(a) AS la FROM t) AS q;
SELECT DISTINCT a IS NULL AS isnull FROM t ORDER BY isnull;
SELECT DISTINCT b * 1.0 AS bb FROM t ORDER BY bb DESC;
SELECT DISTINCT b FROM t ORDER BY b DESC LIMIT 2;
SELECT DISTINCT b FROM t WHERE b IS NOT NULL ORDER BY b LIMIT 1 OFFSET 1;
SELECT DISTINCT c + 0 AS c0 FROM t WHERE c IS NOT NULL ORDER BY c0;
SELECT DISTINCT BINARY a AS ba FROM t WHERE a IS NOT NULL AND a <> 'x ' ORDER BY ba;
