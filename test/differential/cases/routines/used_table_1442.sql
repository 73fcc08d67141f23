-- A stored function or trigger may not modify a table that the statement invoking it is reading or writing (1442),
-- though it may read it and write other tables.
-- rules: G3
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, v INT);
CREATE TABLE other (n INT);
INSERT INTO t VALUES (1, 10), (2, 20);
DELIMITER $$
CREATE FUNCTION bump_t() RETURNS INT DETERMINISTIC BEGIN UPDATE t SET v = v + 1; RETURN 1; END$$
CREATE FUNCTION note_other(x INT) RETURNS INT DETERMINISTIC BEGIN INSERT INTO other VALUES (x); RETURN x; END$$
CREATE FUNCTION count_t() RETURNS INT DETERMINISTIC RETURN (SELECT COUNT(*) FROM t)$$
CREATE TRIGGER t_bu BEFORE UPDATE ON t FOR EACH ROW INSERT INTO t VALUES (NEW.id + 100, 0)$$
DELIMITER ;
SELECT bump_t();
SELECT id, bump_t() FROM t;
SELECT id, note_other(id) AS n FROM t ORDER BY id;
SELECT * FROM other ORDER BY n;
INSERT INTO t VALUES (3, count_t());
INSERT INTO t VALUES (4, bump_t());
UPDATE t SET v = note_other(v) WHERE id = 1;
DELETE FROM other;
UPDATE t SET v = count_t() WHERE id = 2;
SELECT * FROM t ORDER BY id;
SELECT * FROM other;
