-- Stored functions built from string builtins: typed parameters and RETURNS VARCHAR(n); a too-long result is 1406 in strict mode.
-- rules: A5 F4 G3
CREATE DATABASE d; USE d;
DELIMITER //
CREATE FUNCTION initials(s VARCHAR(50)) RETURNS VARCHAR(10) DETERMINISTIC
BEGIN
  DECLARE r VARCHAR(10) DEFAULT '';
  DECLARE rest VARCHAR(50) DEFAULT TRIM(s);
  WHILE rest <> '' DO
    SET r = CONCAT(r, UPPER(LEFT(rest, 1)));
    IF LOCATE(' ', rest) = 0 THEN
      SET rest = '';
    ELSE
      SET rest = LTRIM(SUBSTRING(rest, LOCATE(' ', rest) + 1));
    END IF;
  END WHILE;
  RETURN r;
END//
CREATE FUNCTION slug(s VARCHAR(50)) RETURNS VARCHAR(50) DETERMINISTIC
  RETURN LOWER(REPLACE(TRIM(s), ' ', '-'))//
CREATE FUNCTION shout(s VARCHAR(10)) RETURNS VARCHAR(6) DETERMINISTIC
  RETURN CONCAT(UPPER(s), '!')//
DELIMITER ;
SELECT initials('john ronald reuel tolkien') AS i1, initials('  élan  vital ') AS i2, initials('') AS i3, initials(NULL) AS i4;
SELECT slug('  Hello World Again ') AS s1, slug('中文 字') AS s2, slug(NULL) AS s3;
SELECT shout('hi') AS h1, shout('hello') AS h2;
SELECT initials(REPEAT('a ', 11)) AS i5;
