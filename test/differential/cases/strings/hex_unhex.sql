-- HEX of strings and numbers, UNHEX of valid, odd-length and invalid input, NULLs, multibyte text.
-- rules: F4
CREATE DATABASE d; USE d;
SELECT HEX('') AS h0, HEX('中') AS h1, HEX('😀') AS h2, HEX('a b') AS h3, HEX(NULL) AS h4;
SELECT HEX(1) AS n1, HEX(16) AS n2, HEX(-2) AS n3, HEX(18446744073709551615) AS n4, HEX(1.4) AS n5, HEX(1.5) AS n6, HEX('12') AS n7;
SELECT UNHEX('41') AS u1, UNHEX('4') = CHAR(4) AS u2, HEX(UNHEX('abc')) AS u3, UNHEX('GG') AS u4, UNHEX(NULL) AS u5, LENGTH(UNHEX('')) AS u6;
SELECT UNHEX('E4B8AD') = '中' AS m1, CONVERT(UNHEX('C3A9') USING utf8mb4) AS m2, HEX(UNHEX('00ff')) AS m3, UNHEX(4142) AS m4;
SELECT HEX(UNHEX(HEX('héllo'))) = HEX('héllo') AS rt, UNHEX(' 41') AS sp, UNHEX('41 ') AS sp2;
