-- Typed local variables: in strict mode each lossy conversion is an error (1264, 1366, 1406, 1292, and 1265 with SQLSTATE 01000, which an SQLWARNING handler takes); cutting trailing spaces only warns.
-- rules: A5 B2
CREATE DATABASE d;
USE d;
SET sql_mode = 'STRICT_TRANS_TABLES';
DELIMITER $$
CREATE PROCEDURE conv(kind VARCHAR(10), x TEXT)
BEGIN
  DECLARE e INT DEFAULT 0;
  DECLARE m TEXT DEFAULT '';
  DECLARE CONTINUE HANDLER FOR SQLWARNING GET DIAGNOSTICS CONDITION 1 e = MYSQL_ERRNO, m = MESSAGE_TEXT;
  CASE kind
    WHEN 'tinyint' THEN BEGIN DECLARE v TINYINT; SET v = x; SELECT kind, x, v, e, m; END;
    WHEN 'unsigned' THEN BEGIN DECLARE v INT UNSIGNED; SET v = x; SELECT kind, x, v, e, m; END;
    WHEN 'int' THEN BEGIN DECLARE v INT; SET v = x; SELECT kind, x, v, e, m; END;
    WHEN 'varchar' THEN BEGIN DECLARE v VARCHAR(3); SET v = x; SELECT kind, x, v, e, m; END;
    WHEN 'char' THEN BEGIN DECLARE v CHAR(2); SET v = x; SELECT kind, x, v, e, m; END;
    WHEN 'decimal' THEN BEGIN DECLARE v DECIMAL(4,1); SET v = x; SELECT kind, x, v, e, m; END;
    WHEN 'double' THEN BEGIN DECLARE v DOUBLE; SET v = x; SELECT kind, x, v, e, m; END;
    WHEN 'date' THEN BEGIN DECLARE v DATE; SET v = x; SELECT kind, x, v, e, m; END;
  END CASE;
END$$
CREATE PROCEDURE arith()
BEGIN
  DECLARE e INT DEFAULT 0;
  DECLARE v SMALLINT;
  DECLARE CONTINUE HANDLER FOR SQLWARNING GET DIAGNOSTICS CONDITION 1 e = MYSQL_ERRNO;
  SET v = 30000;
  SET v = v + v;
  SELECT v AS sum_stored, e;
END$$
DELIMITER ;
CALL conv('tinyint', '127');
CALL conv('tinyint', '128');
CALL conv('tinyint', '-200');
CALL conv('unsigned', '-1');
CALL conv('int', '10 String');
CALL conv('int', 'String10');
CALL conv('int', '');
CALL conv('int', '3.7');
CALL conv('varchar', 'abcd');
CALL conv('varchar', 'abc   ');
CALL conv('char', 'xyz');
CALL conv('decimal', '12345');
CALL conv('decimal', 'abc');
CALL conv('double', '1.5e3x');
CALL conv('date', '2024-02-30');
CALL conv('date', 'not a date');
CALL arith();
