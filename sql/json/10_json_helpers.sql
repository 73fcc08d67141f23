-- Helpers for the JSON parser in 20_json_extract_property.sql.
-- Valid on MySQL 8.0 and MariaDB 10.11 unchanged. Both take only a few characters, never the document: passing the
-- document to a routine copies it, which would make the parser quadratic.
-- DETERMINISTIC NO SQL: MySQL 8 has binary logging on by default and refuses other functions (error 1418).

DELIMITER $$

DROP FUNCTION IF EXISTS json_hex4_value$$
-- The value of exactly four hexadecimal digits, or -1 if `digits` is anything else.
-- Digits are checked by code (ORD), not by comparison, so that the collation plays no part.
CREATE FUNCTION json_hex4_value(digits VARCHAR(8) CHARACTER SET utf8mb4)
RETURNS INT
DETERMINISTIC NO SQL
BEGIN
  DECLARE i INT DEFAULT 1;
  -- BIGINT: ORD() of a 4-byte character is a 4-byte number, beyond INT.
  DECLARE c BIGINT;
  DECLARE total INT DEFAULT 0;
  IF digits IS NULL OR CHAR_LENGTH(digits) <> 4 THEN
    RETURN -1;
  END IF;
  WHILE i <= 4 DO
    SET c = ORD(SUBSTRING(digits, i, 1));
    IF c BETWEEN 48 AND 57 THEN
      SET total = total * 16 + c - 48;
    ELSEIF c BETWEEN 65 AND 70 THEN
      SET total = total * 16 + c - 55;
    ELSEIF c BETWEEN 97 AND 102 THEN
      SET total = total * 16 + c - 87;
    ELSE
      RETURN -1;
    END IF;
    SET i = i + 1;
  END WHILE;
  RETURN total;
END$$

DROP FUNCTION IF EXISTS json_code_point_char$$
-- The character with Unicode code point `cp` (0 .. 0x10FFFF, not a surrogate), in utf8mb4.
-- Built from its UTF-8 bytes with plain arithmetic: CHAR(n USING utf8mb4) reads n as big-endian bytes. Arithmetic
-- rather than bit operators, because MySQL 8 and MariaDB treat bit operators on hex literals differently.
CREATE FUNCTION json_code_point_char(cp INT)
RETURNS VARCHAR(1) CHARACTER SET utf8mb4
DETERMINISTIC NO SQL
BEGIN
  IF cp < 128 THEN
    RETURN CHAR(cp USING utf8mb4);
  ELSEIF cp < 2048 THEN
    RETURN CHAR((192 + cp DIV 64) * 256 + 128 + cp MOD 64 USING utf8mb4);
  ELSEIF cp < 65536 THEN
    RETURN CHAR((224 + cp DIV 4096) * 65536 + (128 + (cp DIV 64) MOD 64) * 256 + 128 + cp MOD 64 USING utf8mb4);
  END IF;
  RETURN CHAR((240 + cp DIV 262144) * 16777216 + (128 + (cp DIV 4096) MOD 64) * 65536
              + (128 + (cp DIV 64) MOD 64) * 256 + 128 + cp MOD 64 USING utf8mb4);
END$$

DROP FUNCTION IF EXISTS json_message_chars$$
-- `fragment` (a few characters of the document, for an error message) made safe to print the same way on every
-- server: a character outside the Basic Multilingual Plane becomes '?' (messages are utf8mb3, so the servers would
-- do that anyway) and a C0/C1 control character or DEL becomes \u00XX (MariaDB would print it as \00XX).
CREATE FUNCTION json_message_chars(fragment VARCHAR(8) CHARACTER SET utf8mb4)
RETURNS VARCHAR(48) CHARACTER SET utf8mb4
DETERMINISTIC NO SQL
BEGIN
  DECLARE i INT DEFAULT 1;
  DECLARE ch VARCHAR(6) CHARACTER SET utf8mb4;
  DECLARE result VARCHAR(48) CHARACTER SET utf8mb4 DEFAULT '';
  WHILE i <= CHAR_LENGTH(fragment) DO
    SET ch = SUBSTRING(fragment, i, 1);
    IF LENGTH(ch) = 4 THEN
      SET ch = '?';
    ELSEIF ORD(ch) < 32 OR ORD(ch) = 127 THEN
      SET ch = CONCAT('\\u', LPAD(HEX(ORD(ch)), 4, '0'));
    ELSEIF ORD(ch) BETWEEN 49792 AND 49823 THEN
      -- U+0080..U+009F, whose UTF-8 bytes are C2 80..C2 9F.
      SET ch = CONCAT('\\u', LPAD(HEX(ORD(ch) - 49792 + 128), 4, '0'));
    END IF;
    SET result = CONCAT(result, ch);
    SET i = i + 1;
  END WHILE;
  RETURN result;
END$$

DELIMITER ;
