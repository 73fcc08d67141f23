-- SUBSTRING and friends: positions from 1, 0 gives '', negative counts from the end.
SELECT SUBSTRING('hello', 2), SUBSTRING('hello', 2, 3), SUBSTRING('hello', 0), SUBSTRING('hello', -3), SUBSTRING('hello', -3, 2);
SELECT SUBSTRING('hello', 10), SUBSTRING('hello', 2, 0), SUBSTRING('hello', 2, -1), SUBSTRING('hello', 1, 100);
SELECT SUBSTRING('hello' FROM 2), SUBSTRING('hello' FROM 2 FOR 2), SUBSTR('hello', 3), MID('hello', 2, 2);
SELECT SUBSTRING(NULL, 1), SUBSTRING('abc', NULL), SUBSTRING('abc', 1, NULL);
SELECT SUBSTRING('héllo wörld', 2, 4), SUBSTRING('日本語テキスト', 3, 2), SUBSTRING('😀a😀b', 2, 2) AS emoji;
SELECT SUBSTRING(12345, 2, 3), SUBSTRING('abc', '2'), SUBSTRING('abcdef', 2.5), SUBSTRING('abcdef', 1.4, 2.6);
SELECT LEFT('hello', 2), RIGHT('hello', 2), LEFT('hello', 0), RIGHT('hello', -1), LEFT('hi', 10), LEFT(NULL, 1);
SELECT SUBSTRING_INDEX('a,b,c', ',', 2), SUBSTRING_INDEX('a,b,c', ',', -1), SUBSTRING_INDEX('a,b,c', ',', 0), SUBSTRING_INDEX('a,b,c', ';', 1);
SELECT SUBSTRING_INDEX('www.mysql.com', '.', -2), SUBSTRING_INDEX('aXbxc', 'x', 1), SUBSTRING_INDEX(NULL, ',', 1);
