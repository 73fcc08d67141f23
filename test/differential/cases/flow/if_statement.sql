-- IF / ELSEIF / ELSE with numbers, strings and NULLs.
-- rules: E1
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE FUNCTION classify(x INT) RETURNS VARCHAR(20) DETERMINISTIC
BEGIN
  IF x IS NULL THEN RETURN 'null';
  ELSEIF x < 0 THEN RETURN 'negative';
  ELSEIF x = 0 THEN RETURN 'zero';
  ELSEIF x < 10 THEN RETURN 'small';
  ELSE RETURN 'large';
  END IF;
END$$
CREATE FUNCTION str_test(s VARCHAR(10)) RETURNS VARCHAR(10) DETERMINISTIC
BEGIN
  IF s = 'yes' THEN RETURN 'matched'; END IF;
  IF s THEN RETURN 'truthy'; END IF;
  RETURN 'falsy';
END$$
DELIMITER ;
SELECT classify(NULL), classify(-3), classify(0), classify(5), classify(50);
SELECT str_test('YES'), str_test('1'), str_test('0'), str_test('abc'), str_test(NULL), str_test('2x');
