-- JSON_ARRAY_APPEND appends to the array at a path (wrapping a scalar); JSON_ARRAY_INSERT inserts before an array cell.
CREATE DATABASE d;
USE d;
SET @j = '{"a": [1, 2], "b": 5, "c": {"d": []}}';
SELECT JSON_ARRAY_APPEND(@j, '$.a', 3) AS a, JSON_ARRAY_APPEND(@j, '$.b', 6) AS b, JSON_ARRAY_APPEND(@j, '$.c.d', 'x') AS c, JSON_ARRAY_APPEND(@j, '$.zz', 1) AS d, JSON_ARRAY_APPEND(@j, '$.a', 3, '$.a', 4) AS e;
SELECT JSON_ARRAY_APPEND('[1]', '$', JSON_ARRAY(2)) AS a, JSON_ARRAY_APPEND(@j, '$.a[0]', 0) AS b, JSON_ARRAY_APPEND(NULL, '$', 1) AS c, JSON_ARRAY_APPEND(@j, '$.a', NULL) AS d;
SELECT JSON_ARRAY_INSERT(@j, '$.a[0]', 0) AS a, JSON_ARRAY_INSERT(@j, '$.a[1]', 'm') AS b, JSON_ARRAY_INSERT(@j, '$.a[9]', 9) AS c, JSON_ARRAY_INSERT(@j, '$.b[0]', 1) AS d, JSON_ARRAY_INSERT('[1, 2]', '$[0]', 'x', '$[2]', 'y') AS e;
SELECT JSON_ARRAY_INSERT(@j, '$.a', 1);
SELECT JSON_ARRAY_APPEND(@j, '$.*', 1);
SELECT JSON_ARRAY_APPEND(@j, '$.a');
