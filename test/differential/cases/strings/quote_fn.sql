-- QUOTE escapes quote, backslash, NUL and Ctrl-Z and returns the word NULL for NULL.
-- rules: F4
CREATE DATABASE d; USE d;
SELECT QUOTE('abc') AS q1, QUOTE('') AS q2, QUOTE(NULL) AS q3, QUOTE('''') AS q4, QUOTE('a\\b') AS q5;
SELECT QUOTE('a"b') AS q6, QUOTE('é中') AS q7, HEX(QUOTE(CHAR(0 USING utf8mb4))) AS q8, HEX(QUOTE(CHAR(26 USING utf8mb4))) AS q9, HEX(QUOTE('a\nb')) AS q10;
SELECT QUOTE(1) AS d1, QUOTE(-1.50) AS d2, QUOTE(NULL) IS NULL AS d3, LENGTH(QUOTE(NULL)) AS d4, QUOTE(QUOTE('x')) AS d5;
