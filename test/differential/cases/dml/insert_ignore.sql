-- INSERT IGNORE: duplicate keys skipped with warning 1062, NULL into NOT NULL stored as the implicit default with
-- warning 1048, out-of-range and bad values clipped with warnings; ROW_COUNT() counts the rows really inserted, and
-- LAST_INSERT_ID() after skipped rows.
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, code VARCHAR(3) NOT NULL, n TINYINT NOT NULL DEFAULT 5, UNIQUE (code));
INSERT INTO t (code) VALUES ('a'), ('b');
SELECT ROW_COUNT() AS rc, LAST_INSERT_ID() AS li;
INSERT IGNORE INTO t (code) VALUES ('a'), ('c'), ('b'), ('d');
SELECT ROW_COUNT() AS rc, LAST_INSERT_ID() AS li;
SHOW WARNINGS;
INSERT IGNORE INTO t (code) VALUES ('a');
SELECT ROW_COUNT() AS rc, LAST_INSERT_ID() AS li;
INSERT IGNORE INTO t (code, n) VALUES (NULL, NULL);
SELECT ROW_COUNT() AS rc;
SHOW WARNINGS;
INSERT IGNORE INTO t (code, n) VALUES ('big', 1000), ('neg', -1000), ('toolong', 1);
SELECT ROW_COUNT() AS rc;
SHOW WARNINGS;
INSERT IGNORE INTO t (id, code) VALUES (1, 'zz');
SELECT ROW_COUNT() AS rc;
SELECT id, code, n FROM t ORDER BY id;
INSERT INTO t (code) VALUES ('a');
SELECT ROW_COUNT() AS rc;
INSERT IGNORE INTO t (code) SELECT code FROM t WHERE id < 3;
SELECT ROW_COUNT() AS rc;
INSERT IGNORE INTO t (code) SELECT CONCAT(code, 'x') FROM t WHERE id < 3;
SELECT ROW_COUNT() AS rc;
SELECT id, code FROM t WHERE code LIKE '%x' ORDER BY id;
