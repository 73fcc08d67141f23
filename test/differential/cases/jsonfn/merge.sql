-- JSON_MERGE_PRESERVE concatenates arrays and unites objects; JSON_MERGE_PATCH follows RFC 7396 (null deletes a member).
CREATE DATABASE d;
USE d;
SELECT JSON_MERGE_PRESERVE('[1, 2]', '[3]') AS a, JSON_MERGE_PRESERVE('{"a": 1}', '{"b": 2}') AS b, JSON_MERGE_PRESERVE('{"a": 1}', '{"a": 2}') AS c, JSON_MERGE_PRESERVE('1', '2') AS d, JSON_MERGE_PRESERVE('[1]', '{"a": 1}') AS e;
SELECT JSON_MERGE_PRESERVE('{"a": [1]}', '{"a": {"b": 2}}') AS a, JSON_MERGE_PRESERVE('{"a": 1}', '[2]', '"x"') AS b, JSON_MERGE_PRESERVE('[]', '{}') AS c, JSON_MERGE_PRESERVE(NULL, '[1]') AS d;
SELECT JSON_MERGE_PATCH('{"a": 1, "b": 2}', '{"b": null, "c": 3}') AS a, JSON_MERGE_PATCH('{"a": {"x": 1}}', '{"a": {"y": 2}}') AS b, JSON_MERGE_PATCH('[1, 2]', '[3]') AS c, JSON_MERGE_PATCH('{"a": 1}', '5') AS d, JSON_MERGE_PATCH('1', '{"a": {"b": null}}') AS e;
SELECT JSON_MERGE_PATCH('{"a": 1}', '{"a": 2}', '{"a": null, "b": 1}') AS a, JSON_MERGE_PATCH('{}', '{}') AS b, JSON_MERGE_PATCH('{"a": 1}', NULL) AS c, JSON_MERGE_PATCH(NULL, '[1]') AS d;
SELECT JSON_MERGE_PATCH('{"a": 1', '{}');
SELECT JSON_MERGE_PRESERVE('[1]', 'x');
