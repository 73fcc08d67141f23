-- COMMIT and ROLLBACK inside a procedure act on the caller's transaction: a ROLLBACK in the callee undoes the
-- caller's earlier inserts, a COMMIT makes them permanent before the caller's later ROLLBACK.
-- rules: H2
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY);
DELIMITER $$
CREATE PROCEDURE do_commit() COMMIT$$
CREATE PROCEDURE do_rollback() ROLLBACK$$
CREATE PROCEDURE commit_then_fail()
BEGIN
  INSERT INTO t VALUES (100);
  COMMIT;
  INSERT INTO t VALUES (101);
  SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'after commit';
END$$
DELIMITER ;
START TRANSACTION;
INSERT INTO t VALUES (1);
CALL do_rollback();
INSERT INTO t VALUES (2);
COMMIT;
SELECT id FROM t ORDER BY id;
START TRANSACTION;
INSERT INTO t VALUES (3);
CALL do_commit();
INSERT INTO t VALUES (4);
ROLLBACK;
SELECT id FROM t ORDER BY id;
START TRANSACTION;
CALL commit_then_fail();
ROLLBACK;
SELECT id FROM t ORDER BY id;
