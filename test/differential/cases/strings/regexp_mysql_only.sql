-- MySQL 8's regular expressions where MariaDB differs: REGEXP_LIKE, the position/occurrence/match_type arguments, NULL
-- for no REGEXP_SUBSTR match, $n in replacements, error numbers for bad patterns, the empty pattern.
-- rules: F2 F3
CREATE DATABASE d; USE d;
SELECT REGEXP_LIKE('CamelCase', 'CAMELCASE') AS l1;
SELECT REGEXP_LIKE('CamelCase', 'CAMELCASE', 'c') AS l2;
SELECT REGEXP_INSTR('dog cat dog', 'dog', 2) AS i1;
SELECT REGEXP_INSTR('aa aaa aaaa', 'a{3}', 1, 2) AS i2;
SELECT REGEXP_INSTR('aa aaa aaaa', 'a{4}', 1, 1, 1) AS i3;
SELECT REGEXP_SUBSTR('abc def ghi', '[a-z]+', 1, 3) AS s1;
SELECT REGEXP_SUBSTR('abc', 'z') AS s2;
SELECT REGEXP_REPLACE('abc def ghi', '[a-z]+', 'X', 1, 3) AS r1;
SELECT REGEXP_REPLACE('abc', '(b)', '[$1]') AS r2;
SELECT 'x' REGEXP '(' AS e1;
SELECT 'abc' REGEXP '' AS e2;
