-- Each operand converted to a number warns once: BETWEEN's operand, each GREATEST/LEAST argument, every constant of an IN list.
-- rules: F1
CREATE DATABASE d;
USE d;
SELECT '3x' BETWEEN 1 AND 5 AS a;
SHOW WARNINGS;
SELECT 'abc' BETWEEN 0 AND 1 AS b;
SHOW WARNINGS;
SELECT LEAST(5e0, 'abc') AS c;
SHOW WARNINGS;
SELECT 0 IN ('a', 'b') AS d;
SHOW WARNINGS;
