-- With autocommit off every statement joins an open transaction until COMMIT or ROLLBACK, inside procedures too;
-- turning autocommit back on commits what is pending.
-- rules: H2
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT PRIMARY KEY);
DELIMITER $$
CREATE PROCEDURE add2(a INT) BEGIN INSERT INTO t VALUES (a); INSERT INTO t VALUES (a + 1); END$$
CREATE PROCEDURE add_and_fail(a INT) BEGIN INSERT INTO t VALUES (a); INSERT INTO t VALUES (a); END$$
DELIMITER ;
SET autocommit = 0;
CALL add2(1);
ROLLBACK;
SELECT COUNT(*) AS after_rollback FROM t;
CALL add2(10);
COMMIT;
CALL add_and_fail(20);
SELECT id FROM t ORDER BY id;
ROLLBACK;
SELECT id FROM t ORDER BY id;
INSERT INTO t VALUES (30);
SET autocommit = 1;
ROLLBACK;
SELECT id FROM t ORDER BY id;
SELECT @@autocommit AS ac;
