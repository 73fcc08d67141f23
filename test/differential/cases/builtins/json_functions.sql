-- JSON functions whose output is the same on MySQL 8 and MariaDB.
SELECT JSON_VALID('{"a": 1}'), JSON_VALID('{a: 1}'), JSON_VALID('[1, 2'), JSON_VALID(NULL), JSON_VALID('"x"');
SELECT JSON_EXTRACT('{"a": {"b": [10, 20]}}', '$.a.b[1]'), JSON_EXTRACT('{"a": 1}', '$.z'), JSON_EXTRACT('[1, 2, 3]', '$[0]');
SELECT JSON_UNQUOTE(JSON_EXTRACT('{"s": "text"}', '$.s')), JSON_UNQUOTE('"a\\tb"'), JSON_QUOTE('say "hi"');
SELECT JSON_LENGTH('[1, 2, 3]'), JSON_LENGTH('{"a": 1, "b": 2}'), JSON_LENGTH('1'), JSON_DEPTH('[[1]]'), JSON_DEPTH('1');
SELECT JSON_TYPE('1'), JSON_TYPE('"s"'), JSON_TYPE('[1]'), JSON_TYPE('{}'), JSON_TYPE('null'), JSON_TYPE('true');
SELECT JSON_ARRAY(1, 'a', NULL), JSON_OBJECT('k', 1), JSON_ARRAY(), JSON_OBJECT();
SELECT JSON_CONTAINS('[1, 2, 3]', '2'), JSON_CONTAINS('{"a": 1}', '1', '$.a'), JSON_CONTAINS_PATH('{"a": 1}', 'one', '$.a', '$.b');
