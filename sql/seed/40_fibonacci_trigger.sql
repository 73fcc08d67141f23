-- The seed's BEFORE INSERT trigger: calls the `fibonacci` Lambda function through lambda_sync, extracts "output" from
-- the reply with the SQL JSON parser (sql/json), and records the value or the error in the inserted row.
--
-- The blog shows the trigger "with some details omitted"; completed here:
--   * the CONTINUE handler records RETURNED_SQLSTATE, MESSAGE_TEXT and MYSQL_ERRNO of any error in the row and sets
--     success to FALSE;
--   * the blog says that after an error the trigger completes without continuing past the failure point, so every
--     step is followed by a check of the error state and a LEAVE of the body;
--   * the chaos monkey runs before and after the invocation (sql/seed/30_chaos_monkey.sql);
--   * the ARN's region and account are filled in;
--   * the function answers in the API Gateway's envelope (second blog post), so "output" is found inside the JSON
--     string "body": the reply is parsed twice, first with the TEXT entry point for "body", then for "output".

USE fib;

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

    SET function_result_message = lambda_sync('arn:aws:lambda:us-west-2:123456789012:function:fibonacci',
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
