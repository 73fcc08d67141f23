-- UPPER/LOWER/UCASE/LCASE on multibyte text, numbers, NULL and binary strings (binary strings are left alone).
-- rules: F2
CREATE DATABASE d; USE d;
SELECT UPPER('héllo wörld') AS u1, LOWER('ÀÉÎÕÜ') AS l1, UCASE('ça') AS u2, LCASE('ÇA') AS l2;
SELECT UPPER('中文abc') AS u3, LOWER('ΑΒΓ') AS l3, UPPER('αβγ') AS u4, UPPER('ﬁ') = 'ﬁ' AS lig;
SELECT UPPER(NULL) AS n1, LOWER(NULL) AS n2, UPPER(12.5) AS d1, LOWER(-3) AS d2, UPPER('') AS e1;
SELECT UPPER(BINARY 'abc') = BINARY 'abc' AS b1, LOWER(BINARY 'ABC') = BINARY 'ABC' AS b2, HEX(UPPER(BINARY 'ab')) AS b3, HEX(UPPER(CAST('ab' AS CHAR))) AS b4;
SELECT UPPER('abc') = 'ABC' AS c1, LOWER('ABC') = 'abc' AS c2, UPPER('a') = LOWER('A') AS c3, BINARY UPPER('a') = BINARY LOWER('A') AS c4;
SELECT CHAR_LENGTH(UPPER('ß')) AS sz1, LENGTH(LOWER('İ')) AS dot;
