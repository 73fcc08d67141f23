-- B6: a condition raised while evaluating an IF/CASE/WHILE/REPEAT condition and handled by CONTINUE resumes after
-- the whole construct; a warning there does the same when a SQLWARNING handler takes it. NULL conditions are false.
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p_warning_in_if()
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLWARNING SELECT 'warning handler' AS h;
  IF '1abc' = 1 THEN SELECT 'then' AS b; ELSE SELECT 'else' AS b; END IF;
  SELECT 'after if' AS a;
END$$
CREATE PROCEDURE p_error_in_repeat()
BEGIN
  DECLARE i INT DEFAULT 0;
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SELECT 'handler', i;
  REPEAT
    SET i = i + 1;
  UNTIL (SELECT 1 FROM no_such_table) END REPEAT;
  SELECT 'end', i;
END$$
CREATE PROCEDURE p_null_conditions()
BEGIN
  DECLARE n INT;
  DECLARE i INT DEFAULT 0;
  IF n THEN SELECT 'null is true' AS r; ELSEIF NOT n THEN SELECT 'not null is true' AS r; ELSE SELECT 'neither' AS r; END IF;
  WHILE n DO SET i = i + 1; END WHILE;
  CASE n WHEN NULL THEN SELECT 'when null matched' AS r; ELSE SELECT 'else' AS r; END CASE;
  SELECT i;
END$$
CREATE PROCEDURE p_case_not_found(v INT)
BEGIN
  CASE v WHEN 1 THEN SELECT 'one' AS r; WHEN 2 THEN SELECT 'two' AS r; END CASE;
END$$
CREATE PROCEDURE p_case_handled()
BEGIN
  DECLARE CONTINUE HANDLER FOR 1339 SELECT 'case handler' AS h;
  CASE 5 WHEN 1 THEN SELECT 'one' AS r; END CASE;
  SELECT 'after case' AS r;
END$$
DELIMITER ;
CALL p_warning_in_if();
CALL p_error_in_repeat();
CALL p_null_conditions();
CALL p_case_not_found(2);
CALL p_case_not_found(3);
CALL p_case_handled();
