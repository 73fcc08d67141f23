-- JSON_UNQUOTE decodes escapes of a JSON string and leaves other text alone; JSON_QUOTE makes a JSON string literal.
CREATE DATABASE d;
USE d;
SELECT JSON_UNQUOTE('"abc"') AS a, JSON_UNQUOTE('abc') AS b, JSON_UNQUOTE('"a\\"b"') AS c, JSON_UNQUOTE('"\\u00e9t\\u00e9"') AS d, JSON_UNQUOTE('"line\\nnext"') AS e, JSON_UNQUOTE(NULL) AS f;
SELECT JSON_UNQUOTE('"') AS a, JSON_UNQUOTE('""') AS b, JSON_UNQUOTE('[1, 2]') AS c, JSON_UNQUOTE('  "x"  ') AS d;
SELECT JSON_QUOTE('abc') AS a, JSON_QUOTE('a"b') AS b, JSON_QUOTE('back\\slash') AS c, JSON_QUOTE('tab\there') AS d, JSON_QUOTE('') AS e, JSON_QUOTE(NULL) AS f;
SELECT JSON_QUOTE('é') AS a, JSON_QUOTE('[1]') AS b, JSON_UNQUOTE(JSON_QUOTE('x"y\\z')) AS c, LENGTH(JSON_QUOTE('a"b')) AS d;
