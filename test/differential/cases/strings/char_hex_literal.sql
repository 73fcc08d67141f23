-- CHAR() of a hex or bit literal reads the literal as the unsigned integer it spells (Item_func_char calls val_int),
-- so CHAR(0xC3A9 USING utf8mb4) is 'é'; a binary string from UNHEX or CAST is read as text.
-- rules: F4
CREATE DATABASE d; USE d;
SELECT HEX(CHAR(0x41)) AS h1, HEX(CHAR(0xC3A9)) AS h2, CHAR(0xC3A9 USING utf8mb4) AS h3, HEX(CHAR(0b1000001)) AS b1;
SELECT HEX(CHAR(UNHEX('41'))) AS u1, HEX(CHAR(CAST('7' AS BINARY))) AS u2, HEX(CHAR(0x41 + 0)) AS u3;
