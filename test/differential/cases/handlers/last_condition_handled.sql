-- A statement leaving several warnings: the last one that has a handler is handled, once, after the statement finished.
-- rules: B7 B3 D2
CREATE DATABASE d;
USE d;
CREATE TABLE t (a TINYINT, b INT);
SET sql_mode = '';
DELIMITER $$
CREATE PROCEDURE p(which INT)
BEGIN
  DECLARE log TEXT DEFAULT '';
  IF which = 1 THEN
    BEGIN
      DECLARE CONTINUE HANDLER FOR 1264 SET log = CONCAT(log, '1264;');
      INSERT INTO t VALUES (1000, 'x');
    END;
  ELSEIF which = 2 THEN
    BEGIN
      DECLARE CONTINUE HANDLER FOR 1264 SET log = CONCAT(log, '1264;');
      DECLARE CONTINUE HANDLER FOR 1366 SET log = CONCAT(log, '1366;');
      INSERT INTO t VALUES (1000, 'x');
    END;
  ELSEIF which = 3 THEN
    BEGIN
      DECLARE n INT;
      DECLARE CONTINUE HANDLER FOR SQLWARNING
      BEGIN
        GET DIAGNOSTICS n = NUMBER;
        SET log = CONCAT(log, 'sqlwarning n=', n, ';');
      END;
      INSERT INTO t VALUES (1000, 'x'), (-1000, 'y');
    END;
  ELSE
    BEGIN
      DECLARE CONTINUE HANDLER FOR 1366 SET log = CONCAT(log, 'inner-1366;');
      BEGIN
        DECLARE CONTINUE HANDLER FOR 1264 SET log = CONCAT(log, 'innermost-1264;');
        INSERT INTO t VALUES (1000, 'x');
      END;
    END;
  END IF;
  SELECT which, log;
END$$
DELIMITER ;
CALL p(1);
CALL p(2);
CALL p(3);
CALL p(4);
SELECT COUNT(*) AS inserted FROM t;
