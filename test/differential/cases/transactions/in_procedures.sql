-- Transactions inside procedures, with an EXIT handler that rolls back.
-- rules: G3 H2
CREATE DATABASE d;
USE d;
CREATE TABLE accounts (id INT PRIMARY KEY, balance INT NOT NULL);
INSERT INTO accounts VALUES (1, 100), (2, 0);
DELIMITER $$
CREATE PROCEDURE transfer(src INT, dst INT, amount INT)
BEGIN
  DECLARE EXIT HANDLER FOR SQLEXCEPTION
  BEGIN
    ROLLBACK;
    SELECT 'rolled back' AS outcome;
  END;
  START TRANSACTION;
  UPDATE accounts SET balance = balance + amount WHERE id = dst;
  UPDATE accounts SET balance = balance - amount WHERE id = src;
  IF (SELECT balance FROM accounts WHERE id = src) < 0 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'insufficient funds';
  END IF;
  COMMIT;
  SELECT 'committed' AS outcome;
END$$
CREATE FUNCTION f_commit() RETURNS INT DETERMINISTIC BEGIN COMMIT; RETURN 1; END$$
CREATE PROCEDURE p_commit() BEGIN COMMIT; END$$
CREATE FUNCTION f_calls_commit() RETURNS INT DETERMINISTIC BEGIN CALL p_commit(); RETURN 1; END$$
DELIMITER ;
CALL transfer(1, 2, 30);
SELECT * FROM accounts ORDER BY id;
CALL transfer(1, 2, 500);
SELECT * FROM accounts ORDER BY id;
SELECT f_calls_commit();
