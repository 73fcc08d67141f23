-- ROUND and TRUNCATE of a DECIMAL to a constant number of places have that many decimals as their type, so IF,
-- COALESCE and CASE around them pad (or do not pad) the other branches accordingly.
-- rules: F5
CREATE DATABASE d; USE d;
SET @v1 = 7;
SELECT CASE WHEN 0.5 THEN ROUND(0.5, 0) WHEN @v1 THEN 0 END AS c1, CASE WHEN 0.5 THEN ROUND(0.5, 0) WHEN 1 THEN 0 END AS c2, IF(1, ROUND(0.5, 0), @v1) AS c4, CASE WHEN 1 THEN 1.0 ELSE @v1 END AS c5;
SELECT IF(1, ROUND(2.345, 2), 7) AS a, IF(1, ROUND(2.345, 1), 1.25) AS b, COALESCE(TRUNCATE(2.345, 1), 1) AS c, CASE WHEN 1 THEN ROUND(5.55, -1) ELSE 2 END AS d, IF(1, ROUND(2.5), 0) AS e;
