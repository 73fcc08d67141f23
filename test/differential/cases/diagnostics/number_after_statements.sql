-- NUMBER after different statements: a successful statement clears the area, one with warnings leaves them, GET DIAGNOSTICS itself does not clear.
-- rules: D1 D3
CREATE DATABASE d;
USE d;
CREATE TABLE t (c TINYINT);
SET sql_mode = '';
DELIMITER $$
CREATE PROCEDURE p()
BEGIN
  DECLARE n1, n2, n3, n4, n5, n6 INT DEFAULT -1;
  INSERT INTO t VALUES (1000), (-1000), ('x');
  GET DIAGNOSTICS n1 = NUMBER;
  GET DIAGNOSTICS n2 = NUMBER;
  SET @z = 1;
  GET DIAGNOSTICS n3 = NUMBER;
  INSERT INTO t VALUES (300);
  GET DIAGNOSTICS n4 = NUMBER;
  SELECT COUNT(*) INTO n5 FROM t;
  GET DIAGNOSTICS n5 = NUMBER;
  DO 1;
  GET DIAGNOSTICS n6 = NUMBER;
  SELECT n1, n2, n3, n4, n5, n6;
END$$
DELIMITER ;
CALL p();
INSERT INTO t VALUES (500), (600);
GET DIAGNOSTICS @n = NUMBER;
GET DIAGNOSTICS @n2 = NUMBER, @r = ROW_COUNT;
SELECT @n, @n2, @r;
GET DIAGNOSTICS @after_select = NUMBER;
SELECT @after_select;
