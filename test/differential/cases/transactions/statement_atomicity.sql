-- A failing multi-row statement inside a transaction undoes only itself.
-- rules: H2
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, v INT NOT NULL);
START TRANSACTION;
INSERT INTO t VALUES (1, 1);
INSERT INTO t VALUES (2, 2), (3, NULL), (4, 4);
INSERT INTO t VALUES (5, 5);
UPDATE t SET id = id + 1;
UPDATE t SET id = 10 - id;
SELECT * FROM t ORDER BY id;
COMMIT;
SELECT * FROM t ORDER BY id;
UPDATE t SET v = v * 100 WHERE id > 4;
SELECT * FROM t ORDER BY id;
