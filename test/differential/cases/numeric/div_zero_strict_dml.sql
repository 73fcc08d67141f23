-- Division by zero inside INSERT/UPDATE: error 1365 under strict mode with ERROR_FOR_DIVISION_BY_ZERO (the statement
-- changes nothing), NULL with a warning under INSERT IGNORE or without strict mode.
CREATE DATABASE num_dzs;
USE num_dzs;
SET @old_mode = @@sql_mode;
CREATE TABLE t (id INT PRIMARY KEY, v DECIMAL(10,4), w INT);
INSERT INTO t VALUES (1, 1 / 0, 0);
INSERT INTO t VALUES (2, 10 / 4, 5 MOD 0);
INSERT INTO t VALUES (3, 10 / 4, 7 DIV 2);
INSERT IGNORE INTO t VALUES (4, 1 / 0, 5 % 0);
SHOW WARNINGS;
UPDATE t SET v = v / 0 WHERE id = 3;
SELECT * FROM t ORDER BY id;
UPDATE IGNORE t SET w = w DIV 0 WHERE id = 3;
SHOW WARNINGS;
SET sql_mode = 'ERROR_FOR_DIVISION_BY_ZERO';
INSERT INTO t VALUES (5, 1 / 0, 1 DIV 0);
SHOW WARNINGS;
SET sql_mode = 'STRICT_TRANS_TABLES';
INSERT INTO t VALUES (6, 1 / 0, 0);
SHOW WARNINGS;
SET sql_mode = @old_mode;
SELECT * FROM t ORDER BY id;
