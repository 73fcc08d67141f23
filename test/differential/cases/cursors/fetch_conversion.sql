-- FETCH and SELECT ... INTO store into typed locals like SET does: out-of-range and too-long values are errors in strict mode (the variable is left NULL) and clipped with a warning otherwise.
-- rules: A5 A6 B2
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, n INT, s VARCHAR(10));
INSERT INTO t VALUES (1, 5, 'ok'), (2, 300, 'abcdef');
SET sql_mode = 'STRICT_ALL_TABLES';
DELIMITER $$
CREATE PROCEDURE strict_fetch()
BEGIN
  DECLARE a TINYINT;
  DECLARE b VARCHAR(3);
  DECLARE log TEXT DEFAULT '';
  DECLARE e INT;
  DECLARE c CURSOR FOR SELECT n, s FROM t ORDER BY id;
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION
  BEGIN
    GET DIAGNOSTICS CONDITION 1 e = MYSQL_ERRNO;
    SET log = CONCAT(log, 'error ', e, ';');
  END;
  OPEN c;
  FETCH c INTO a, b;
  SET log = CONCAT(log, a, '/', b, ';');
  FETCH c INTO a, b;
  SET log = CONCAT(log, a, '/', b, ';');
  CLOSE c;
  SELECT log;
END$$
CREATE PROCEDURE strict_into()
BEGIN
  DECLARE a TINYINT DEFAULT -1;
  DECLARE b VARCHAR(3) DEFAULT '-';
  DECLARE log TEXT DEFAULT '';
  DECLARE e INT;
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION
  BEGIN
    GET DIAGNOSTICS CONDITION 1 e = MYSQL_ERRNO;
    SET log = CONCAT(log, 'error ', e, ';');
  END;
  SELECT n, s INTO a, b FROM t WHERE id = 2;
  SET log = CONCAT(log, a, '/', b, ';');
  SELECT s INTO b FROM t WHERE id = 2;
  SET log = CONCAT(log, a, '/', b, ';');
  SELECT log;
END$$
CREATE PROCEDURE strict_set()
BEGIN
  DECLARE a TINYINT DEFAULT 5;
  DECLARE b VARCHAR(3) DEFAULT 'abc';
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION BEGIN END;
  SET a = 1000;
  SET b = 'abcdef';
  SELECT a IS NULL AS a_null, b IS NULL AS b_null;
END$$
DELIMITER ;
SET sql_mode = '';
DELIMITER $$
CREATE PROCEDURE lenient_fetch()
BEGIN
  DECLARE a TINYINT;
  DECLARE b VARCHAR(3);
  DECLARE log TEXT DEFAULT '';
  DECLARE e INT;
  DECLARE c CURSOR FOR SELECT n, s FROM t ORDER BY id;
  DECLARE CONTINUE HANDLER FOR SQLWARNING
  BEGIN
    GET DIAGNOSTICS CONDITION 1 e = MYSQL_ERRNO;
    SET log = CONCAT(log, 'warning ', e, ';');
  END;
  OPEN c;
  FETCH c INTO a, b;
  SET log = CONCAT(log, a, '/', b, ';');
  FETCH c INTO a, b;
  SET log = CONCAT(log, a, '/', b, ';');
  CLOSE c;
  SELECT log;
END$$
CREATE PROCEDURE lenient_into()
BEGIN
  DECLARE a TINYINT DEFAULT -1;
  DECLARE b VARCHAR(3) DEFAULT '-';
  DECLARE n_cond INT;
  SELECT n, s INTO a, b FROM t WHERE id = 2;
  GET DIAGNOSTICS n_cond = NUMBER;
  SELECT a, b, n_cond;
END$$
DELIMITER ;
CALL strict_fetch();
CALL strict_into();
CALL strict_set();
CALL lenient_fetch();
CALL lenient_into();
