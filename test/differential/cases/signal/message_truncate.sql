-- MESSAGE_TEXT counts characters, not bytes: 128 multibyte characters fit; outside strict mode a longer text is cut
-- to 128 characters with warning 1647, which a handler can read back.
-- rules: C4
CREATE DATABASE d;
USE d;
SET sql_mode = '';
DELIMITER $$
CREATE PROCEDURE p(n INT, ch VARCHAR(1))
BEGIN
  DECLARE m TEXT DEFAULT REPEAT(ch, n);
  DECLARE k INT;
  DECLARE EXIT HANDLER FOR SQLEXCEPTION
  BEGIN
    GET DIAGNOSTICS k = NUMBER;
    GET DIAGNOSTICS CONDITION 1 @e1 = MYSQL_ERRNO, @m1 = MESSAGE_TEXT;
    GET DIAGNOSTICS CONDITION k @ek = MYSQL_ERRNO, @mk = MESSAGE_TEXT;
    SELECT n, k, @e1, CHAR_LENGTH(@m1) AS len1, @ek, CHAR_LENGTH(@mk) AS lenk, LEFT(@mk, 3) AS starts;
  END;
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = m;
END$$
DELIMITER ;
CALL p(128, 'é');
CALL p(129, 'é');
CALL p(200, 'x');
SET sql_mode = 'STRICT_ALL_TABLES';
CALL p(129, 'é');
