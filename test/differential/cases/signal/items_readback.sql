-- Every SIGNAL item can be read back with GET DIAGNOSTICS; items not set read as empty strings, CLASS_ORIGIN included.
-- rules: C3
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p(all_items BOOLEAN)
BEGIN
  DECLARE a, b, c, d1, e, f, g, h, i, j, k TEXT;
  DECLARE no INT;
  DECLARE EXIT HANDLER FOR SQLEXCEPTION
  BEGIN
    GET DIAGNOSTICS CONDITION 1
      a = CLASS_ORIGIN, b = SUBCLASS_ORIGIN, c = CONSTRAINT_CATALOG, d1 = CONSTRAINT_SCHEMA, e = CONSTRAINT_NAME,
      f = CATALOG_NAME, g = SCHEMA_NAME, h = TABLE_NAME, i = COLUMN_NAME, j = CURSOR_NAME, k = MESSAGE_TEXT,
      no = MYSQL_ERRNO;
    SELECT a, b, c, d1, e, f, g, h, i, j, k, no;
    SELECT CONCAT('[', a, '][', b, '][', c, '][', j, ']') AS bracketed;
  END;
  IF all_items THEN
    SIGNAL SQLSTATE '45000' SET CLASS_ORIGIN = 'co', SUBCLASS_ORIGIN = 'so', CONSTRAINT_CATALOG = 'ccat',
      CONSTRAINT_SCHEMA = 'csch', CONSTRAINT_NAME = 'cname', CATALOG_NAME = 'cat', SCHEMA_NAME = 'sch',
      TABLE_NAME = 'tbl', COLUMN_NAME = 'col', CURSOR_NAME = 'cur', MESSAGE_TEXT = 'every item', MYSQL_ERRNO = 5000;
  ELSE
    SIGNAL SQLSTATE '45000';
  END IF;
END$$
DELIMITER ;
CALL p(TRUE);
CALL p(FALSE);
