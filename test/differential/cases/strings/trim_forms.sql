-- TRIM with BOTH/LEADING/TRAILING, with and without a remove string; LTRIM/RTRIM only remove spaces.
-- rules: F4
CREATE DATABASE d; USE d;
SELECT CONCAT('[', TRIM(BOTH FROM '  a  '), ']') AS b0, CONCAT('[', TRIM(LEADING FROM '  a  '), ']') AS l0, CONCAT('[', TRIM(TRAILING FROM '  a  '), ']') AS t0;
SELECT TRIM(BOTH 'ab' FROM 'ababxabab') AS b1, TRIM(LEADING 'ab' FROM 'ababxabab') AS l1, TRIM(TRAILING 'ab' FROM 'ababxabab') AS t1;
SELECT TRIM('aa' FROM 'aaaxaaa') AS odd, TRIM(BOTH 'x' FROM 'xxxx') AS allx, TRIM(BOTH 'xyz' FROM 'xy') AS shorter, TRIM(LEADING 'a' FROM '') AS empty;
SELECT TRIM(BOTH 'A' FROM 'aXa') AS cs1, TRIM(LEADING 'É' FROM 'éx') AS cs2, TRIM(TRAILING 'é' FROM 'xéé') AS mb1, TRIM('中' FROM '中文中') AS mb2;
SELECT TRIM(LEADING NULL FROM 'a') AS n1, TRIM(TRAILING 'a' FROM NULL) AS n2, TRIM(BOTH NULL FROM NULL) AS n3, LTRIM(NULL) AS n4, RTRIM(NULL) AS n5;
SELECT CONCAT('[', LTRIM('\t x'), ']') AS tab1, CONCAT('[', RTRIM('x \n'), ']') AS nl1, CONCAT('[', TRIM('\n x \n'), ']') AS nl2;
SELECT CONCAT('[', LTRIM('   '), ']') AS sp1, CONCAT('[', RTRIM(''), ']') AS sp2, LENGTH(TRIM('　x　')) AS ideographic;
SELECT TRIM(1 FROM 1211) AS d1, TRIM(LEADING 0 FROM 000120) AS d2, TRIM(TRAILING '0' FROM '1.500') AS d3, TRIM(BOTH ' ' FROM 12) AS d4;
SELECT TRIM(LEADING 'x' FROM 'xXx') AS lx, TRIM(TRAILING 'X' FROM 'xXx') AS tx;
