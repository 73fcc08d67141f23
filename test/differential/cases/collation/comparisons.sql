-- The default collation: case- and accent-insensitive, and NO PAD (trailing spaces count), as utf8mb4_0900_ai_ci.
SELECT 'a' = 'A', 'a' = 'á', 'e' = 'É', 'abc' = 'ABC', 'a ' = 'a', 'a' = 'a ', 'a' < 'a ';
SELECT 'ß' = 'ss', 'Straße' = 'STRASSE', 'æ' = 'ae', 'å' = 'a';
SELECT 'apple' < 'Banana', 'Zebra' > 'apple', 'a' < 'B', STRCMP('abc', 'ABD');
SELECT 'x' IN ('X', 'y'), 'résumé' LIKE 'resume', 'ABC' LIKE 'a%', 'abc ' LIKE 'abc';
SELECT LOCATE('É', 'café'), INSTR('CAFÉ', 'é'), REPLACE('Café', 'é', 'e'), REPLACE('Café', 'É', 'e');
SELECT BINARY 'a' = 'A', 'a' = BINARY 'A', BINARY 'abc' = 'abc';
SELECT UPPER('straße'), LOWER('ÉCOLE'), LENGTH('ß'), CHAR_LENGTH('ß');
