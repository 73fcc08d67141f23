-- JSON_EXTRACT path forms: members, array cells, quoted keys, missing paths (NULL), several paths (an array of matches).
CREATE DATABASE d;
USE d;
SET @j = '{"a": 1, "b": [10, 20, {"c": "x"}], "d e": true, "n": null, "o": {"p": {"q": 2.5}}}';
SELECT JSON_EXTRACT(@j, '$.a') AS a, JSON_EXTRACT(@j, '$.b[1]') AS b, JSON_EXTRACT(@j, '$.b[2].c') AS c, JSON_EXTRACT(@j, '$."d e"') AS d, JSON_EXTRACT(@j, '$.o.p.q') AS e;
SELECT JSON_EXTRACT(@j, '$.zz') AS a, JSON_EXTRACT(@j, '$.b[9]') AS b, JSON_EXTRACT(@j, '$.n') AS c, JSON_EXTRACT(@j, '$.a.b') AS d, JSON_EXTRACT(NULL, '$.a') AS e, JSON_EXTRACT(@j, NULL) AS f;
SELECT JSON_EXTRACT(@j, '$') = JSON_EXTRACT(@j, '$') AS a, JSON_EXTRACT('[1, [2, [3]]]', '$[1][1][0]') AS b, JSON_EXTRACT('"str"', '$') AS c, JSON_EXTRACT('7', '$') AS d;
SELECT JSON_EXTRACT(@j, '$.a', '$.zz') AS a, JSON_EXTRACT(@j, '$.zz', '$.yy') AS b;
SELECT JSON_EXTRACT('{"a": 1}', 'a');
SELECT JSON_EXTRACT('{"a": 1', '$.a');
SELECT JSON_UNQUOTE(JSON_EXTRACT(@j, '$.b[2].c')) AS a, JSON_EXTRACT(@j, '$.b[0]') + 1 AS b, JSON_EXTRACT(@j, '$.o.p.q') * 2 AS c;
