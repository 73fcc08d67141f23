-- The seed's JSON parser (json_extract_property) on valid and invalid documents.
CREATE DATABASE fib;
USE fib;
DELIMITER $$
CREATE PROCEDURE json_extract_property(IN json_document TEXT, IN property_name VARCHAR(32),
                                       OUT property_value VARCHAR(32), OUT property_type VARCHAR(6))
BEGIN
  DECLARE doc TEXT;
  DECLARE doc_length INT;
  DECLARE next_char_index INT DEFAULT 1;
  DECLARE current_char VARCHAR(1);
  DECLARE key_text TEXT;
  DECLARE value_text TEXT;
  DECLARE value_type VARCHAR(6);
  DECLARE value_start INT;
  DECLARE depth INT;
  DECLARE in_string BOOLEAN;
  DECLARE first_member BOOLEAN DEFAULT TRUE;
  DECLARE message VARCHAR(128);
  DECLARE parsed BOOLEAN DEFAULT FALSE;

  SET doc = REPLACE(REPLACE(json_document, '\r', ''), '\n', '');
  SET doc_length = CHAR_LENGTH(doc);
  SET property_value = NULL, property_type = NULL;

  parse: BEGIN
    IF doc IS NULL THEN
      SET parsed = TRUE;
      LEAVE parse;
    END IF;
    WHILE next_char_index <= doc_length AND SUBSTRING(doc, next_char_index, 1) IN (' ', '\t') DO
      SET next_char_index = next_char_index + 1;
    END WHILE;
    SET current_char = SUBSTRING(doc, next_char_index, 1);
    SET next_char_index = next_char_index + 1;
    IF BINARY current_char <> '{' THEN
      LEAVE parse;
    END IF;

    members: LOOP
      WHILE next_char_index <= doc_length AND SUBSTRING(doc, next_char_index, 1) IN (' ', '\t') DO
        SET next_char_index = next_char_index + 1;
      END WHILE;
      SET current_char = SUBSTRING(doc, next_char_index, 1);
      SET next_char_index = next_char_index + 1;
      IF first_member AND BINARY current_char = '}' THEN
        LEAVE members;
      END IF;
      SET first_member = FALSE;
      IF BINARY current_char <> '"' THEN
        LEAVE parse;
      END IF;

      -- The member name, unescaped.
      SET key_text = '';
      name_loop: LOOP
        IF next_char_index > doc_length THEN
          SET message = CONCAT('Not a JSON document: unterminated string at position: ', next_char_index - 1);
          SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = message;
        END IF;
        SET current_char = SUBSTRING(doc, next_char_index, 1);
        SET next_char_index = next_char_index + 1;
        IF BINARY current_char = '"' THEN
          LEAVE name_loop;
        END IF;
        IF BINARY current_char = '\\' THEN
          SET current_char = SUBSTRING(doc, next_char_index, 1);
          SET next_char_index = next_char_index + 1;
        END IF;
        SET key_text = CONCAT(key_text, current_char);
      END LOOP name_loop;

      WHILE next_char_index <= doc_length AND SUBSTRING(doc, next_char_index, 1) IN (' ', '\t') DO
        SET next_char_index = next_char_index + 1;
      END WHILE;
      SET current_char = SUBSTRING(doc, next_char_index, 1);
      SET next_char_index = next_char_index + 1;
      IF BINARY current_char <> ':' THEN
        LEAVE parse;
      END IF;
      WHILE next_char_index <= doc_length AND SUBSTRING(doc, next_char_index, 1) IN (' ', '\t') DO
        SET next_char_index = next_char_index + 1;
      END WHILE;

      -- The value.
      SET current_char = SUBSTRING(doc, next_char_index, 1);
      SET next_char_index = next_char_index + 1;
      IF BINARY current_char = '"' THEN
        SET value_type = 'string', value_text = '';
        string_loop: LOOP
          IF next_char_index > doc_length THEN
            SET message = CONCAT('Not a JSON document: unterminated string at position: ', next_char_index - 1);
            SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = message;
          END IF;
          SET current_char = SUBSTRING(doc, next_char_index, 1);
          SET next_char_index = next_char_index + 1;
          IF BINARY current_char = '"' THEN
            LEAVE string_loop;
          END IF;
          IF BINARY current_char = '\\' THEN
            SET current_char = SUBSTRING(doc, next_char_index, 1);
            SET next_char_index = next_char_index + 1;
            IF BINARY current_char = 'n' THEN SET current_char = '\n';
            ELSEIF BINARY current_char = 't' THEN SET current_char = '\t';
            END IF;
          END IF;
          SET value_text = CONCAT(value_text, current_char);
        END LOOP string_loop;
      ELSEIF BINARY current_char = '{' OR BINARY current_char = '[' THEN
        SET value_type = IF(BINARY current_char = '{', 'object', 'array');
        SET value_start = next_char_index - 1, depth = 1, in_string = FALSE;
        WHILE depth > 0 DO
          IF next_char_index > doc_length THEN
            SET message = CONCAT('Not a JSON document: unterminated ', value_type, ' at position: ', value_start);
            SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = message;
          END IF;
          SET current_char = SUBSTRING(doc, next_char_index, 1);
          SET next_char_index = next_char_index + 1;
          IF in_string THEN
            IF BINARY current_char = '\\' THEN
              SET next_char_index = next_char_index + 1;
            ELSEIF BINARY current_char = '"' THEN
              SET in_string = FALSE;
            END IF;
          ELSEIF BINARY current_char = '"' THEN
            SET in_string = TRUE;
          ELSEIF BINARY current_char IN ('{', '[') THEN
            SET depth = depth + 1;
          ELSEIF BINARY current_char IN ('}', ']') THEN
            SET depth = depth - 1;
          END IF;
        END WHILE;
        SET value_text = SUBSTRING(doc, value_start, next_char_index - value_start);
      ELSEIF LOCATE(current_char, '-0123456789') > 0 THEN
        SET value_type = 'number', value_start = next_char_index - 1;
        WHILE next_char_index <= doc_length AND LOCATE(SUBSTRING(doc, next_char_index, 1), '0123456789+-.eE') > 0 DO
          SET next_char_index = next_char_index + 1;
        END WHILE;
        SET value_text = SUBSTRING(doc, value_start, next_char_index - value_start);
      ELSEIF BINARY SUBSTRING(doc, next_char_index - 1, 4) = 'true' THEN
        SET value_type = 'bool', value_text = 'true', next_char_index = next_char_index + 3;
      ELSEIF BINARY SUBSTRING(doc, next_char_index - 1, 5) = 'false' THEN
        SET value_type = 'bool', value_text = 'false', next_char_index = next_char_index + 4;
      ELSEIF BINARY SUBSTRING(doc, next_char_index - 1, 4) = 'null' THEN
        SET value_type = 'null', value_text = NULL, next_char_index = next_char_index + 3;
      ELSE
        LEAVE parse;
      END IF;

      IF BINARY key_text = property_name AND property_type IS NULL THEN
        SET property_value = value_text, property_type = value_type;
      END IF;

      WHILE next_char_index <= doc_length AND SUBSTRING(doc, next_char_index, 1) IN (' ', '\t') DO
        SET next_char_index = next_char_index + 1;
      END WHILE;
      SET current_char = SUBSTRING(doc, next_char_index, 1);
      SET next_char_index = next_char_index + 1;
      IF BINARY current_char = '}' THEN
        LEAVE members;
      END IF;
      IF BINARY current_char <> ',' THEN
        LEAVE parse;
      END IF;
    END LOOP members;

    WHILE next_char_index <= doc_length AND SUBSTRING(doc, next_char_index, 1) IN (' ', '\t') DO
      SET next_char_index = next_char_index + 1;
    END WHILE;
    IF next_char_index <= doc_length THEN
      SET current_char = SUBSTRING(doc, next_char_index, 1);
      SET next_char_index = next_char_index + 1;
      LEAVE parse;
    END IF;
    SET parsed = TRUE;
  END parse;

  IF NOT parsed THEN
    SET message = CONCAT('Not a JSON document or JSON array: found incorrect "', current_char,
                         '" at position: ', next_char_index - 1);
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = message;
  END IF;
END$$
DELIMITER ;
CALL json_extract_property('{"output": "5", "input": "{}", "error": null}', 'output', @v, @t);
SELECT @v, @t;
CALL json_extract_property('{\n  "output" : "55",\n  "input" : "{\\"fib\\": 10}",\n  "error" : null\n}', 'output', @v, @t);
SELECT @v, @t;
CALL json_extract_property('{\r\n  "output" : "55"\r\n}', 'output', @v, @t);
SELECT @v, @t;
CALL json_extract_property('{"a": 1, "b": "two", "c": [1, {"x": "]"}], "d": {"e": null}, "f": true, "g": null, "h": false, "i": -12.5e3}', 'a', @v, @t);
SELECT @v, @t;
CALL json_extract_property('{"a": 1, "b": "two", "c": [1, {"x": "]"}], "d": {"e": null}, "f": true, "g": null, "h": false}', 'c', @v, @t);
SELECT @v, @t;
CALL json_extract_property('{"a": 1, "b": "two", "c": [1, {"x": "]"}], "d": {"e": null}, "f": true, "g": null, "h": false}', 'd', @v, @t);
SELECT @v, @t;
CALL json_extract_property('{"a": 1, "b": "two", "c": [1, {"x": "]"}], "d": {"e": null}, "f": true, "g": null, "h": false}', 'f', @v, @t);
SELECT @v, @t;
CALL json_extract_property('{"a": 1, "b": "two", "c": [1, {"x": "]"}], "d": {"e": null}, "f": true, "g": null, "h": false}', 'g', @v, @t);
SELECT @v, @t;
CALL json_extract_property('{"a": 1, "b": "two", "c": [1, {"x": "]"}], "d": {"e": null}, "f": true, "g": null, "h": false}', 'h', @v, @t);
SELECT @v, @t;
CALL json_extract_property('{"a": 1, "b": "two", "c": [1, {"x": "]"}], "d": {"e": null}, "f": true, "g": null, "h": false, "i": -12.5e3}', 'i', @v, @t);
SELECT @v, @t;
CALL json_extract_property('{"a": 1}', 'missing', @v, @t);
SELECT @v, @t;
CALL json_extract_property('{"A": 1, "a": 2}', 'a', @v, @t);
SELECT @v, @t;
CALL json_extract_property('{"a": 1, "a": 2}', 'a', @v, @t);
SELECT @v, @t;
CALL json_extract_property('{}', 'a', @v, @t);
SELECT @v, @t;
CALL json_extract_property('  {  "sp" :  "a b"  }  ', 'sp', @v, @t);
SELECT @v, @t;
CALL json_extract_property('{"esc": "say \\"hi\\" \\\\ tab\\tend"}', 'esc', @v, @t);
SELECT @v, @t, LENGTH(@v);
CALL json_extract_property('{"k\\"q": "quoted key"}', 'k"q', @v, @t);
SELECT @v, @t;
CALL json_extract_property('{"u": "héllo wörld 日本"}', 'u', @v, @t);
SELECT @v, @t, CHAR_LENGTH(@v);
CALL json_extract_property('{"long": "abcdefghijklmnopqrstuvwxyz0123456789"}', 'long', @v, @t);
SELECT @v, @t;
SET @v = 'unchanged', @t = 'same';
CALL json_extract_property('[1, 2]', 'a', @v, @t);
SELECT @v, @t;
CALL json_extract_property('{"a": 1,}', 'a', @v, @t);
CALL json_extract_property('{"a" 1}', 'a', @v, @t);
CALL json_extract_property('{"a": TRUE}', 'a', @v, @t);
CALL json_extract_property('{"a": nul}', 'a', @v, @t);
CALL json_extract_property('{"a": 1} x', 'a', @v, @t);
CALL json_extract_property('{"a": "unterminated', 'a', @v, @t);
CALL json_extract_property('{"a": [1, 2', 'a', @v, @t);
CALL json_extract_property('', 'a', @v, @t);
CALL json_extract_property('{"a": 1', 'a', @v, @t);
CALL json_extract_property(NULL, 'a', @v, @t);
SELECT @v, @t;
