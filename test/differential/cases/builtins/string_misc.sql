-- More string builtins.
SELECT CONCAT('Total: ', 3 + 4), CONCAT(1.50, ''), CONCAT(0.1 + 0.2), CONCAT(NULL, NULL), CONCAT('', '');
SELECT LENGTH(CONCAT_WS('-', 'a', 'b')), CONCAT_WS(',', NULL, NULL), CONCAT_WS(',', '', ''), CONCAT_WS(1, 2, 3);
SELECT LOWER(NULL), UPPER(123), LENGTH(123.45), CHAR_LENGTH(-12), REVERSE(12.5);
SELECT STRCMP('', ''), STRCMP(' ', ''), FIELD('a', 'A', 'a'), FIND_IN_SET('', 'a,,b'), FIND_IN_SET('a', '');
SELECT SUBSTRING_INDEX('a.b.c.d', '.', 3), SUBSTRING_INDEX('a.b', '.', -5), SUBSTRING_INDEX('abcabc', 'bc', 2), SUBSTRING_INDEX('', '.', 1);
SELECT REPLACE('aaa', 'aa', 'b'), REPLACE('abc', 'abc', ''), REPLACE('', 'a', 'b'), REPLACE('ab', 'B', 'x');
SELECT LPAD('abc', 5, '12345'), RPAD('abc', 7, 'xy'), LPAD('', 3, 'z'), RPAD('abc', 1, 'x');
