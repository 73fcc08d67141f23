-- A cursor's query is checked when it is opened, not when it is declared: OPEN of a query on a missing table or column fails, a handler catches it, and the cursor stays closed.
-- rules: B1 B5
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT);
INSERT INTO t VALUES (1);
DELIMITER $$
CREATE PROCEDURE p_missing_table()
BEGIN
  DECLARE x INT;
  DECLARE c CURSOR FOR SELECT id FROM nosuch;
  SET @trail = 'declared;';
  OPEN c;
  SET @trail = CONCAT(@trail, 'not reached;');
END$$
CREATE PROCEDURE p_handled()
BEGIN
  DECLARE x INT;
  DECLARE log TEXT DEFAULT '';
  DECLARE e INT;
  DECLARE c CURSOR FOR SELECT nocol FROM t;
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION
  BEGIN
    GET DIAGNOSTICS CONDITION 1 e = MYSQL_ERRNO;
    SET log = CONCAT(log, e, ';');
  END;
  OPEN c;
  FETCH c INTO x;
  CLOSE c;
  SELECT log;
END$$
CREATE PROCEDURE p_table_created_later()
BEGIN
  DECLARE x INT;
  DECLARE c CURSOR FOR SELECT id FROM later ORDER BY id;
  CREATE TABLE later (id INT);
  INSERT INTO later VALUES (7);
  OPEN c;
  FETCH c INTO x;
  CLOSE c;
  DROP TABLE later;
  SELECT x AS from_later;
END$$
DELIMITER ;
CALL p_missing_table();
SELECT @trail;
CALL p_handled();
CALL p_table_created_later();
