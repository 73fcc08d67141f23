-- The seed's recursive-descent JSON parser, complete (RFC 8259), as MySQL stored procedures.
-- Valid on MySQL 8.0 and MariaDB 10.11 unchanged. Needs 10_json_helpers.sql.
--
-- CALL json_extract_property(doc, name, value, type)       -- the seed's signature, VARCHAR(32) value
-- CALL json_extract_property_text(doc, name, value, type)  -- LONGTEXT document and value
--
-- What is sought: the member `name` of the top-level object (key compared exactly, byte for byte, after decoding its
-- escapes). Members of nested objects are never matched, and when the document is an array or a scalar the property
-- is missing. The whole document is always validated, even after the property has been found.
-- Results (property_type / property_value):
--   string  the string with every escape decoded (\uXXXX and surrogate pairs too; a lone surrogate becomes U+FFFD,
--           which is what converting JSON.parse's result to UTF-8 gives)
--   number  the number as written;   bool  true / false as written;   null  the text 'null'
--   object / array  its JSON text exactly as written in the normalised document
--   missing property: both NULL. A duplicate key: the last one wins.
-- Errors: SIGNAL SQLSTATE '45000', 1-based character position in the normalised document (after the seed's
-- REPLACE of CR and LF), all starting 'Not a JSON document or JSON array: ':
--   found incorrect "<c>" at position: <n>                   a character that cannot come here
--   unexpected end of document at position: <n>             document ends where a value or bracket is needed (n = length + 1)
--   unterminated string starting at position: <n>           n = the opening quote
--   invalid escape "<text>" at position: <n>                 n = the backslash; <text> is \x or \uXXXX
--   unescaped control character U+00XX in string at position: <n>
--   invalid number, expected a digit at position: <n>        after '-', '.', 'e'/'E' or a sign (n = length + 1 at the end)
--   invalid number, leading zero at position: <n>            n = the digit after the leading 0
-- json_extract_property keeps the seed's OUT property_value VARCHAR(32): a longer value raises error 1406 (22001,
-- "Data too long") under a strict sql_mode, as the seed's signature did; the routine's sql_mode is the one in force
-- when it was created. Use json_extract_property_text for long values or documents over 65,535 bytes (TEXT).
--
-- Why it is written this way (cost must be linear in the document's length on a real server too):
-- * The document is held as utf32, a fixed-width character set, so SUBSTRING(d, p, 1) finds character p in constant
--   time. In utf8mb4 the server counts characters from the start on every call, which makes the walk quadratic.
-- * One procedure walks the whole document with an explicit stack instead of recursing: passing the document to a
--   called routine copies it, MySQL caps max_sp_recursion_depth at 255, and MariaDB's thread stack overflows long
--   before that. Nesting depth is therefore unlimited and max_sp_recursion_depth is not needed.
-- * The stack keeps its top levels (at most 24) in a short string and spills older levels 24 at a time, so pushing
--   and popping never copies the whole stack.
-- * Only the sought value and the top-level keys are decoded. Decoded pieces go to a buffer of at most ~4 KB that is
--   appended to the result only when full, instead of growing the result once per escape.
-- * Lengths of the stack and the buffer are counted in variables, not measured with CHAR_LENGTH: measuring a utf8mb4
--   string costs its length on a server (and in spbed, measuring a long string evicts the document's cached
--   character index).
-- * Characters are compared by ORD() code, never with '=': the default collation is case-insensitive ('t' = 'T').

DELIMITER $$

DROP PROCEDURE IF EXISTS json_extract_property_text$$
CREATE PROCEDURE json_extract_property_text(
  IN json_document LONGTEXT,
  IN property_name VARCHAR(255),
  OUT property_value LONGTEXT,
  OUT property_type VARCHAR(6))
BEGIN
  DECLARE d LONGTEXT CHARACTER SET utf32;
  DECLARE n INT;
  DECLARE p INT DEFAULT 1;
  -- BIGINT: ORD() of a 4-byte character is a 4-byte number, beyond INT.
  DECLARE c BIGINT;
  -- expect (what comes next): 1 a value, 2 after a value, 3 a key, 4 the colon, 5 a key or '}', 6 a value or ']'
  DECLARE expect INT DEFAULT 1;
  DECLARE depth INT DEFAULT 0;
  DECLARE ctx INT DEFAULT 0;
  DECLARE stk VARCHAR(32) CHARACTER SET utf8mb4 DEFAULT '';
  DECLARE stk_len INT DEFAULT 0;
  DECLARE spill LONGTEXT CHARACTER SET utf8mb4 DEFAULT '';
  DECLARE spill_len INT DEFAULT 0;
  DECLARE wanted VARCHAR(255) CHARACTER SET utf8mb4;
  DECLARE want INT DEFAULT 0;
  DECLARE vstart INT;
  DECLARE vtype VARCHAR(6);
  DECLARE found_value LONGTEXT CHARACTER SET utf8mb4;
  DECLARE found_type VARCHAR(6);
  DECLARE sstart INT;
  DECLARE seg INT;
  DECLARE is_key INT;
  DECLARE decode_it INT;
  DECLARE cp INT;
  DECLARE lo INT;
  DECLARE elen INT;
  DECLARE acc LONGTEXT CHARACTER SET utf8mb4;
  DECLARE acc_len INT;
  DECLARE big LONGTEXT CHARACTER SET utf8mb4;
  DECLARE sval LONGTEXT CHARACTER SET utf8mb4;
  DECLARE lit VARCHAR(5) CHARACTER SET utf8mb4;
  DECLARE i INT;
  DECLARE msg VARCHAR(128) CHARACTER SET utf8mb4;
  DECLARE prefix VARCHAR(40) CHARACTER SET utf8mb4 DEFAULT 'Not a JSON document or JSON array: ';

  SET d = REPLACE(REPLACE(json_document, '\r', ''), '\n', '');
  SET n = CHAR_LENGTH(d);
  SET wanted = property_name;

  main: LOOP
    -- Skip JSON whitespace (CR and LF are gone already).
    ws: WHILE p <= n DO
      SET c = ORD(SUBSTRING(d, p, 1));
      IF c <> 32 AND c <> 9 THEN
        LEAVE ws;
      END IF;
      SET p = p + 1;
    END WHILE;
    IF p > n THEN
      IF expect = 2 AND depth = 0 THEN
        LEAVE main;
      END IF;
      SET msg = CONCAT(prefix, 'unexpected end of document at position: ', n + 1);
      SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = msg;
    END IF;

    -- c is the code of the character at p. value_done is set by every branch that completes a value.
    IF expect = 2 THEN
      -- After a value: a separator, the end of the enclosing container, or (at top level) nothing at all.
      IF depth > 0 AND c = 44 THEN
        SET p = p + 1;
        SET expect = IF(ctx = 123, 3, 1);
        ITERATE main;
      ELSEIF depth > 0 AND ((c = 125 AND ctx = 123) OR (c = 93 AND ctx = 91)) THEN
        SET c = -1; -- a container closed
      ELSE
        SET msg = CONCAT(prefix, 'found incorrect "', json_message_chars(SUBSTRING(d, p, 1)), '" at position: ', p);
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = msg;
      END IF;
    ELSEIF expect = 4 THEN
      IF c = 58 THEN
        SET p = p + 1;
        SET expect = 1;
        ITERATE main;
      END IF;
      SET msg = CONCAT(prefix, 'found incorrect "', json_message_chars(SUBSTRING(d, p, 1)), '" at position: ', p);
      SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = msg;
    ELSEIF (expect = 5 AND c = 125) OR (expect = 6 AND c = 93) THEN
      SET c = -1; -- an empty container closed
    ELSEIF (expect = 3 OR expect = 5) AND c <> 34 THEN
      SET msg = CONCAT(prefix, 'found incorrect "', json_message_chars(SUBSTRING(d, p, 1)), '" at position: ', p);
      SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = msg;
    END IF;

    IF c = -1 THEN
      -- Pop the stack. The short string holds the top levels; refill it from the spill 12 levels at a time.
      SET stk_len = stk_len - 1;
      SET stk = LEFT(stk, stk_len);
      IF stk_len = 0 AND spill_len > 0 THEN
        SET stk = RIGHT(spill, 12);
        SET spill = LEFT(spill, spill_len - 12);
        SET spill_len = spill_len - 12, stk_len = 12;
      END IF;
      SET depth = depth - 1;
      SET ctx = IF(depth = 0, 0, ORD(SUBSTRING(stk, stk_len, 1)));
      SET p = p + 1;
    ELSEIF c = 34 THEN
      -- A string: a key (modes 3, 5) or a value. Decode it only if it is a top-level key or the sought value.
      SET is_key = (expect = 3 OR expect = 5);
      IF depth = 1 AND (is_key OR want) THEN
        SET decode_it = 1;
      ELSE
        SET decode_it = 0;
      END IF;
      IF want AND depth = 1 THEN
        SET vstart = p, vtype = 'string';
      END IF;
      SET sstart = p;
      SET p = p + 1;
      SET seg = p;
      SET acc = '', big = '', acc_len = 0;
      str: LOOP
        IF p > n THEN
          SET msg = CONCAT(prefix, 'unterminated string starting at position: ', sstart);
          SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = msg;
        END IF;
        SET c = ORD(SUBSTRING(d, p, 1));
        IF c = 34 THEN
          LEAVE str;
        ELSEIF c = 92 THEN
          IF p + 1 > n THEN
            SET msg = CONCAT(prefix, 'unterminated string starting at position: ', sstart);
            SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = msg;
          END IF;
          SET c = ORD(SUBSTRING(d, p + 1, 1));
          SET elen = 2;
          SET cp = CASE c WHEN 34 THEN 34 WHEN 92 THEN 92 WHEN 47 THEN 47 WHEN 98 THEN 8 WHEN 102 THEN 12
                          WHEN 110 THEN 10 WHEN 114 THEN 13 WHEN 116 THEN 9 WHEN 117 THEN -2 ELSE -1 END;
          IF cp = -1 THEN
            SET msg = CONCAT(prefix, 'invalid escape "', json_message_chars(SUBSTRING(d, p, 2)), '" at position: ', p);
            SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = msg;
          ELSEIF cp = -2 THEN
            IF p + 5 > n THEN
              SET msg = CONCAT(prefix, 'unterminated string starting at position: ', sstart);
              SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = msg;
            END IF;
            SET cp = json_hex4_value(SUBSTRING(d, p + 2, 4));
            IF cp < 0 THEN
              SET msg = CONCAT(prefix, 'invalid escape "', json_message_chars(SUBSTRING(d, p, 6)), '" at position: ', p);
              SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = msg;
            END IF;
            SET elen = 6;
            IF cp BETWEEN 55296 AND 57343 THEN
              -- A high surrogate followed by an escaped low one is one character; any other surrogate is lone and
              -- becomes U+FFFD (whatever follows a lone high surrogate is read on its own).
              SET lo = -1;
              IF cp < 56320 AND p + 11 <= n AND ORD(SUBSTRING(d, p + 6, 1)) = 92
                 AND ORD(SUBSTRING(d, p + 7, 1)) = 117 THEN
                SET lo = json_hex4_value(SUBSTRING(d, p + 8, 4));
              END IF;
              IF lo BETWEEN 56320 AND 57343 THEN
                SET cp = 65536 + (cp - 55296) * 1024 + (lo - 56320);
                SET elen = 12;
              ELSE
                SET cp = 65533;
              END IF;
            END IF;
          END IF;
          IF decode_it THEN
            SET acc = CONCAT(acc, CONVERT(SUBSTRING(d, seg, p - seg) USING utf8mb4), json_code_point_char(cp));
            SET acc_len = acc_len + p - seg + 1;
            IF acc_len > 4096 THEN
              SET big = CONCAT(big, acc);
              SET acc = '', acc_len = 0;
            END IF;
          END IF;
          SET p = p + elen;
          SET seg = p;
        ELSEIF c < 32 THEN
          SET msg = CONCAT(prefix, 'unescaped control character U+', LPAD(HEX(c), 4, '0'),
                           ' in string at position: ', p);
          SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = msg;
        ELSE
          SET p = p + 1;
        END IF;
      END LOOP str;
      IF decode_it THEN
        SET sval = CONCAT(big, acc, CONVERT(SUBSTRING(d, seg, p - seg) USING utf8mb4));
      END IF;
      SET p = p + 1;
      IF is_key THEN
        IF depth = 1 THEN
          SET want = IFNULL(CAST(sval AS BINARY) = CAST(wanted AS BINARY), 0);
        END IF;
        SET expect = 4;
        ITERATE main;
      END IF;
    ELSEIF c = 123 OR c = 91 THEN
      -- An object or array starts: push it.
      IF want AND depth = 1 THEN
        SET vstart = p, vtype = IF(c = 123, 'object', 'array');
      END IF;
      IF stk_len = 24 THEN
        SET spill = CONCAT(spill, stk);
        SET spill_len = spill_len + 24;
        SET stk = '', stk_len = 0;
      END IF;
      SET stk = CONCAT(stk, IF(c = 123, '{', '['));
      SET stk_len = stk_len + 1;
      SET depth = depth + 1;
      SET ctx = c;
      SET p = p + 1;
      SET expect = IF(c = 123, 5, 6);
      ITERATE main;
    ELSEIF c = 45 OR c BETWEEN 48 AND 57 THEN
      -- A number: -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?
      IF want AND depth = 1 THEN
        SET vstart = p, vtype = 'number';
      END IF;
      IF c = 45 THEN
        SET p = p + 1;
        SET c = IF(p <= n, ORD(SUBSTRING(d, p, 1)), -1);
      END IF;
      IF c = 48 THEN
        SET p = p + 1;
        SET c = IF(p <= n, ORD(SUBSTRING(d, p, 1)), -1);
        IF c BETWEEN 48 AND 57 THEN
          SET msg = CONCAT(prefix, 'invalid number, leading zero at position: ', p);
          SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = msg;
        END IF;
      ELSEIF c BETWEEN 49 AND 57 THEN
        REPEAT
          SET p = p + 1;
          SET c = IF(p <= n, ORD(SUBSTRING(d, p, 1)), -1);
        UNTIL c NOT BETWEEN 48 AND 57 END REPEAT;
      ELSE
        SET msg = CONCAT(prefix, 'invalid number, expected a digit at position: ', p);
        SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = msg;
      END IF;
      IF c = 46 THEN
        SET p = p + 1;
        SET c = IF(p <= n, ORD(SUBSTRING(d, p, 1)), -1);
        IF c NOT BETWEEN 48 AND 57 THEN
          SET msg = CONCAT(prefix, 'invalid number, expected a digit at position: ', p);
          SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = msg;
        END IF;
        REPEAT
          SET p = p + 1;
          SET c = IF(p <= n, ORD(SUBSTRING(d, p, 1)), -1);
        UNTIL c NOT BETWEEN 48 AND 57 END REPEAT;
      END IF;
      IF c = 101 OR c = 69 THEN
        SET p = p + 1;
        SET c = IF(p <= n, ORD(SUBSTRING(d, p, 1)), -1);
        IF c = 43 OR c = 45 THEN
          SET p = p + 1;
          SET c = IF(p <= n, ORD(SUBSTRING(d, p, 1)), -1);
        END IF;
        IF c NOT BETWEEN 48 AND 57 THEN
          SET msg = CONCAT(prefix, 'invalid number, expected a digit at position: ', p);
          SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = msg;
        END IF;
        REPEAT
          SET p = p + 1;
          SET c = IF(p <= n, ORD(SUBSTRING(d, p, 1)), -1);
        UNTIL c NOT BETWEEN 48 AND 57 END REPEAT;
      END IF;
    ELSEIF c = 116 OR c = 102 OR c = 110 THEN
      -- true, false, null: every character checked by code, so 'True' or 'nulL' are errors.
      SET lit = CASE c WHEN 116 THEN 'true' WHEN 102 THEN 'false' ELSE 'null' END;
      IF want AND depth = 1 THEN
        SET vstart = p, vtype = IF(c = 110, 'null', 'bool');
      END IF;
      SET i = 2;
      WHILE i <= CHAR_LENGTH(lit) DO
        IF p + i - 1 > n THEN
          SET msg = CONCAT(prefix, 'unexpected end of document at position: ', n + 1);
          SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = msg;
        END IF;
        IF ORD(SUBSTRING(d, p + i - 1, 1)) <> ORD(SUBSTRING(lit, i, 1)) THEN
          SET msg = CONCAT(prefix, 'found incorrect "', json_message_chars(SUBSTRING(d, p + i - 1, 1)), '" at position: ', p + i - 1);
          SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = msg;
        END IF;
        SET i = i + 1;
      END WHILE;
      SET p = p + CHAR_LENGTH(lit);
    ELSE
      SET msg = CONCAT(prefix, 'found incorrect "', json_message_chars(SUBSTRING(d, p, 1)), '" at position: ', p);
      SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = msg;
    END IF;

    -- A value has been completed (a scalar, or a container that just closed).
    SET expect = 2;
    IF want AND depth = 1 THEN
      IF vtype = 'string' THEN
        SET found_value = sval;
      ELSE
        SET found_value = SUBSTRING(d, vstart, p - vstart);
      END IF;
      SET found_type = vtype;
      SET want = 0;
    END IF;
  END LOOP main;

  SET property_value = found_value;
  SET property_type = found_type;
END$$

DROP PROCEDURE IF EXISTS json_extract_property$$
-- The seed's signature. A value longer than 32 characters raises error 1406 under a strict sql_mode (see above).
CREATE PROCEDURE json_extract_property(
  IN json_document TEXT,
  IN property_name VARCHAR(32),
  OUT property_value VARCHAR(32),
  OUT property_type VARCHAR(6))
BEGIN
  DECLARE full_value LONGTEXT CHARACTER SET utf8mb4;
  DECLARE full_type VARCHAR(6);
  CALL json_extract_property_text(json_document, property_name, full_value, full_type);
  SET property_value = full_value;
  SET property_type = full_type;
END$$

DELIMITER ;
