-- The seed's deterministic chaos monkey, called by the trigger before and after the Lambda invocation.
-- The failures "during" the invocation (fib = -3, -4, -5) happen inside the Lambda function, not here.
--
--   fib = -1 (before), -6 (after): fatal. The blog sleeps a minute, then the server is killed by hand; the insert is
--                                  rolled back on restart. Here: the sleep (the crash is the test bed's job).
--   fib = -2 (before), -7 (after): non-fatal. SIGNAL 45000 with errno 1091 / 1092; the trigger records it in the row.

USE fib;

DELIMITER $$
CREATE PROCEDURE chaos_monkey(IN fib INT, IN stage VARCHAR(6))
  COMMENT 'stage is before or after'
  NO SQL
BEGIN
  IF stage = 'before' THEN
    CASE fib
      WHEN -1 THEN
        DO SLEEP(60);
      WHEN -2 THEN
        SIGNAL SQLSTATE '45000'
          SET MESSAGE_TEXT = 'Signal before function invocation', MYSQL_ERRNO = 1091;
      ELSE
        BEGIN
        END;
    END CASE;
  ELSEIF stage = 'after' THEN
    CASE fib
      WHEN -6 THEN
        DO SLEEP(60);
      WHEN -7 THEN
        SIGNAL SQLSTATE '45000'
          SET MESSAGE_TEXT = 'Signal after function invocation', MYSQL_ERRNO = 1092;
      ELSE
        BEGIN
        END;
    END CASE;
  END IF;
END$$
DELIMITER ;
