-- A JSON column holds parsed documents: JSON functions read it directly, and text that is not JSON is rejected.
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, doc JSON);
INSERT INTO t VALUES (1, '{"age": 30, "name": "Ann", "tags": ["x", "y"]}'), (2, '[1, 2.5, "three", null, true]'), (3, '"text"');
SELECT id, JSON_TYPE(doc) AS type, JSON_LENGTH(doc) AS len, JSON_DEPTH(doc) AS depth, JSON_VALID(doc) AS valid FROM t ORDER BY id;
SELECT id, JSON_EXTRACT(doc, '$.name') AS name, JSON_EXTRACT(doc, '$[1]') AS second, JSON_UNQUOTE(JSON_EXTRACT(doc, '$')) AS whole FROM t ORDER BY id;
SELECT id FROM t WHERE JSON_CONTAINS(doc, '"x"', '$.tags') ORDER BY id;
SELECT JSON_TYPE(JSON_EXTRACT(doc, '$[1]')) AS t2, JSON_TYPE(JSON_EXTRACT(doc, '$[0]')) AS t1 FROM t WHERE id = 2;
INSERT INTO t VALUES (4, 'not json');
SELECT COUNT(*) AS n FROM t;
