-- INSERT ... ON DUPLICATE KEY UPDATE: VALUES(col) refers to the row that would have been inserted, ROW_COUNT() is
-- 1 per insert, 2 per update that changes the row and 0 per update that changes nothing; assignments see columns
-- already updated; a duplicate on a second unique key; LAST_INSERT_ID with LAST_INSERT_ID(expr).
CREATE DATABASE d;
USE d;
CREATE TABLE c (id INT AUTO_INCREMENT PRIMARY KEY, k VARCHAR(5) NOT NULL UNIQUE, hits INT NOT NULL DEFAULT 0, last INT);
INSERT INTO c (k, hits, last) VALUES ('a', 1, 1) ON DUPLICATE KEY UPDATE hits = hits + VALUES(hits), last = VALUES(last);
SELECT ROW_COUNT() AS rc, LAST_INSERT_ID() AS li;
INSERT INTO c (k, hits, last) VALUES ('a', 5, 2) ON DUPLICATE KEY UPDATE hits = hits + VALUES(hits), last = VALUES(last);
SELECT ROW_COUNT() AS rc, LAST_INSERT_ID() AS li;
INSERT INTO c (k, hits, last) VALUES ('a', 0, 2) ON DUPLICATE KEY UPDATE hits = hits + VALUES(hits), last = VALUES(last);
SELECT ROW_COUNT() AS rc;
INSERT INTO c (k, hits, last) VALUES ('a', 1, 3), ('b', 1, 3), ('a', 1, 4)
  ON DUPLICATE KEY UPDATE hits = hits + VALUES(hits), last = VALUES(last);
SELECT ROW_COUNT() AS rc, LAST_INSERT_ID() AS li;
SELECT id, k, hits, last FROM c ORDER BY id;
INSERT INTO c (k, hits) VALUES ('b', 10) ON DUPLICATE KEY UPDATE last = hits, hits = VALUES(hits) + last;
SELECT id, k, hits, last FROM c WHERE k = 'b';
INSERT INTO c (id, k) VALUES (1, 'b') ON DUPLICATE KEY UPDATE hits = -1;
SELECT ROW_COUNT() AS rc;
SELECT id, k, hits, last FROM c ORDER BY id;
INSERT INTO c (k) VALUES ('a') ON DUPLICATE KEY UPDATE id = LAST_INSERT_ID(id);
SELECT LAST_INSERT_ID() AS li, ROW_COUNT() AS rc;
INSERT INTO c (k) VALUES ('a') ON DUPLICATE KEY UPDATE k = 'b';
INSERT INTO c (k, hits) VALUES ('z', NULL) ON DUPLICATE KEY UPDATE hits = 0;
INSERT INTO c (k) VALUES ('a') ON DUPLICATE KEY UPDATE hits = NULL;
