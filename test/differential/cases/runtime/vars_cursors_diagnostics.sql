-- Typed local variables (A2, A3, A5, A6), cursors, SELECT ... INTO (G4) and the diagnostics area (D1–D3).
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(10));
INSERT INTO t VALUES (1, 'one'), (2, 'two'), (3, 'three');
DELIMITER $$
CREATE PROCEDURE p_types()
BEGIN
  DECLARE v TINYINT;
  DECLARE s VARCHAR(3);
  DECLARE n INT;
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION BEGIN
    GET DIAGNOSTICS CONDITION 1 @e = MYSQL_ERRNO, @m = MESSAGE_TEXT;
    SELECT @e AS errno;
  END;
  SELECT v, s, n;
  SET v = 300;
  SET s = 'abcdef';
  SET n = 'abc';
  SELECT v, s, n;
END$$
CREATE PROCEDURE p_scope()
BEGIN
  DECLARE x INT DEFAULT 1;
  BEGIN
    DECLARE x INT DEFAULT 2;
    SELECT x;
  END;
  SELECT X;
END$$
CREATE PROCEDURE p_local_beats_column()
BEGIN
  DECLARE id INT DEFAULT 2;
  SELECT COUNT(*) FROM t WHERE id = id;
END$$
CREATE PROCEDURE p_cursor()
BEGIN
  DECLARE done INT DEFAULT 0;
  DECLARE i INT;
  DECLARE nm VARCHAR(10);
  DECLARE acc VARCHAR(100) DEFAULT '';
  DECLARE c CURSOR FOR SELECT id, name FROM t ORDER BY id;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;
  OPEN c;
  rd: LOOP
    FETCH c INTO i, nm;
    IF done THEN LEAVE rd; END IF;
    SET acc = CONCAT(acc, i, nm, ';');
  END LOOP;
  CLOSE c;
  SELECT acc;
END$$
CREATE PROCEDURE p_cursor_errors(k INT)
BEGIN
  DECLARE i INT;
  DECLARE c CURSOR FOR SELECT id, name FROM t;
  IF k = 1 THEN OPEN c; OPEN c; END IF;
  IF k = 2 THEN CLOSE c; END IF;
  IF k = 3 THEN FETCH c INTO i; END IF;
  IF k = 4 THEN OPEN c; FETCH c INTO i; END IF;
  IF k = 5 THEN OPEN c; FETCH c INTO i, i; FETCH c INTO i, i; FETCH c INTO i, i; FETCH c INTO i, i; END IF;
END$$
CREATE PROCEDURE p_select_into()
BEGIN
  DECLARE v INT DEFAULT 7;
  SELECT id INTO v FROM t WHERE id = 99;
  SELECT v;
  SELECT id INTO v FROM t;
END$$
CREATE PROCEDURE p_diag()
BEGIN
  DECLARE n INT;
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION BEGIN
    GET DIAGNOSTICS n = NUMBER;
    SELECT n AS in_handler;
    SELECT 1;
    GET DIAGNOSTICS n = NUMBER;
    SELECT n AS after_select;
  END;
  DROP TABLE no_such_table;
  GET DIAGNOSTICS n = NUMBER;
  SELECT n AS after_handler;
END$$
CREATE PROCEDURE p_diag_truncate()
BEGIN
  DECLARE c CHAR(1);
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION GET DIAGNOSTICS CONDITION 1 c = MESSAGE_TEXT;
  DROP TABLE no_such_table;
  SELECT c;
END$$
DELIMITER ;
CALL p_types();
CALL p_scope();
CALL p_local_beats_column();
CALL p_cursor();
CALL p_cursor_errors(1);
CALL p_cursor_errors(2);
CALL p_cursor_errors(3);
CALL p_cursor_errors(4);
CALL p_cursor_errors(5);
CALL p_select_into();
CALL p_diag();
CALL p_diag_truncate();
SET sql_mode = '';
DELIMITER $$
CREATE PROCEDURE p_lax()
BEGIN
  DECLARE v TINYINT;
  SET v = 300;
  SELECT v;
END$$
DELIMITER ;
SET sql_mode = 'STRICT_TRANS_TABLES';
CALL p_lax();
