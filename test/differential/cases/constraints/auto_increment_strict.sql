-- AUTO_INCREMENT in strict mode: NULL and 0 generate a value (unless NO_AUTO_VALUE_ON_ZERO), explicit values move the
-- counter only upward, negative ids are stored, a failed row still consumes its value, UPDATE of the id does not move
-- the counter, the counter survives DELETE, and a column reaching its type's maximum fails (1062 or 167).
CREATE DATABASE d;
USE d;
CREATE TABLE a (id INT AUTO_INCREMENT PRIMARY KEY, v VARCHAR(5) NOT NULL);
INSERT INTO a (id, v) VALUES (NULL, 'n'), (0, 'z');
SELECT LAST_INSERT_ID() AS li;
INSERT INTO a (id, v) VALUES (10, 'ten'), (NULL, 'next');
SELECT LAST_INSERT_ID() AS li;
INSERT INTO a (id, v) VALUES (5, 'five'), (NULL, 'after5');
INSERT INTO a (id, v) VALUES (-3, 'neg'), (NULL, 'afterneg');
SELECT id, v FROM a ORDER BY id;
INSERT INTO a (v) VALUES ('ok'), (NULL);
INSERT INTO a (v) VALUES ('next');
SELECT id, v FROM a ORDER BY id DESC LIMIT 2;
UPDATE a SET id = 100 WHERE v = 'next' AND id < 100;
INSERT INTO a (v) VALUES ('upd');
SELECT id, v FROM a ORDER BY id DESC LIMIT 3;
DELETE FROM a WHERE id >= 100;
INSERT INTO a (v) VALUES ('del');
SELECT id, v FROM a ORDER BY id DESC LIMIT 1;
SET sql_mode = CONCAT(@@sql_mode, ',NO_AUTO_VALUE_ON_ZERO');
INSERT INTO a (id, v) VALUES (0, 'zero');
SELECT id, v FROM a WHERE v = 'zero';
SET sql_mode = 'STRICT_TRANS_TABLES';
CREATE TABLE tiny (id TINYINT AUTO_INCREMENT PRIMARY KEY, v INT);
INSERT INTO tiny (id, v) VALUES (126, 1);
INSERT INTO tiny (v) VALUES (2);
INSERT INTO tiny (v) VALUES (3);
SELECT id, v FROM tiny ORDER BY id;
CREATE TABLE un (id TINYINT UNSIGNED AUTO_INCREMENT PRIMARY KEY);
INSERT INTO un VALUES (255);
INSERT INTO un VALUES (NULL);
INSERT INTO un VALUES (256);
SELECT id FROM un;
