-- The seed's trigger scenario: every failure point of the chaos monkey, with lambda_sync replaced by a SQL stub.
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
DELIMITER $$
-- Stands in for Aurora's lambda_sync(): answers as the seed's fibonacci function does, pretty-printed with line
-- feeds, and fails like Aurora (errno 1873, SQLSTATE HY000) for the seed's in-function failures.
CREATE FUNCTION fibcomp(fib INT) RETURNS BIGINT DETERMINISTIC
BEGIN
  DECLARE f1 BIGINT DEFAULT 0;
  DECLARE f2 BIGINT DEFAULT 1;
  DECLARE i INT DEFAULT 2;
  DECLARE s BIGINT;
  IF fib <= 0 THEN RETURN f1; END IF;
  WHILE i <= fib DO
    SET i = i + 1;
    SET s = f1 + f2;
    SET f1 = f2;
    SET f2 = s;
  END WHILE;
  RETURN f2;
END$$
CREATE FUNCTION lambda_stub(arn VARCHAR(200), payload TEXT) RETURNS TEXT DETERMINISTIC
BEGIN
  DECLARE fib INT DEFAULT CAST(TRIM(TRAILING '}' FROM SUBSTRING_INDEX(payload, ':', -1)) AS SIGNED);
  IF arn NOT LIKE '%:function:fibonacci' THEN
    SIGNAL SQLSTATE 'HY000' SET MYSQL_ERRNO = 1873,
      MESSAGE_TEXT = 'Lambda API returned error: Resource Not Found. Function not found';
  END IF;
  IF fib = -3 THEN
    SIGNAL SQLSTATE 'HY000' SET MYSQL_ERRNO = 1873,
      MESSAGE_TEXT = 'Lambda API returned error: Unhandled. {\n  "errorMessage" : "/ by zero",\n  "errorType" : "java.lang.ArithmeticException"\n}';
  END IF;
  IF fib = -4 THEN
    SIGNAL SQLSTATE 'HY000' SET MYSQL_ERRNO = 1873,
      MESSAGE_TEXT = 'Lambda API returned error: Unhandled. {\n  "errorMessage" : "Task timed out after 9.01 seconds"\n}';
  END IF;
  IF fib = -5 THEN
    SIGNAL SQLSTATE 'HY000' SET MYSQL_ERRNO = 1873,
      MESSAGE_TEXT = 'Lambda API returned error: Unhandled. {\n  "errorMessage" : "Java heap space",\n  "errorType" : "java.lang.OutOfMemoryError"\n}';
  END IF;
  RETURN CONCAT('{\n  "output" : "', fibcomp(fib), '",\n  "input" : "', REPLACE(payload, '"', '\\"'), '",\n  "error" : null\n}');
END$$
-- The seed's deterministic chaos monkey: signals before (-2) and after (-7) the function invocation.
CREATE PROCEDURE chaos_monkey(fib INT, stage VARCHAR(10))
BEGIN
  IF stage = 'before' AND fib = -2 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Signal before function invocation', MYSQL_ERRNO = 1091;
  END IF;
  IF stage = 'after' AND fib = -7 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Signal after function invocation', MYSQL_ERRNO = 1092;
  END IF;
END$$
DELIMITER ;
CREATE TABLE fibonacci (
  fib INTEGER,
  value INTEGER,
  correlation_id CHAR(36),
  success BOOLEAN,
  error_sqlstate CHAR(5),
  error_msg TEXT,
  error_errno INTEGER,
  PRIMARY KEY (correlation_id)
);
DELIMITER $$
CREATE TRIGGER fibonacci_bi BEFORE INSERT ON fibonacci FOR EACH ROW
BEGIN
  DECLARE function_result_message TEXT;
  DECLARE output_value_as_string VARCHAR(32);
  DECLARE property_type VARCHAR(6);
  DECLARE error_sqlstate CHAR(5) DEFAULT '00000';
  DECLARE error_msg TEXT;
  DECLARE error_errno INTEGER;
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION
  BEGIN
    GET DIAGNOSTICS CONDITION 1
      error_sqlstate = RETURNED_SQLSTATE,
      error_msg = MESSAGE_TEXT,
      error_errno = MYSQL_ERRNO;
    SET NEW.error_sqlstate = error_sqlstate;
    SET NEW.error_msg = error_msg;
    SET NEW.error_errno = error_errno;
    SET NEW.success = FALSE;
  END;

  body: BEGIN
    CALL chaos_monkey(NEW.fib, 'before');
    IF error_sqlstate <> '00000' THEN LEAVE body; END IF;
    SET function_result_message = lambda_stub('arn:aws:lambda:us-west-2:123456789012:function:fibonacci',
                                              CONCAT('{"fib": ', NEW.fib, '}'));
    IF error_sqlstate <> '00000' THEN LEAVE body; END IF;
    CALL chaos_monkey(NEW.fib, 'after');
    IF error_sqlstate <> '00000' THEN LEAVE body; END IF;
    CALL json_extract_property(function_result_message, 'output', output_value_as_string, property_type);
    IF error_sqlstate <> '00000' THEN LEAVE body; END IF;
    IF (output_value_as_string IS NULL) THEN
      SET NEW.error_errno = -1;
      SET NEW.error_msg = CONCAT('No output value received: ', function_result_message);
      SET NEW.success = FALSE;
    ELSE
      SET NEW.value = output_value_as_string;
      SET NEW.success = TRUE;
    END IF;
  END body;
END$$
DELIMITER ;
INSERT INTO fibonacci VALUES (2, NULL, '22', NULL, NULL, NULL, NULL);
SELECT * FROM fibonacci;
INSERT INTO fibonacci VALUES (-2, NULL, '-22', NULL, NULL, NULL, NULL);
INSERT INTO fibonacci VALUES (-3, NULL, '-33', NULL, NULL, NULL, NULL);
INSERT INTO fibonacci VALUES (-4, NULL, '-44', NULL, NULL, NULL, NULL);
INSERT INTO fibonacci VALUES (-5, NULL, '-55', NULL, NULL, NULL, NULL);
INSERT INTO fibonacci VALUES (-7, NULL, '-77', NULL, NULL, NULL, NULL);
SELECT * FROM fibonacci WHERE success = 0 ORDER BY fib DESC;
INSERT INTO fibonacci (fib, correlation_id) VALUES (5, 'a'), (10, 'b'), (-2, 'c'), (30, 'd');
SELECT fib, value, correlation_id, success, error_errno FROM fibonacci WHERE correlation_id IN ('a', 'b', 'c', 'd');
INSERT INTO fibonacci (fib, correlation_id) VALUES (46, 'big'), (47, 'too big');
SELECT fib, value, success, error_sqlstate, error_msg, error_errno FROM fibonacci WHERE fib > 40;
INSERT INTO fibonacci (fib, correlation_id) VALUES (1, '22');
SELECT COUNT(*) FROM fibonacci;
