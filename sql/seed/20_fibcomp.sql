-- fibcomp: what the seed's `fibonacci` Lambda function computes, written in SQL, so that results in the table can be
-- checked against it (SELECT fib, value, value = fibcomp(fib) FROM fib.fibonacci).

USE fib;

DELIMITER $$
CREATE FUNCTION fibcomp(fib INT) RETURNS BIGINT
DETERMINISTIC NO SQL
COMMENT 'Fibonacci number of fib; 0 for fib <= 0'
BEGIN
  DECLARE f1 BIGINT DEFAULT 0;
  DECLARE f2 BIGINT DEFAULT 1;
  DECLARE i INT DEFAULT 2;
  DECLARE s BIGINT;
  IF fib IS NULL THEN
    RETURN NULL;
  END IF;
  IF fib <= 0 THEN
    RETURN f1;
  END IF;
  WHILE i <= fib DO
    SET s = f1 + f2;
    SET f1 = f2;
    SET f2 = s;
    SET i = i + 1;
  END WHILE;
  RETURN f2;
END$$
DELIMITER ;
