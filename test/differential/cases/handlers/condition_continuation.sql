-- An error in an ELSEIF, REPEAT UNTIL, simple CASE WHEN value or a later WHILE test, handled by CONTINUE, resumes after the whole construct.
-- rules: B6 E3
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p_elseif()
BEGIN
  DECLARE log TEXT DEFAULT '';
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SET log = CONCAT(log, 'handler;');
  IF 1 = 0 THEN SET log = CONCAT(log, 'then;');
  ELSEIF (SELECT x FROM nosuch) THEN SET log = CONCAT(log, 'elseif;');
  ELSE SET log = CONCAT(log, 'else;');
  END IF;
  SELECT CONCAT(log, 'end') AS elseif_log;
END$$
CREATE PROCEDURE p_repeat()
BEGIN
  DECLARE i INT DEFAULT 0;
  DECLARE log TEXT DEFAULT '';
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SET log = CONCAT(log, 'handler;');
  REPEAT
    SET i = i + 1;
    SET log = CONCAT(log, 'body', i, ';');
  UNTIL (SELECT x FROM nosuch) END REPEAT;
  SELECT CONCAT(log, 'end') AS repeat_log, i;
END$$
CREATE PROCEDURE p_case_when_value()
BEGIN
  DECLARE log TEXT DEFAULT '';
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SET log = CONCAT(log, 'handler;');
  CASE 2
    WHEN 1 THEN SET log = CONCAT(log, 'one;');
    WHEN (SELECT x FROM nosuch) THEN SET log = CONCAT(log, 'bad;');
    ELSE SET log = CONCAT(log, 'else;');
  END CASE;
  SELECT CONCAT(log, 'end') AS case_log;
END$$
CREATE PROCEDURE p_searched_case_second()
BEGIN
  DECLARE log TEXT DEFAULT '';
  DECLARE big BIGINT DEFAULT 9223372036854775807;
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SET log = CONCAT(log, 'handler;');
  CASE
    WHEN big < 0 THEN SET log = CONCAT(log, 'neg;');
    WHEN big + 1 > 0 THEN SET log = CONCAT(log, 'overflow;');
    ELSE SET log = CONCAT(log, 'else;');
  END CASE;
  SELECT CONCAT(log, 'end') AS searched_log;
END$$
CREATE PROCEDURE p_while_later()
BEGIN
  DECLARE i INT DEFAULT 0;
  DECLARE log TEXT DEFAULT '';
  DECLARE big BIGINT DEFAULT 9223372036854775806;
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SET log = CONCAT(log, 'handler;');
  WHILE big + i > 0 DO
    SET i = i + 1;
    SET log = CONCAT(log, 'body', i, ';');
  END WHILE;
  SELECT CONCAT(log, 'end') AS while_log, i;
END$$
CREATE PROCEDURE p_if_inside_loop()
BEGIN
  DECLARE i INT DEFAULT 0;
  DECLARE log TEXT DEFAULT '';
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SET log = CONCAT(log, 'handler;');
  WHILE i < 3 DO
    SET i = i + 1;
    IF i = 2 AND 9223372036854775807 + i > 0 THEN SET log = CONCAT(log, 'then;'); END IF;
    SET log = CONCAT(log, 'loop', i, ';');
  END WHILE;
  SELECT CONCAT(log, 'end') AS nested_log;
END$$
DELIMITER ;
CALL p_elseif();
CALL p_repeat();
CALL p_case_when_value();
CALL p_searched_case_second();
CALL p_while_later();
CALL p_if_inside_loop();
