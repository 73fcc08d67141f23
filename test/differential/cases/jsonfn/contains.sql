-- JSON_CONTAINS: a scalar is contained in an equal scalar or an array holding it, an object in an object with those members; JSON_CONTAINS_PATH one/all.
CREATE DATABASE d;
USE d;
SET @doc = '{"a": 1, "b": [1, 2, {"c": 3}], "d": {"e": "x", "f": null}}';
SELECT JSON_CONTAINS(@doc, '1', '$.a') AS a, JSON_CONTAINS(@doc, '2', '$.b') AS b, JSON_CONTAINS(@doc, '[1, 2]', '$.b') AS c, JSON_CONTAINS(@doc, '[2, 9]', '$.b') AS d, JSON_CONTAINS(@doc, '{"c": 3}', '$.b') AS e;
SELECT JSON_CONTAINS(@doc, '{"e": "x"}', '$.d') AS a, JSON_CONTAINS(@doc, '{"a": 1}') AS b, JSON_CONTAINS(@doc, '{"a": 2}') AS c, JSON_CONTAINS(@doc, '"x"', '$.d.e') AS d, JSON_CONTAINS(@doc, 'null', '$.d.f') AS e, JSON_CONTAINS(@doc, '1', '$.zz') AS f;
SELECT JSON_CONTAINS('[1, [2, 3]]', '[3]') AS a, JSON_CONTAINS('[1, [2, 3]]', '3') AS b, JSON_CONTAINS('1', '1.0') AS c, JSON_CONTAINS('"a"', '"A"') AS d, JSON_CONTAINS('[]', '[]') AS e, JSON_CONTAINS(NULL, '1') AS f;
SELECT JSON_CONTAINS_PATH(@doc, 'one', '$.a', '$.zz') AS a, JSON_CONTAINS_PATH(@doc, 'all', '$.a', '$.zz') AS b, JSON_CONTAINS_PATH(@doc, 'ALL', '$.a', '$.b[2].c') AS c, JSON_CONTAINS_PATH(@doc, 'one', '$.b[*]') AS d, JSON_CONTAINS_PATH(@doc, 'one', '$**.c') AS e;
SELECT JSON_CONTAINS_PATH(@doc, 'some', '$.a');
SELECT JSON_CONTAINS(@doc, 'x');
SELECT JSON_CONTAINS(@doc, '1', '$.b[*]');
CREATE TABLE t (id INT PRIMARY KEY, tags TEXT);
INSERT INTO t VALUES (1, '["red", "blue"]'), (2, '["green"]'), (3, '[]');
SELECT id FROM t WHERE JSON_CONTAINS(tags, '"blue"') ORDER BY id;
SELECT id, JSON_CONTAINS(tags, '["red", "blue"]') AS both_tags FROM t ORDER BY id;
