-- The second blog post's version of the table and trigger ("Second Part of a Journey"): four columns, and errors
-- recorded as code and msg. It is the same table name as the final version, so it lives in its own database here.
-- The blog omits the trigger's header, the handler and the IF's THEN/ELSE; they are completed here.

CREATE DATABASE IF NOT EXISTS fib_part2;
USE fib_part2;

CREATE TABLE fib_part2.fibonacci (
    fib INT,
    value INT,
    code CHAR(5),
    msg TEXT
);

DELIMITER $$
CREATE TRIGGER fibonacci_compute
BEFORE INSERT ON fibonacci
FOR EACH ROW
BEGIN
  DECLARE function_result_message TEXT;
  DECLARE output_value_as_string VARCHAR(32);
  DECLARE property_type VARCHAR(6);
  DECLARE code CHAR(5) DEFAULT '00000';
  DECLARE msg TEXT;
  DECLARE EXIT HANDLER FOR SQLEXCEPTION
  BEGIN
    GET DIAGNOSTICS CONDITION 1
      code = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
    SET NEW.code = code;
    SET NEW.msg = msg;
  END;

  SET function_result_message = lambda_sync('arn:aws:lambda:us-west-2:123456789012:function:fibonacci',
                                            CONCAT('{"fib": ', NEW.fib, '}'));
  CALL fib.json_extract_property(function_result_message, 'output', output_value_as_string, property_type);
  IF (output_value_as_string IS NULL) THEN
    SET NEW.code = "-1";
    SET NEW.msg = 'No output value received';
  ELSE
    SET NEW.value = output_value_as_string;
  END IF;
END$$
DELIMITER ;

INSERT INTO fib_part2.fibonacci VALUES (5, null, null, null);
SELECT * FROM fib_part2.fibonacci;
