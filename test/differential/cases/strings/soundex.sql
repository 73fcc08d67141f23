-- SOUNDEX: first letter kept (ASCII upper-cased), later consonant codes without repeats, padded to four but not cut;
-- non-letters skipped, letters from U+00C0 up count as vowels, NULL gives NULL.
-- rules: F4
CREATE DATABASE d; USE d;
SELECT SOUNDEX('Hello') AS s1, SOUNDEX('Quadratically') AS s2, SOUNDEX('Robert') AS s3, SOUNDEX('Rupert') AS s4, SOUNDEX('Tymczak') AS s5, SOUNDEX('Pfister') AS s6;
SELECT SOUNDEX('') AS e1, SOUNDEX('123') AS e2, SOUNDEX(NULL) AS e3, SOUNDEX('  a') AS e4, SOUNDEX('a-b-c') AS e5, SOUNDEX(42) AS e6;
SELECT SOUNDEX('élan') AS m1, SOUNDEX('Müller') AS m2, SOUNDEX('中文') AS m3, SOUNDEX('xé中y') AS m4, SOUNDEX('Ashcraft') AS m5, SOUNDEX('lloyd') AS m6;
SELECT SOUNDEX('Smith') = SOUNDEX('Smyth') AS c1, SOUNDEX('abc') = SOUNDEX('ABC') AS c2, CHAR_LENGTH(SOUNDEX('abcdefghijklmnopqrstuvwxyz')) AS c3;
