-- A SET of a typed local variable that fails leaves the variable NULL (MySQL's sp_eval_expr sets the field to NULL
-- on error), and under strict sql_mode a conversion warning while computing the value is an error.
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE caught() BEGIN
  DECLARE a INT DEFAULT 5;
  DECLARE b VARCHAR(2) DEFAULT 'ok';
  DECLARE c INT DEFAULT 3;
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION BEGIN END;
  SET b = 'toolong';
  SET a = 99999999999;
  SET c = 1/0;
  SELECT a, b, c;
END$$
CREATE PROCEDURE strict_warning() BEGIN
  DECLARE a INT DEFAULT 5;
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SET @h = 'caught';
  SET @h = '';
  SET a = '7x' + 0;
  SELECT a, @h;
END$$
CREATE PROCEDURE uncaught() BEGIN
  DECLARE a INT DEFAULT 5;
  SET a = '7x' + 0;
  SELECT a;
END$$
DELIMITER ;
SET sql_mode = '';
DELIMITER $$
CREATE PROCEDURE lenient() BEGIN
  DECLARE a INT DEFAULT 5;
  SET a = '7x' + 0;
  SELECT a;
END$$
DELIMITER ;
SET sql_mode = 'ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION';
CALL caught();
CALL strict_warning();
CALL uncaught();
CALL lenient();
