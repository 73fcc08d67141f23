-- JSON_SET adds or replaces, JSON_INSERT only adds, JSON_REPLACE only replaces, JSON_REMOVE deletes; JSON_KEYS lists members.
CREATE DATABASE d;
USE d;
SET @j = '{"a": 1, "b": [10, 20]}';
SELECT JSON_SET(@j, '$.a', 2) AS a, JSON_SET(@j, '$.c', 'x') AS b, JSON_SET(@j, '$.b[1]', 25) AS c, JSON_SET(@j, '$.b[5]', 30) AS d, JSON_SET(@j, '$.z.y', 1) AS e;
SELECT JSON_INSERT(@j, '$.a', 2) AS a, JSON_INSERT(@j, '$.c', 3) AS b, JSON_INSERT(@j, '$.b[2]', 30) AS c, JSON_REPLACE(@j, '$.a', 2) AS d, JSON_REPLACE(@j, '$.c', 3) AS e;
SELECT JSON_SET(@j, '$.a', 5, '$.a', 6) AS a, JSON_SET(@j, '$.d', NULL) AS b, JSON_SET(@j, '$.s', '[1]') AS c, JSON_SET(@j, '$.o', JSON_OBJECT('k', 1)) AS d, JSON_SET('1', '$[1]', 2) AS e;
SELECT JSON_REMOVE(@j, '$.a') AS a, JSON_REMOVE(@j, '$.b[0]') AS b, JSON_REMOVE(@j, '$.zz') AS c, JSON_REMOVE(@j, '$.b[0]', '$.b[0]') AS d, JSON_REMOVE(@j, '$.b[last]') AS e;
SELECT JSON_KEYS(@j) AS a, JSON_KEYS('{"b": 1, "a": {"c": 2}}', '$.a') AS b, JSON_KEYS('[1]') AS c, JSON_KEYS('{}') AS d, JSON_KEYS(NULL) AS e, JSON_SET(NULL, '$.a', 1) AS f, JSON_SET(@j, NULL, 1) AS g;
SELECT JSON_SET(@j, '$.a');
SELECT JSON_SET(@j, '$.b[*]', 1);
SELECT JSON_REMOVE(@j, '$');
SELECT JSON_INSERT('[1', '$[0]', 1);
DELIMITER $$
CREATE PROCEDURE counters()
BEGIN
  DECLARE doc VARCHAR(200) DEFAULT '{}';
  DECLARE i INT DEFAULT 0;
  WHILE i < 5 DO
    SET doc = JSON_SET(doc, CONCAT('$.k', i MOD 2), IFNULL(JSON_EXTRACT(doc, CONCAT('$.k', i MOD 2)), 0) + i);
    SET i = i + 1;
  END WHILE;
  SELECT doc, JSON_KEYS(doc) AS ks;
END$$
DELIMITER ;
CALL counters();
