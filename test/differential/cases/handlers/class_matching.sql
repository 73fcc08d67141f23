-- Condition classes: SQLWARNING is '01' (and warning-level conditions), NOT FOUND is '02', SQLEXCEPTION is the rest at error level.
-- rules: B2 B5 C2
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p(what INT)
BEGIN
  DECLARE picked TEXT DEFAULT 'none';
  BEGIN
    DECLARE CONTINUE HANDLER FOR SQLWARNING SET picked = 'sqlwarning';
    DECLARE CONTINUE HANDLER FOR NOT FOUND SET picked = 'not found';
    DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SET picked = 'sqlexception';
    CASE what
      WHEN 1 THEN SIGNAL SQLSTATE '01000';
      WHEN 2 THEN SIGNAL SQLSTATE '01ABC';
      WHEN 3 THEN SIGNAL SQLSTATE '02000';
      WHEN 4 THEN SIGNAL SQLSTATE '02XYZ';
      WHEN 5 THEN SIGNAL SQLSTATE '45000';
      WHEN 6 THEN SIGNAL SQLSTATE '03000';
      WHEN 7 THEN SIGNAL SQLSTATE '22012';
      WHEN 8 THEN SIGNAL SQLSTATE 'HY000';
      ELSE SET picked = 'no condition';
    END CASE;
  END;
  SELECT what, picked;
END$$
CREATE PROCEDURE p_only_warning(what INT)
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLWARNING SELECT what, 'sqlwarning caught' AS msg;
  IF what = 1 THEN SIGNAL SQLSTATE '02000'; END IF;
  IF what = 2 THEN SIGNAL SQLSTATE '45000'; END IF;
  SELECT what, 'continued' AS msg;
END$$
CREATE PROCEDURE p_only_exception(what INT)
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION SELECT what, 'sqlexception caught' AS msg;
  IF what = 1 THEN SIGNAL SQLSTATE '01000'; END IF;
  IF what = 2 THEN SIGNAL SQLSTATE '02000'; END IF;
  SELECT what, 'continued' AS msg;
END$$
CREATE PROCEDURE p_only_not_found(what INT)
BEGIN
  DECLARE CONTINUE HANDLER FOR NOT FOUND SELECT what, 'not found caught' AS msg;
  IF what = 1 THEN SIGNAL SQLSTATE '01000'; END IF;
  IF what = 2 THEN SIGNAL SQLSTATE '45000'; END IF;
  SELECT what, 'continued' AS msg;
END$$
DELIMITER ;
CALL p(1);
CALL p(2);
CALL p(3);
CALL p(4);
CALL p(5);
CALL p(6);
CALL p(7);
CALL p(8);
CALL p(0);
CALL p_only_warning(1);
CALL p_only_warning(2);
CALL p_only_exception(1);
CALL p_only_exception(2);
CALL p_only_not_found(1);
CALL p_only_not_found(2);
