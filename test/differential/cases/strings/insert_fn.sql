-- INSERT(str, pos, len, newstr): positions out of range leave the string, NULL in every position, multibyte text.
-- rules: F4
CREATE DATABASE d; USE d;
SELECT INSERT('abcdef', 1, 2, 'XY') AS i1, INSERT('abcdef', 6, 1, 'Z') AS i2, INSERT('abcdef', 7, 1, 'Z') AS i3, INSERT('abcdef', 0, 1, 'Z') AS i4;
SELECT INSERT('abcdef', 2, -1, 'Z') AS l1, INSERT('abcdef', 2, 0, 'Z') AS l2, INSERT('abcdef', 2, 9223372036854775807, 'Z') AS l3, INSERT('abcdef', 3, 1, '') AS l4;
SELECT INSERT(NULL, 1, 1, 'x') AS n1, INSERT('abc', NULL, 1, 'x') AS n2, INSERT('abc', 1, NULL, 'x') AS n3, INSERT('abc', 1, 1, NULL) AS n4;
SELECT INSERT('中文字符', 2, 2, 'é') AS m1, INSERT('héllo', 2, 1, 'e') AS m2, INSERT('a😀b', 2, 1, '-') AS m3, INSERT('', 1, 1, 'x') AS m4;
SELECT INSERT(12345, 2, 3, 0) AS d1, INSERT('abc', '2', '1', 'Z') AS d2, INSERT('abc', -1, 1, 'Z') AS d3, INSERT('abc', 2.5, 1, 'Z') AS d4;
