-- REPLACE: ROW_COUNT() is 1 for a plain insert and 2 when a row was deleted first (more when the new row collides
-- with several rows through different unique keys); the AUTO_INCREMENT id of a replaced row is new unless given;
-- columns not listed take their defaults, not the old values.
CREATE DATABASE d;
USE d;
CREATE TABLE r (id INT AUTO_INCREMENT PRIMARY KEY, k INT UNIQUE, note VARCHAR(5) DEFAULT 'dflt', n INT NOT NULL DEFAULT 0);
REPLACE INTO r (k, note, n) VALUES (1, 'one', 1);
SELECT ROW_COUNT() AS rc, LAST_INSERT_ID() AS li;
REPLACE INTO r (k, n) VALUES (1, 2);
SELECT ROW_COUNT() AS rc, LAST_INSERT_ID() AS li;
SELECT id, k, note, n FROM r ORDER BY id;
REPLACE INTO r (id, k, note) VALUES (2, 1, 'same');
SELECT ROW_COUNT() AS rc;
INSERT INTO r (k, note) VALUES (2, 'two'), (3, 'three');
REPLACE INTO r (id, k, note) VALUES (3, 2, 'both');
SELECT ROW_COUNT() AS rc;
SELECT id, k, note, n FROM r ORDER BY id;
REPLACE INTO r (k, note) VALUES (7, 'a'), (7, 'b'), (8, 'c');
SELECT ROW_COUNT() AS rc;
SELECT id, k, note FROM r ORDER BY id;
REPLACE INTO r SET k = 8, note = 'set';
SELECT ROW_COUNT() AS rc;
REPLACE INTO r (k, n) VALUES (9, NULL);
REPLACE INTO r (k, note) SELECT k + 100, note FROM r WHERE k < 3;
SELECT ROW_COUNT() AS rc;
SELECT id, k, note FROM r ORDER BY id;
