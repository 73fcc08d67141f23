-- The -> and ->> operators on a column holding JSON text: -> is JSON_EXTRACT, ->> also unquotes (JSON null becomes 'null').
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, doc TEXT);
INSERT INTO t VALUES (1, '{"name": "Ann", "tags": ["x", "y"], "age": 30}'), (2, '{"name": "Bob", "age": null}'), (3, '{}');
SELECT id, doc->>'$.name' AS name, doc->'$.age' AS age, doc->>'$.tags[0]' AS tag FROM t ORDER BY id;
SELECT id, doc->>'$.age' IS NULL AS no_age, JSON_TYPE(doc->'$.age') AS type FROM t ORDER BY id;
SELECT id, JSON_LENGTH(doc->'$.tags') AS n, doc->'$.tags[1]' AS second FROM t ORDER BY id;
DELIMITER $$
CREATE PROCEDURE p(IN k INT)
BEGIN
  DECLARE v VARCHAR(20);
  SELECT doc->>'$.age' INTO v FROM t WHERE id = k;
  SELECT k, v;
END$$
DELIMITER ;
CALL p(1);
CALL p(2);
