-- String builtins in stored procedures with typed locals: VARCHAR(n) assignment too long is 1406 in strict mode,
-- truncation with warning 1265 otherwise; CHAR(n) drops trailing spaces; results feed other builtins.
-- rules: A5 A6 F4
CREATE DATABASE d; USE d;
DELIMITER //
CREATE PROCEDURE fill(IN n INT)
BEGIN
  DECLARE v VARCHAR(5) DEFAULT '';
  SET v = REPEAT('x', n);
  SELECT v, CHAR_LENGTH(v) AS len;
END//
CREATE PROCEDURE mb()
BEGIN
  DECLARE v VARCHAR(3);
  SET v = CONCAT('中', 'é', '😀');
  SELECT CHAR_LENGTH(v) AS chars, LENGTH(v) AS bytes, HEX(v) AS h;
  SET v = CONCAT(v, 'x');
  SELECT 'unreached' AS r;
END//
CREATE PROCEDURE trimmed()
BEGIN
  DECLARE c CHAR(5) DEFAULT 'ab  ';
  DECLARE v VARCHAR(5) DEFAULT 'ab  ';
  SELECT CONCAT('[', c, ']') AS cc, CONCAT('[', v, ']') AS vv, LENGTH(c) AS lc, LENGTH(v) AS lv;
  SET v = 'abcde ';
  SELECT CONCAT('[', v, ']') AS sp;
END//
CREATE PROCEDURE builders(IN s VARCHAR(20))
BEGIN
  DECLARE i INT DEFAULT 1;
  DECLARE out_s VARCHAR(40) DEFAULT '';
  WHILE i <= CHAR_LENGTH(s) DO
    SET out_s = CONCAT(out_s, UPPER(SUBSTRING(s, i, 1)), '.');
    SET i = i + 1;
  END WHILE;
  SELECT out_s, REVERSE(out_s) AS rev, LOCATE('.', out_s, 3) AS dot;
END//
DELIMITER ;
CALL fill(3);
CALL fill(5);
CALL fill(6);
CALL fill(NULL);
CALL mb();
CALL trimmed();
CALL builders('héllo');
CALL builders(NULL);
CALL builders('abcdefghijklmnopqrstuvwxyz');
SET @saved_mode = @@sql_mode;
SET sql_mode = '';
DELIMITER //
CREATE PROCEDURE lax()
BEGIN
  DECLARE v VARCHAR(3);
  SET v = 'abcdef', @lax = CONCAT(v, '|', CHAR_LENGTH(v));
END//
DELIMITER ;
CALL lax();
SHOW WARNINGS;
SELECT @lax;
SET sql_mode = @saved_mode;
CALL lax();
SHOW WARNINGS;
SELECT @lax;
