-- The seed's trigger against replies only a stub can give: malformed JSON, a NULL reply, no "body", a body that is
-- not JSON, an output too long for the parser's VARCHAR(32), a non-numeric output, Lambda errors (the timeout too),
-- each recorded by the trigger's CONTINUE handler through GET DIAGNOSTICS.
-- spbed's native lambda_sync would shadow a stored function of that name (as Aurora's does), so the trigger below is
-- sql/seed/40_fibonacci_trigger.sql with one change: it calls the stub as fib.lambda_sync (schema-qualified names
-- always reach the stored function). The reply is chosen by the payload's fib.
-- rules: B1 B3 B7 D2 D3 H1 H2 C1 C3 A5
source sql/seed/10_fib_schema.sql;
source sql/json/10_json_helpers.sql;
source sql/json/20_json_extract_property.sql;
source sql/seed/20_fibcomp.sql;
source sql/seed/30_chaos_monkey.sql;
DELIMITER $$
CREATE FUNCTION lambda_sync(arn VARCHAR(200), payload TEXT) RETURNS TEXT DETERMINISTIC
BEGIN
  DECLARE fib INT;
  IF arn IS NULL OR payload IS NULL THEN
    RETURN NULL;
  END IF;
  SET fib = CAST(TRIM(TRAILING '}' FROM SUBSTRING_INDEX(payload, ':', -1)) AS SIGNED);
  CASE fib
    WHEN -4 THEN
      SIGNAL SQLSTATE 'HY000' SET MYSQL_ERRNO = 1873,
        MESSAGE_TEXT = 'Lambda API returned error: Unhandled. {\n  "errorMessage" : "Task timed out after 9.01 seconds"\n}';
    WHEN 100 THEN RETURN '{\n  "isBase64Encoded" : false,\n  "body" : "{\\"output\\":';
    WHEN 101 THEN RETURN NULL;
    WHEN 102 THEN RETURN '{\n  "statusCode" : "502"\n}';
    WHEN 103 THEN RETURN '{\n  "body" : "oops"\n}';
    WHEN 104 THEN RETURN '{"body" : "{\\"output\\":\\"123456789012345678901234567890123456\\"}"}';
    WHEN 105 THEN RETURN '{"body" : "{\\"output\\":\\"abc\\"}"}';
    WHEN 106 THEN RETURN '{"body" : "{\\"output\\":42}"}';
    WHEN 107 THEN RETURN '{"body" : "{\\"output\\":\\"\\\\u0031\\\\u0032\\"}"}';
    WHEN 108 THEN RETURN '{"body" : ""}';
    WHEN 109 THEN RETURN '{"body" : "{\\"output\\":null}"}';
    WHEN 110 THEN RETURN '{"body" : "{\\"output\\":\\"12abc\\"}"}';
    WHEN 111 THEN RETURN '{"body" : "{\\"output\\":\\"7\\"} trailing"}';
    WHEN 112 THEN RETURN '[1, 2]';
    WHEN 113 THEN RETURN '{"body" : "{\\"output\\":\\"-2147483649\\"}"}';
    ELSE RETURN CONCAT('{\n  "isBase64Encoded" : false,\n  "body" : "{\\"output\\":\\"', fibcomp(fib),
                       '\\",\\"input\\":\\"{\\\\\\"fib\\\\\\":', fib, '}\\",\\"error\\":null}",\n  "statusCode" : "200"\n}');
  END CASE;
END$$
DELIMITER ;
DELIMITER $$
CREATE TRIGGER fibonacci_before_insert
BEFORE INSERT ON fibonacci
FOR EACH ROW
BEGIN
  DECLARE function_result_message TEXT;
  DECLARE reply_body TEXT;
  DECLARE body_type VARCHAR(6);
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

  invocation: BEGIN
    CALL chaos_monkey(NEW.fib, 'before');
    IF error_sqlstate <> '00000' THEN
      LEAVE invocation;
    END IF;

    SET function_result_message = fib.lambda_sync('arn:aws:lambda:us-west-2:123456789012:function:fibonacci',
                                                  CONCAT('{"fib": ', NEW.fib, '}'));
    IF error_sqlstate <> '00000' THEN
      LEAVE invocation;
    END IF;

    CALL chaos_monkey(NEW.fib, 'after');
    IF error_sqlstate <> '00000' THEN
      LEAVE invocation;
    END IF;

    CALL json_extract_property_text(function_result_message, 'body', reply_body, body_type);
    IF error_sqlstate <> '00000' THEN
      LEAVE invocation;
    END IF;

    CALL json_extract_property(reply_body, 'output', output_value_as_string, property_type);
    IF error_sqlstate <> '00000' THEN
      LEAVE invocation;
    END IF;

    IF (output_value_as_string IS NULL) THEN
      SET NEW.error_errno = "-1";
      SET NEW.error_msg = CONCAT('No output value received: ', function_result_message);
      SET NEW.success = FALSE;
    ELSE
      SET NEW.value = output_value_as_string;
      SET NEW.success = TRUE;
    END IF;
  END invocation;
END$$
DELIMITER ;
SELECT fib.lambda_sync('arn:aws:lambda:us-west-2:123456789012:function:fibonacci', '{"fib": 100}') AS malformed;
INSERT INTO fibonacci (fib, correlation_id) VALUES (5, 'ok'), (-4, 'timeout'), (100, 'malformed'), (101, 'null reply');
INSERT INTO fibonacci (fib, correlation_id) VALUES (102, 'no body'), (103, 'body not json'), (104, 'too long');
INSERT INTO fibonacci (fib, correlation_id) VALUES (105, 'abc'), (106, 'number'), (107, 'escapes'), (108, 'empty body');
-- 'null' and '12abc' into INT: error 1366 is caught by the handler, but 1265 has SQLSTATE 01000, which is not an
-- SQLEXCEPTION, so it fails the INSERT (strict mode)
INSERT INTO fibonacci (fib, correlation_id) VALUES (109, 'null output');
INSERT INTO fibonacci (fib, correlation_id) VALUES (110, '12abc');
INSERT INTO fibonacci (fib, correlation_id) VALUES (111, 'trailing');
INSERT INTO fibonacci (fib, correlation_id) VALUES (112, 'array'), (113, 'out of range');
SELECT fib, value, correlation_id, success, error_sqlstate, error_msg, error_errno FROM fibonacci ORDER BY fib;
SELECT success, COUNT(*) AS n FROM fibonacci GROUP BY success ORDER BY success;
