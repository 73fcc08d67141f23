-- REGEXP and the regexp functions inside stored programs: typed locals and parameters, loops over matches, a
-- too-long REGEXP_REPLACE result stored in VARCHAR(n) (1406 under strict mode), IF on a REGEXP test.
-- rules: A5 E1 F2 F4
CREATE DATABASE d; USE d;
DELIMITER //
CREATE FUNCTION is_email(s VARCHAR(100)) RETURNS INT DETERMINISTIC
  RETURN s REGEXP '^[a-z0-9._-]+@[a-z0-9-]+[.][a-z]+$'//
CREATE PROCEDURE digits(IN s VARCHAR(50))
BEGIN
  DECLARE out_s VARCHAR(50) DEFAULT '';
  DECLARE rest VARCHAR(50) DEFAULT s;
  DECLARE at INT;
  WHILE rest REGEXP '[0-9]' DO
    SET at = REGEXP_INSTR(rest, '[0-9]');
    SET out_s = CONCAT(out_s, SUBSTRING(rest, at, 1));
    SET rest = SUBSTRING(rest, at + 1);
  END WHILE;
  SELECT out_s, CHAR_LENGTH(out_s) AS n;
END//
CREATE PROCEDURE squeeze(IN s VARCHAR(20), OUT r VARCHAR(8))
BEGIN
  SET r = REGEXP_REPLACE(s, ' +', ' ');
END//
CREATE PROCEDURE classify(IN s VARCHAR(20))
BEGIN
  IF s REGEXP '^[0-9]+$' THEN SELECT 'number' AS kind;
  ELSEIF s REGEXP '^[[:alpha:]]+$' THEN SELECT 'word' AS kind;
  ELSEIF s IS NULL THEN SELECT 'null' AS kind;
  ELSE SELECT 'other' AS kind;
  END IF;
END//
DELIMITER ;
SELECT is_email('john.doe@example.com') AS e1, is_email('JOHN@EXAMPLE.COM') AS e2, is_email('bad@') AS e3, is_email(NULL) AS e4;
CALL digits('a1b22c333');
CALL digits('none');
CALL digits(NULL);
CALL squeeze('a   b    c', @r);
SELECT @r;
CALL squeeze('aaaa    bbbb    cccc', @r);
SELECT @r;
CALL classify('123');
CALL classify('Héllo');
CALL classify(NULL);
CALL classify('a-1');
