-- Handler selection across blocks: the innermost block with any matching handler wins, even a general one over an outer errno; within a block errno > SQLSTATE > class, and a condition name counts as what it names.
-- rules: B3 B2
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY);
INSERT INTO t VALUES (1);
DELIMITER $$
CREATE PROCEDURE p_three_levels()
BEGIN
  DECLARE log TEXT DEFAULT '';
  DECLARE CONTINUE HANDLER FOR 1062 SET log = CONCAT(log, 'L1-errno;');
  BEGIN
    DECLARE CONTINUE HANDLER FOR SQLSTATE '23000' SET log = CONCAT(log, 'L2-state;');
    BEGIN
      DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SET log = CONCAT(log, 'L3-class;');
      INSERT INTO t VALUES (1);
    END;
    INSERT INTO t VALUES (1);
  END;
  INSERT INTO t VALUES (1);
  SELECT log;
END$$
CREATE PROCEDURE p_inner_no_match()
BEGIN
  DECLARE log TEXT DEFAULT '';
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SET log = CONCAT(log, 'outer-class;');
  BEGIN
    DECLARE CONTINUE HANDLER FOR 1048 SET log = CONCAT(log, 'inner-1048;');
    DECLARE CONTINUE HANDLER FOR NOT FOUND SET log = CONCAT(log, 'inner-nf;');
    INSERT INTO t VALUES (1);
    SET log = CONCAT(log, 'inner-continues;');
  END;
  SELECT log;
END$$
CREATE PROCEDURE p_state_condition_name()
BEGIN
  DECLARE dup_state CONDITION FOR SQLSTATE '23000';
  DECLARE log TEXT DEFAULT '';
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SET log = CONCAT(log, 'class;');
  DECLARE CONTINUE HANDLER FOR dup_state SET log = CONCAT(log, 'named-state;');
  INSERT INTO t VALUES (1);
  SELECT log;
END$$
CREATE PROCEDURE p_errno_name_vs_state()
BEGIN
  DECLARE dup_errno CONDITION FOR 1062;
  DECLARE log TEXT DEFAULT '';
  DECLARE CONTINUE HANDLER FOR SQLSTATE '23000' SET log = CONCAT(log, 'state;');
  DECLARE CONTINUE HANDLER FOR dup_errno SET log = CONCAT(log, 'named-errno;');
  INSERT INTO t VALUES (1);
  SELECT log;
END$$
CREATE PROCEDURE p_signal_errno()
BEGIN
  DECLARE log TEXT DEFAULT '';
  DECLARE CONTINUE HANDLER FOR SQLSTATE '45000' SET log = CONCAT(log, 'state;');
  DECLARE CONTINUE HANDLER FOR 1234 SET log = CONCAT(log, 'errno-1234;');
  SIGNAL SQLSTATE '45000' SET MYSQL_ERRNO = 1234;
  SIGNAL SQLSTATE '45000' SET MYSQL_ERRNO = 1235;
  SELECT log;
END$$
CREATE PROCEDURE p_inner_warning_general()
BEGIN
  DECLARE log TEXT DEFAULT '';
  DECLARE CONTINUE HANDLER FOR SQLSTATE '01234' SET log = CONCAT(log, 'outer-state;');
  BEGIN
    DECLARE CONTINUE HANDLER FOR SQLWARNING SET log = CONCAT(log, 'inner-sqlwarning;');
    SIGNAL SQLSTATE '01234';
  END;
  SIGNAL SQLSTATE '01234';
  SELECT log;
END$$
DELIMITER ;
CALL p_three_levels();
CALL p_inner_no_match();
CALL p_state_condition_name();
CALL p_errno_name_vs_state();
CALL p_signal_errno();
CALL p_inner_warning_general();
