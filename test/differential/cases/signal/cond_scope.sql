-- SIGNAL condition names are resolved in the innermost enclosing block: inner blocks see outer names, siblings do not.
-- rules: C1
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p_outer_visible()
BEGIN
  DECLARE outer_cond CONDITION FOR SQLSTATE '45101';
  BEGIN
    BEGIN
      SIGNAL outer_cond SET MESSAGE_TEXT = 'outer name seen from a nested block';
    END;
  END;
END$$
CREATE PROCEDURE p_sibling()
BEGIN
  BEGIN
    DECLARE only_here CONDITION FOR SQLSTATE '45102';
    SET @x = 1;
  END;
  BEGIN
    SIGNAL only_here;
  END;
END$$
CREATE PROCEDURE p_inner_wins()
BEGIN
  DECLARE c CONDITION FOR SQLSTATE '45103';
  DECLARE EXIT HANDLER FOR SQLEXCEPTION
  BEGIN
    GET DIAGNOSTICS CONDITION 1 @st = RETURNED_SQLSTATE, @no = MYSQL_ERRNO;
  END;
  BEGIN
    DECLARE c CONDITION FOR SQLSTATE '45104';
    SIGNAL c;
  END;
END$$
CREATE PROCEDURE p_after_block()
BEGIN
  DECLARE c CONDITION FOR SQLSTATE '45105';
  BEGIN
    DECLARE c CONDITION FOR SQLSTATE '45106';
    SET @x = 2;
  END;
  SIGNAL c SET MESSAGE_TEXT = 'outer c again after the inner block';
END$$
CREATE PROCEDURE p_errno_inner()
BEGIN
  DECLARE c CONDITION FOR SQLSTATE '45107';
  BEGIN
    DECLARE c CONDITION FOR 1234;
    SIGNAL c;
  END;
END$$
DELIMITER ;
CALL p_outer_visible();
CALL p_inner_wins();
SELECT @st, @no;
CALL p_after_block();
CALL p_errno_inner();
