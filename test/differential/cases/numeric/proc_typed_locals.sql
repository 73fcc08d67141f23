-- Numeric results assigned to typed local variables behave like typed columns: rounding into INT and DECIMAL(5,2),
-- 1264 out of range in strict mode, clipping with a warning otherwise, and a DOUBLE local keeps full precision.
-- rules: A5 A6 F5
CREATE DATABASE num_loc;
USE num_loc;
SET @old_mode = @@sql_mode;
DELIMITER $$
CREATE PROCEDURE fit()
BEGIN
  DECLARE i INT DEFAULT 0;
  DECLARE t TINYINT DEFAULT 0;
  DECLARE d DECIMAL(5,2) DEFAULT 0;
  DECLARE f DOUBLE DEFAULT 0;
  DECLARE u INT UNSIGNED DEFAULT 0;
  SET i = 7 / 2, d = 1 / 3, f = PI();
  SELECT i, d, f;
  SET i = ROUND(2.5e0), d = ROUND(2.345, 2) * 10, f = ROUND(PI(), 2);
  SELECT i, d, f;
  SET d = 123.456;
  SHOW WARNINGS;
  SELECT d;
  SET t = 100 + 27;
  SELECT t;
  SET t = 100 + 28;
  SELECT 'not reached' AS x;
END$$
CREATE PROCEDURE over_decimal()
BEGIN
  DECLARE d DECIMAL(5,2) DEFAULT 0;
  SET d = 999.995;
  SELECT d;
END$$
CREATE PROCEDURE over_unsigned()
BEGIN
  DECLARE u INT UNSIGNED DEFAULT 0;
  SET u = 3 - 5;
  SELECT u;
END$$
SET sql_mode = ''$$
CREATE PROCEDURE lenient()
BEGIN
  DECLARE t TINYINT DEFAULT 0;
  DECLARE d DECIMAL(5,2) DEFAULT 0;
  DECLARE u INT UNSIGNED DEFAULT 0;
  SET t = 1000 * 2;
  SHOW WARNINGS;
  SET d = 1e10;
  SHOW WARNINGS;
  SET u = -7.5;
  SHOW WARNINGS;
  SELECT t, d, u;
END$$
SET sql_mode = @old_mode$$
DELIMITER ;
CALL fit();
CALL over_decimal();
CALL over_unsigned();
CALL lenient();
