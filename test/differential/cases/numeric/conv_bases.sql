-- CONV(N, from, to): bases 2..36, a negative target base prints signed, a negative source base reads signed,
-- invalid digits stop the number, overflow saturates, and an unsupported base or NULL gives NULL.
CREATE DATABASE num_conv;
USE num_conv;
SELECT CONV('a', 16, 2) AS c1, CONV('6E', 18, 8) AS c2, CONV(-17, 10, -18) AS c3, CONV(10 + '10' + '10' + X'0a', 10, 10) AS c4;
SELECT CONV('ff', 16, 10) AS h1, CONV('FF', 16, 10) AS h2, CONV('zz', 36, 10) AS h3, CONV(35, 10, 36) AS h4, CONV('777', 8, 2) AS h5;
SELECT CONV('12x4', 10, 16) AS p1, CONV('', 10, 2) AS p2, CONV('  42', 10, 10) AS p3, CONV('-1', 10, 16) AS p4, CONV(-1, 10, 10) AS p5;
SELECT CONV('18446744073709551616', 10, 10) AS o1, CONV('-9223372036854775809', -10, -10) AS o2, CONV('ffffffffffffffffff', 16, 10) AS o3;
SELECT CONV(10, 1, 10) AS b1, CONV(10, 10, 37) AS b2, CONV(10, 10, -1) AS b3, CONV(NULL, 10, 2) AS b4, CONV(10, NULL, 2) AS b5;
