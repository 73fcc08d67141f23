-- CONTINUE resumes after the failing statement; EXIT leaves the block that declares the handler.
-- rules: B1 B8
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY);
DELIMITER $$
CREATE PROCEDURE p_continue()
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SELECT 'handled' AS msg;
  INSERT INTO t VALUES (1);
  INSERT INTO t VALUES (1);
  SELECT 'after duplicate' AS msg;
END$$
CREATE PROCEDURE p_exit()
BEGIN
  DECLARE EXIT HANDLER FOR SQLEXCEPTION SELECT 'handled' AS msg;
  INSERT INTO t VALUES (2);
  INSERT INTO t VALUES (2);
  SELECT 'never' AS msg;
END$$
CREATE PROCEDURE p_exit_inner()
BEGIN
  outer_block: BEGIN
    DECLARE EXIT HANDLER FOR SQLEXCEPTION SELECT 'outer handler' AS msg;
    BEGIN
      INSERT INTO t VALUES (3);
      INSERT INTO t VALUES (3);
      SELECT 'inner never' AS msg;
    END;
    SELECT 'outer never' AS msg;
  END;
  SELECT 'after outer block' AS msg;
END$$
DELIMITER ;
CALL p_continue();
CALL p_exit();
CALL p_exit_inner();
SELECT * FROM t ORDER BY id;
