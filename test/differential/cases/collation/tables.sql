-- Collation in table data: unique keys, WHERE, GROUP BY and DISTINCT treat case variants as equal.
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(20) UNIQUE);
INSERT INTO t VALUES (1, 'alice');
INSERT INTO t VALUES (2, 'ALICE');
INSERT INTO t VALUES (3, 'Álice');
INSERT INTO t VALUES (4, 'bob'), (5, 'bob ');
SELECT id FROM t WHERE name = 'ALICE';
SELECT id FROM t WHERE name = 'bob' ORDER BY id;
SELECT COUNT(*) FROM t WHERE name LIKE 'B%';
CREATE TABLE g (k VARCHAR(10));
INSERT INTO g VALUES ('x'), ('X'), ('y'), ('Y'), ('y');
SELECT COUNT(DISTINCT k) FROM g;
SELECT UPPER(k) AS k, COUNT(*) FROM g GROUP BY UPPER(k) ORDER BY 1;
