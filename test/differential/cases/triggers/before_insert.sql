-- BEFORE INSERT triggers that rewrite NEW, and the seed's fibcomp trigger.
-- rules: H1
CREATE DATABASE d;
USE d;
CREATE TABLE fibonacci (fib INT, value INT);
DELIMITER $$
CREATE FUNCTION fibcomp(fib INT) RETURNS INT DETERMINISTIC
BEGIN
  DECLARE f1 INT DEFAULT 0;
  DECLARE f2 INT DEFAULT 1;
  DECLARE i INT DEFAULT 2;
  DECLARE s INT;
  IF fib <= 0 THEN RETURN f1; END IF;
  WHILE i <= fib DO
    SET i = i + 1;
    SET s = f1 + f2;
    SET f1 = f2;
    SET f2 = s;
  END WHILE;
  RETURN f2;
END$$
CREATE TRIGGER fib_bi BEFORE INSERT ON fibonacci FOR EACH ROW
  SET NEW.value = fibcomp(NEW.fib)$$
DELIMITER ;
INSERT INTO fibonacci VALUES (0, NULL);
INSERT INTO fibonacci VALUES (10, NULL);
INSERT INTO fibonacci (fib) VALUES (1), (2), (3), (20);
SELECT * FROM fibonacci;
SELECT fib, value FROM fibonacci WHERE value > 1 ORDER BY fib DESC;
