-- Under the default UCA collation one character can equal two ('ß' = 'ss', 'æ' = 'ae'): STRCMP, FIELD, FIND_IN_SET
-- follow it, and LOCATE/INSTR match a haystack slice of the needle's byte length ('ß' and 'ss' are both 2 bytes).
-- rules: F2 F3
CREATE DATABASE d; USE d;
SELECT FIELD('ß', 'ss') AS f1, FIND_IN_SET('ss', 'a,ß') AS f2, STRCMP('æ', 'ae') AS f3, LOCATE('ss', 'straße') AS f4, INSTR('STRASSE', 'ß') AS f5;
SELECT 'ß' = 'ss' AS e1, 'Æ' = 'ae' AS e2, STRCMP('Straße', 'STRASSE') AS e3, STRCMP('ß', 's') AS e4, FIELD('ss', 'x', 'ß') AS e5;
SELECT LOCATE('é', 'café', 5) AS p1, LOCATE('a', 'ÀbA', 2) AS p2, POSITION('Ä' IN 'aäb') AS p3, INSTR('xÆy', 'ae') AS p4, LOCATE('ae', 'xÆy', 3) AS p5;
SELECT REPLACE('Straße', 'SS', 'x') AS r1, REPLACE('Straße', 'ss', 'x') AS r2, LOCATE(BINARY 'ss', 'straße') AS r3, STRCMP(BINARY 'ß', 'ss') AS r4;
SELECT UPPER('ǆ') AS u1, LOWER('Ǆ') AS u2, UPPER('ÿ') AS u4, LOWER('Ÿ') AS u5, SUBSTRING_INDEX('aXbxc', 'X', 2) AS s1, TRIM(LEADING 'A' FROM 'aab') AS s3;
