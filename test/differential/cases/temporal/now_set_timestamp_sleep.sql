-- After SET timestamp (here to 2001), NOW() and friends stay at the set time through SLEEP, across statements and inside a procedure; SYSDATE() ignores it.
CREATE DATABASE t_now_set_timestamp_sleep;
USE t_now_set_timestamp_sleep;
SET timestamp = 1000000000.123456e0;
SET time_zone = '+00:00';
DO SLEEP(0.05);
SELECT NOW(6) AS n, CURDATE() AS d, CURTIME(6) AS t, UTC_TIMESTAMP(6) AS u, UNIX_TIMESTAMP() AS ux;
SELECT SYSDATE() > NOW() AS sysdate_ignores_set_timestamp;
DELIMITER //
CREATE PROCEDURE p()
BEGIN
  DECLARE a DATETIME(6);
  DECLARE b DATETIME(6);
  SET a = NOW(6);
  DO SLEEP(0.02);
  SET b = NOW(6);
  SELECT a, b, a = b AS same;
END//
DELIMITER ;
CALL p();
SELECT NOW(6) AS still_fixed;
