-- MD5/SHA/SHA1/SHA2 digests of empty, multibyte, numeric and NULL input, SHA2's bit lengths, UUID's shape.
-- rules: F4
CREATE DATABASE d; USE d;
SELECT MD5('') AS m1, MD5('é') AS m2, MD5(123) AS m3, MD5(NULL) AS m4, CHAR_LENGTH(MD5('x')) AS m5;
SELECT SHA('abc') AS s1, SHA1('') AS s2, SHA1('中') AS s3, SHA(NULL) AS s4, SHA1(1.5) AS s5;
SELECT SHA2('abc', 224) AS h224, SHA2('abc', 0) = SHA2('abc', 256) AS h0, CHAR_LENGTH(SHA2('abc', 384)) AS h384, CHAR_LENGTH(SHA2('abc', 512)) AS h512;
SELECT SHA2('abc', 123) AS bad, SHA2(NULL, 256) AS n1, SHA2('', 256) AS e1, SHA2('abc', '256') AS s256;
SELECT SHA2('abc', NULL) AS n2;
SELECT MD5('A') = MD5('a') AS cs1, UPPER(MD5('a')) = MD5('a') AS ci1, BINARY UPPER(MD5('a')) = MD5('a') AS cs2;
SELECT LENGTH(UUID()) AS u1, CHAR_LENGTH(REPLACE(UUID(), '-', '')) AS u2, LENGTH(UUID()) - LENGTH(REPLACE(UUID(), '-', '')) AS dashes, UUID() REGEXP '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' AS shape, UUID() <> UUID() AS distinct_calls;
SELECT SUBSTRING(UUID(), 15, 1) AS version_digit, LOCATE('-', UUID()) AS first_dash;
