-- ASCII (first byte), ORD (first character's bytes as a number) and CHAR (integers to bytes), with NULLs, numbers and multibyte.
-- rules: F2
CREATE DATABASE d; USE d;
SELECT ASCII('a') AS a1, ASCII('Abc') AS a2, ASCII('中') AS a3, ASCII('😀') AS a4, ASCII(1) AS a5, ASCII(NULL) AS a6, ASCII('') AS a7;
SELECT ORD('a') AS o1, ORD('é') AS o2, ORD('中') AS o3, ORD('😀x') AS o4, ORD(NULL) AS o5, ORD(9) AS o6, ORD(BINARY 'é') AS o7;
SELECT HEX(CHAR(65)) AS c1, HEX(CHAR(256)) AS c2, HEX(CHAR(65, NULL, 66)) AS c3, HEX(CHAR(NULL)) AS c4, HEX(CHAR(0)) AS c5, HEX(CHAR(65536)) AS c6;
SELECT CHAR(72, 105 USING utf8mb4) AS u1, CHAR(50089 USING utf8mb4) AS u2, HEX(CHAR(50051 USING utf8mb4)) = HEX('é') AS u3, CHAR_LENGTH(CHAR(0xE4B8AD USING utf8mb4)) AS u4;
SELECT HEX(CHAR(-1)) AS neg, HEX(CHAR('65')) AS str, HEX(CHAR(65.4)) AS dec1, HEX(CHAR(65.6)) AS dec2, LENGTH(CHAR(1, 2, 3)) AS len;
SELECT HEX(CHAR(97 USING utf8mb4)) AS ci, ASCII('a') = ASCII('A') AS asc_cs, ORD('a') = ORD('A') AS ord_cs;
