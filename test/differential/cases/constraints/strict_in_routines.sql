-- Constraint errors inside stored programs: a procedure's INSERT failing on NOT NULL, UNIQUE or a too-long value is
-- undone alone (earlier statements of the procedure stay), handlers for 1062/1048/1406 with GET DIAGNOSTICS, the
-- routine's own sql_mode (strict at creation) used whatever the caller's mode, and ROW_COUNT() after each step.
-- rules: A6 B1 B3 D3 H2
CREATE DATABASE d;
USE d;
SET sql_mode = 'STRICT_TRANS_TABLES';
CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(4) NOT NULL UNIQUE);
DELIMITER $$
CREATE PROCEDURE add_two(IN a INT, IN an VARCHAR(10), IN b INT, IN bn VARCHAR(10))
BEGIN
  INSERT INTO t VALUES (a, an);
  SELECT ROW_COUNT() AS first_rc;
  INSERT INTO t VALUES (b, bn);
END$$
CREATE PROCEDURE add_safe(IN a INT, IN an VARCHAR(10))
BEGIN
  DECLARE errno INT DEFAULT 0;
  DECLARE msg TEXT;
  DECLARE CONTINUE HANDLER FOR 1062, 1048, 1406
  BEGIN
    GET DIAGNOSTICS CONDITION 1 errno = MYSQL_ERRNO, msg = MESSAGE_TEXT;
  END;
  INSERT INTO t VALUES (a, an);
  SELECT errno, msg, ROW_COUNT() AS rc;
END$$
DELIMITER ;
CALL add_two(1, 'ann', 2, 'ann');
SELECT id, name FROM t ORDER BY id;
CALL add_two(3, 'bob', 4, NULL);
CALL add_two(5, 'cy', 6, 'toolong');
SELECT id, name FROM t ORDER BY id;
CALL add_safe(7, 'ann');
CALL add_safe(8, NULL);
CALL add_safe(9, 'waytoolong');
CALL add_safe(10, 'ok');
SET sql_mode = '';
CALL add_safe(11, 'longername');
INSERT INTO t VALUES (12, 'longername');
SELECT id, name FROM t ORDER BY id;
