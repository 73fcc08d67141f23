-- RESIGNAL with a new SQLSTATE builds a new condition from the caught one's number, state and text: the caught
-- condition's other items are not carried over, and its origins come from the caught SQLSTATE; plain RESIGNAL keeps
-- every item of the condition it re-raises.
-- rules: C5 C3
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p(new_state BOOLEAN, server_error BOOLEAN)
BEGIN
  DECLARE n INT;
  DECLARE EXIT HANDLER FOR SQLEXCEPTION
  BEGIN
    GET DIAGNOSTICS n = NUMBER;
    GET DIAGNOSTICS CONDITION n @st = RETURNED_SQLSTATE, @no = MYSQL_ERRNO, @msg = MESSAGE_TEXT, @tn = TABLE_NAME,
      @co = CLASS_ORIGIN, @so = SUBCLASS_ORIGIN;
    SELECT new_state, server_error, n, @st, @no, @msg, @tn, @co, @so;
  END;
  BEGIN
    DECLARE EXIT HANDLER FOR SQLEXCEPTION
    BEGIN
      IF new_state THEN RESIGNAL SQLSTATE 'XY123'; ELSE RESIGNAL; END IF;
    END;
    IF server_error THEN DROP TABLE nosuch_tbl;
    ELSE SIGNAL SQLSTATE '45000' SET TABLE_NAME = 'tbl', MESSAGE_TEXT = 'signalled', MYSQL_ERRNO = 1234;
    END IF;
  END;
END$$
DELIMITER ;
CALL p(TRUE, FALSE);
CALL p(FALSE, FALSE);
CALL p(TRUE, TRUE);
