-- String literals and concatenation.
SELECT 'abc', "double", 'it''s', 'a\nb', 'tab\there', 'back\\slash', '';
SELECT 'abc' 'def', CONCAT('a', 'b', 'c'), CONCAT('a', NULL), CONCAT(1, 2.5, 'x');
SELECT CONCAT();
SELECT CONCAT_WS(',', 'a', 'b', NULL, 'c'), CONCAT_WS(NULL, 'a', 'b'), CONCAT_WS('', 'x', 'y');
SELECT LENGTH('héllo'), CHAR_LENGTH('héllo'), CHARACTER_LENGTH('abc'), OCTET_LENGTH('é'), LENGTH(''), LENGTH(NULL);
SELECT UPPER('abc'), LOWER('ÀBC'), UCASE('x'), LCASE('Y'), UPPER(NULL);
SELECT 'a' = 'a', 'abc' LIKE 'a%', 'abc' LIKE 'a_c', 'abc' LIKE 'A%', 'a%c' LIKE 'a\%c', 'abc' NOT LIKE '%d';
SELECT 'a_c' LIKE 'a|_c' ESCAPE '|', 'abc' LIKE '%', '' LIKE '%', NULL LIKE 'a', 'a' LIKE NULL;
SELECT 123 LIKE '1%', 1.5 LIKE '1._';
