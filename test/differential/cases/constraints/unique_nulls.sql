-- UNIQUE keys: several NULLs are allowed, composite keys are unique only as a whole (a NULL part never collides),
-- case-insensitive duplicates under the default collation, trailing-space duplicates, UPDATE creating a duplicate
-- (1062, statement undone), and the key named in the message.
CREATE DATABASE d;
USE d;
CREATE TABLE u (id INT PRIMARY KEY, email VARCHAR(20), a INT, b INT, UNIQUE KEY uk_email (email), UNIQUE KEY uk_ab (a, b));
INSERT INTO u VALUES (1, NULL, NULL, NULL), (2, NULL, NULL, NULL), (3, 'x@y', 1, NULL), (4, 'p@q', 1, NULL);
SELECT COUNT(*) AS n FROM u;
INSERT INTO u VALUES (5, 'X@Y', 2, 2);
INSERT INTO u VALUES (5, 'x@y ', 2, 2);
INSERT INTO u VALUES (5, 'z@z', 1, 2), (6, 'w@w', 1, 3);
INSERT INTO u VALUES (7, 'v@v', 1, 2);
SELECT id, email, a, b FROM u ORDER BY id;
UPDATE u SET b = 2 WHERE id = 6;
UPDATE u SET email = 'same' WHERE id IN (3, 4);
SELECT id, email FROM u ORDER BY id;
UPDATE u SET a = 9 WHERE b IS NULL;
SELECT ROW_COUNT() AS rc;
SELECT id, a, b FROM u ORDER BY id;
UPDATE u SET email = NULL;
SELECT ROW_COUNT() AS rc;
INSERT INTO u VALUES (8, NULL, 1, 2);
INSERT INTO u (id, a, b) VALUES (8, 1, 3) ON DUPLICATE KEY UPDATE email = 'dup';
SELECT id, email, a, b FROM u WHERE email = 'dup';
CREATE TABLE v (id INT PRIMARY KEY, k INT UNIQUE);
INSERT INTO v VALUES (1, 1), (2, 2), (3, 3);
UPDATE v SET k = k + 1;
SELECT id, k FROM v ORDER BY id;
UPDATE v SET k = k + 1 ORDER BY k DESC;
SELECT ROW_COUNT() AS rc;
SELECT id, k FROM v ORDER BY id;
