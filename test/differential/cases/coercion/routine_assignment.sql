-- Values stored into typed routine variables convert by the column rules: strict mode makes bad strings error 1366, numbers round.
-- rules: F1 F5
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p(IN s VARCHAR(20))
BEGIN
  DECLARE i INT;
  DECLARE dd DECIMAL(5,2);
  DECLARE c CHAR(3);
  SET i = s;
  SET dd = s;
  SET c = s;
  SELECT i, dd, c;
END$$
CREATE PROCEDURE q()
BEGIN
  DECLARE i INT;
  DECLARE t TINYINT;
  SET i = 2.5;
  SELECT i AS half_up;
  SET i = -2.5;
  SELECT i AS neg_half;
  SET i = '7';
  SELECT i AS from_text;
  SET t = 127;
  SELECT t AS tiny;
END$$
CREATE PROCEDURE overflow()
BEGIN
  DECLARE t TINYINT;
  SET t = 128;
  SELECT t AS never;
END$$
CREATE PROCEDURE h()
BEGIN
  DECLARE i INT DEFAULT 0;
  DECLARE CONTINUE HANDLER FOR 1366 SET @caught = 'caught 1366';
  SET @caught = 'none';
  SET i = 'abc';
  SELECT i, @caught;
  IF '1abc' = 1 THEN SET @r = 'compared as double'; END IF;
  SELECT @r AS r;
END$$
DELIMITER ;
CALL p('12');
CALL p('3.456');
CALL p('12abc');
CALL q();
CALL overflow();
CALL h();
