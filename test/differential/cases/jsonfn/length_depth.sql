-- JSON_LENGTH counts array cells or object members (1 for a scalar), optionally at a path; JSON_DEPTH is the nesting depth.
CREATE DATABASE d;
USE d;
SELECT JSON_LENGTH('[]') AS a, JSON_LENGTH('{}') AS b, JSON_LENGTH('[1, [2, 3], {"a": 4}]') AS c, JSON_LENGTH('"abc"') AS d, JSON_LENGTH('null') AS e, JSON_LENGTH(NULL) AS f;
SELECT JSON_LENGTH('{"a": [1, 2, 3], "b": {"c": 1}}', '$.a') AS a, JSON_LENGTH('{"a": [1, 2, 3], "b": {"c": 1}}', '$.b') AS b, JSON_LENGTH('{"a": 1}', '$.zz') AS c, JSON_LENGTH('[[1, 2]]', '$[0]') AS d;
SELECT JSON_DEPTH('1') AS a, JSON_DEPTH('[]') AS b, JSON_DEPTH('{}') AS c, JSON_DEPTH('[1]') AS d, JSON_DEPTH('[[1]]') AS e, JSON_DEPTH('{"a": {"b": [1]}}') AS f, JSON_DEPTH('[{}, []]') AS g, JSON_DEPTH(NULL) AS h;
SELECT JSON_LENGTH('[1, 2');
SELECT JSON_LENGTH('[1]', '$[*]');
SELECT JSON_DEPTH('x');
DELIMITER $$
CREATE PROCEDURE walk(IN doc TEXT)
BEGIN
  DECLARE i INT DEFAULT 0;
  DECLARE total INT DEFAULT 0;
  WHILE i < JSON_LENGTH(doc) DO
    SET total = total + JSON_EXTRACT(doc, CONCAT('$[', i, ']'));
    SET i = i + 1;
  END WHILE;
  SELECT JSON_LENGTH(doc) AS n, total;
END$$
DELIMITER ;
CALL walk('[5, 10, 20]');
CALL walk('[]');
