-- Handler selection: innermost block first; within a block errno beats SQLSTATE beats SQLEXCEPTION.
-- rules: B3 B5
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY);
INSERT INTO t VALUES (1);
DELIMITER $$
CREATE PROCEDURE p_same_block()
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SELECT 'sqlexception' AS picked;
  DECLARE CONTINUE HANDLER FOR SQLSTATE '23000' SELECT 'sqlstate' AS picked;
  DECLARE CONTINUE HANDLER FOR 1062 SELECT 'errno' AS picked;
  INSERT INTO t VALUES (1);
END$$
CREATE PROCEDURE p_state_over_class()
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SELECT 'sqlexception' AS picked;
  DECLARE CONTINUE HANDLER FOR SQLSTATE '23000' SELECT 'sqlstate' AS picked;
  INSERT INTO t VALUES (1);
END$$
CREATE PROCEDURE p_inner_general_wins()
BEGIN
  DECLARE CONTINUE HANDLER FOR 1062 SELECT 'outer errno' AS picked;
  BEGIN
    DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SELECT 'inner sqlexception' AS picked;
    INSERT INTO t VALUES (1);
  END;
END$$
CREATE PROCEDURE p_named_condition()
BEGIN
  DECLARE dup CONDITION FOR 1062;
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SELECT 'sqlexception' AS picked;
  DECLARE CONTINUE HANDLER FOR dup SELECT 'named condition' AS picked;
  INSERT INTO t VALUES (1);
END$$
CREATE PROCEDURE p_unmatched()
BEGIN
  DECLARE CONTINUE HANDLER FOR 1048 SELECT 'wrong handler' AS picked;
  INSERT INTO t VALUES (1);
  SELECT 'not reached' AS picked;
END$$
DELIMITER ;
CALL p_same_block();
CALL p_state_over_class();
CALL p_inner_general_wins();
CALL p_named_condition();
CALL p_unmatched();
