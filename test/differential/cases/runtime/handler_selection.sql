-- Handler selection (B3, B4, B8): innermost block first, errno beats SQLSTATE beats class, a local general handler
-- beats an outer specific one, a handler does not catch its own body's conditions, DEFAULT errors are not caught.
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p_precedence()
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SELECT 'class' AS h;
  DECLARE CONTINUE HANDLER FOR SQLSTATE '42S02' SELECT 'sqlstate' AS h;
  DECLARE CONTINUE HANDLER FOR 1051 SELECT 'errno' AS h;
  DROP TABLE no_such_table;
  SIGNAL SQLSTATE '42S02';
  SIGNAL SQLSTATE '45000';
END$$
CREATE PROCEDURE p_local_general()
BEGIN
  DECLARE CONTINUE HANDLER FOR 1051 SELECT 'outer errno' AS h;
  BEGIN
    DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SELECT 'inner general' AS h;
    DROP TABLE no_such_table;
  END;
  DROP TABLE no_such_table;
END$$
CREATE PROCEDURE p_own_body()
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SELECT 'outer' AS h;
  BEGIN
    DECLARE CONTINUE HANDLER FOR SQLSTATE '45000' BEGIN
      SELECT 'inner' AS h;
      SIGNAL SQLSTATE '45001';
      SELECT 'inner continues' AS h;
    END;
    SIGNAL SQLSTATE '45000';
    SELECT 'after signal' AS h;
  END;
END$$
CREATE PROCEDURE p_exit()
BEGIN
  DECLARE x INT DEFAULT 0;
  b1: BEGIN
    DECLARE EXIT HANDLER FOR SQLEXCEPTION SET x = x + 10;
    BEGIN
      SET x = 1;
      DROP TABLE no_such_table;
      SET x = 2;
    END;
    SET x = 3;
  END b1;
  SELECT x;
END$$
CREATE PROCEDURE p_default_not_caught()
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SELECT 'outer caught' AS h;
  BEGIN
    DECLARE v INT DEFAULT (SELECT 1 FROM no_such_table);
    DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SELECT 'inner caught' AS h;
    SELECT 'inner body' AS h;
  END;
  SELECT 'end' AS h;
END$$
CREATE PROCEDURE p_unhandled()
BEGIN
  DECLARE CONTINUE HANDLER FOR 1062 SELECT 'dup' AS h;
  SELECT 'before' AS h;
  DROP TABLE no_such_table;
  SELECT 'never' AS h;
END$$
DELIMITER ;
CALL p_precedence();
CALL p_local_general();
CALL p_own_body();
CALL p_exit();
CALL p_default_not_caught();
CALL p_unhandled();
