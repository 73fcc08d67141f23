-- SAVEPOINT and ROLLBACK TO inside procedures: a savepoint set in one CALL can be rolled back to in another while the
-- transaction is open; an unknown savepoint is 1305 (SAVEPOINT ... does not exist).
-- rules: H2
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY);
DELIMITER $$
CREATE PROCEDURE mark(n INT) BEGIN INSERT INTO t VALUES (n); SAVEPOINT after_mark; END$$
CREATE PROCEDURE undo_to_mark() BEGIN ROLLBACK TO SAVEPOINT after_mark; END$$
CREATE PROCEDURE inner_savepoints()
BEGIN
  START TRANSACTION;
  INSERT INTO t VALUES (10);
  SAVEPOINT s1;
  INSERT INTO t VALUES (11);
  SAVEPOINT s2;
  INSERT INTO t VALUES (12);
  ROLLBACK TO s1;
  INSERT INTO t VALUES (13);
  RELEASE SAVEPOINT s1;
  COMMIT;
END$$
DELIMITER ;
START TRANSACTION;
CALL mark(1);
INSERT INTO t VALUES (2);
CALL undo_to_mark();
SELECT * FROM t ORDER BY id;
COMMIT;
CALL undo_to_mark();
CALL inner_savepoints();
SELECT * FROM t ORDER BY id;
