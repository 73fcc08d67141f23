-- UPDATE and DELETE with ORDER BY and LIMIT: which rows are touched, ROW_COUNT() of changed (not matched) rows,
-- LIMIT 0, an UPDATE that moves the ORDER BY key, a duplicate key in the middle of an ordered UPDATE (the statement
-- is undone), and ROW_COUNT() of a SELECT (-1) and of DDL (0).
CREATE DATABASE d;
USE d;
CREATE TABLE q (id INT PRIMARY KEY, prio INT, state VARCHAR(5));
INSERT INTO q VALUES (1, 3, 'new'), (2, 1, 'new'), (3, 2, 'new'), (4, 1, 'done'), (5, 5, 'new'), (6, 2, 'new');
UPDATE q SET state = 'run' WHERE state = 'new' ORDER BY prio, id LIMIT 2;
SELECT ROW_COUNT() AS rc;
SELECT id, prio, state FROM q ORDER BY id;
UPDATE q SET state = 'run' WHERE state IN ('new', 'run') ORDER BY prio DESC, id LIMIT 3;
SELECT ROW_COUNT() AS rc;
UPDATE q SET prio = prio + 10 ORDER BY prio DESC LIMIT 0;
SELECT ROW_COUNT() AS rc;
UPDATE q SET prio = prio * 2 ORDER BY prio DESC, id;
SELECT ROW_COUNT() AS rc;
SELECT id, prio, state FROM q ORDER BY id;
UPDATE q SET id = id + 1 ORDER BY id DESC;
SELECT ROW_COUNT() AS rc;
SELECT id FROM q ORDER BY id;
UPDATE q SET id = id - 1 ORDER BY id DESC;
SELECT ROW_COUNT() AS rc;
SELECT id FROM q ORDER BY id;
DELETE FROM q WHERE state = 'run' ORDER BY prio DESC, id LIMIT 2;
SELECT ROW_COUNT() AS rc;
SELECT id, prio, state FROM q ORDER BY id;
DELETE FROM q ORDER BY id LIMIT 1;
SELECT ROW_COUNT() AS rc;
SELECT COUNT(*) AS n FROM q;
SELECT ROW_COUNT() AS after_select;
CREATE TABLE z (a INT);
SELECT ROW_COUNT() AS after_ddl;
DELETE FROM q WHERE id > 100;
SELECT ROW_COUNT() AS none_deleted;
DELETE FROM q ORDER BY nope LIMIT 1;
