-- Label names: a 16-character label works, and so does a 17-character one (the manual's 16-character note is not
-- enforced by the server); labels match without regard to letter case.
-- rules: E2
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p16() BEGIN abcdefghijklmnop: LOOP LEAVE abcdefghijklmnop; END LOOP abcdefghijklmnop; SELECT 16 AS ok; END$$
CREATE PROCEDURE p17() BEGIN abcdefghijklmnopq: LOOP LEAVE abcdefghijklmnopq; END LOOP abcdefghijklmnopq; SELECT 17 AS ok; END$$
CREATE PROCEDURE p_case() BEGIN MyLabel: LOOP LEAVE mylabel; END LOOP MYLABEL; SELECT 'case-insensitive' AS ok; END$$
DELIMITER ;
CALL p16();
CALL p17();
CALL p_case();
