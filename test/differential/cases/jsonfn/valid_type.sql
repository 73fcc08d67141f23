-- JSON_VALID accepts any JSON text (scalars too) and never errors; JSON_TYPE names the type of a document.
CREATE DATABASE d;
USE d;
SELECT JSON_VALID('{}') AS a, JSON_VALID('[]') AS b, JSON_VALID('1') AS c, JSON_VALID('-1.5e3') AS d, JSON_VALID('"s"') AS e, JSON_VALID('null') AS f, JSON_VALID('true') AS g;
SELECT JSON_VALID('') AS a, JSON_VALID('{"a":}') AS b, JSON_VALID('[1,]') AS c, JSON_VALID('TRUE') AS d, JSON_VALID('01') AS e, JSON_VALID('  [1]  ') AS f, JSON_VALID(NULL) AS g;
SELECT JSON_VALID(1) AS a, JSON_VALID('{"a": 1, "a": 2}') AS b, JSON_VALID('{"a": "\\u00e9"}') AS c, JSON_VALID('[1] x') AS d;
SELECT JSON_TYPE('{"a": 1}') AS a, JSON_TYPE('[1]') AS b, JSON_TYPE('"x"') AS c, JSON_TYPE('12') AS d, JSON_TYPE('1.5') AS e, JSON_TYPE('-3') AS f, JSON_TYPE('true') AS g, JSON_TYPE('null') AS h;
SELECT JSON_TYPE(JSON_EXTRACT('{"a": [1, 2.0, "x", false, null, {}]}', '$.a[1]')) AS a, JSON_TYPE(JSON_EXTRACT('[1e2]', '$[0]')) AS b, JSON_TYPE(NULL) AS c;
SELECT JSON_TYPE('{bad');
SELECT JSON_TYPE('');
