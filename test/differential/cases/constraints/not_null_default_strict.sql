-- NOT NULL and DEFAULT in strict mode: an omitted column without a default is 1364, explicit NULL is 1048 (for a
-- single-row and a multi-row INSERT alike), DEFAULT and DEFAULT(col), UPDATE to NULL, the same statements in
-- non-strict mode (warnings, implicit defaults), and a failed multi-row INSERT leaves nothing.
CREATE DATABASE d;
-- rules: B1 B3
USE d;
SET sql_mode = 'STRICT_TRANS_TABLES';
CREATE TABLE t (id INT PRIMARY KEY, a INT NOT NULL, b VARCHAR(5) NOT NULL DEFAULT 'x', c INT DEFAULT 7, e DATE NOT NULL);
INSERT INTO t (id, e) VALUES (1, '2020-01-01');
INSERT INTO t (id, a) VALUES (1, 1);
INSERT INTO t (id, a, e) VALUES (1, NULL, '2020-01-01');
INSERT INTO t (id, a, e) VALUES (1, 1, '2020-01-01'), (2, NULL, '2020-01-02');
SELECT COUNT(*) AS n FROM t;
INSERT INTO t (id, a, b, c, e) VALUES (1, 1, DEFAULT, DEFAULT, '2020-01-01');
INSERT INTO t VALUES (2, 2, 'y', NULL, '2020-01-02');
INSERT INTO t (id, a, e, c) VALUES (3, 3, '2020-01-03', DEFAULT(c) + 1);
SELECT id, a, b, c, e FROM t ORDER BY id;
UPDATE t SET a = NULL WHERE id = 1;
UPDATE t SET b = DEFAULT, c = DEFAULT WHERE id = 2;
SELECT ROW_COUNT() AS rc;
SELECT id, a, b, c FROM t ORDER BY id;
SET sql_mode = '';
INSERT INTO t (id, e) VALUES (4, '2020-01-04');
SHOW WARNINGS;
INSERT INTO t (id, a, b, e) VALUES (5, NULL, NULL, NULL), (6, 6, 'z', '2020-01-06');
SHOW WARNINGS;
UPDATE t SET a = NULL WHERE id = 6;
SHOW WARNINGS;
SELECT id, a, b, c, e FROM t ORDER BY id;
SET sql_mode = 'STRICT_ALL_TABLES';
INSERT INTO t (id, a, e) VALUES (7, 7, '2020-01-07'), (8, NULL, '2020-01-08');
SELECT COUNT(*) AS n FROM t;
DELIMITER $$
CREATE PROCEDURE ins(IN x INT)
BEGIN
  DECLARE CONTINUE HANDLER FOR 1048 SELECT 'caught 1048' AS h;
  INSERT INTO t (id, a, e) VALUES (x, NULL, '2020-02-02');
  SELECT ROW_COUNT() AS rc;
END$$
DELIMITER ;
CALL ins(9);
SELECT COUNT(*) AS n FROM t;
