-- The seed's trigger (sql/seed/40_fibonacci_trigger.sql, unchanged) over the seed's table, parser and chaos monkey.
-- lambda_sync is Aurora's native function: spbed answers with its simulated fibonacci function, and MariaDB (where
-- lambda_sync is not native) calls the stored function below, a SQL model of the same function service. So this
-- case also checks that the stub and spbed's simulation agree. Failures inside the function (-3, -5) carry messages
-- longer than SIGNAL's 128 characters, so only their prefix is compared; -4 (the timeout, whose message holds a
-- simulated timestamp) is in seed/trigger_stub_replies.
-- rules: B1 B3 D2 D3 H1 H2 C1 C3
source sql/seed/10_fib_schema.sql;
source sql/json/10_json_helpers.sql;
source sql/json/20_json_extract_property.sql;
source sql/seed/20_fibcomp.sql;
source sql/seed/30_chaos_monkey.sql;
DELIMITER $$
CREATE FUNCTION lambda_sync(arn VARCHAR(200), payload TEXT) RETURNS TEXT DETERMINISTIC
BEGIN
  DECLARE fib INT;
  IF arn IS NULL OR payload IS NULL THEN
    RETURN NULL;
  END IF;
  SET fib = CAST(TRIM(TRAILING '}' FROM SUBSTRING_INDEX(payload, ':', -1)) AS SIGNED);
  IF fib = -3 THEN
    SIGNAL SQLSTATE 'HY000' SET MYSQL_ERRNO = 1873,
      MESSAGE_TEXT = 'Lambda API returned error: Unhandled. {\n  "errorMessage" : "/ by zero",\n  "errorType" : "java.lang.ArithmeticException"';
  END IF;
  IF fib = -5 THEN
    SIGNAL SQLSTATE 'HY000' SET MYSQL_ERRNO = 1873,
      MESSAGE_TEXT = 'Lambda API returned error: Unhandled. {\n  "errorMessage" : "Java heap space"';
  END IF;
  RETURN CONCAT('{\n  "isBase64Encoded" : false,\n  "body" : "{\\"output\\":\\"', fibcomp(fib),
                '\\",\\"input\\":\\"{\\\\\\"fib\\\\\\":', fib, '}\\",\\"error\\":null}",\n  "statusCode" : "200"\n}');
END$$
DELIMITER ;
source sql/seed/40_fibonacci_trigger.sql;
SELECT lambda_sync('arn:aws:lambda:us-west-2:123456789012:function:fibonacci', '{"fib": 5}') AS result;
INSERT INTO fibonacci VALUES (2, NULL, '22', NULL, NULL, NULL, NULL);
SELECT * FROM fibonacci;
INSERT INTO fibonacci VALUES (-2, NULL, '-22', NULL, NULL, NULL, NULL);
INSERT INTO fibonacci VALUES (-3, NULL, '-33', NULL, NULL, NULL, NULL);
INSERT INTO fibonacci VALUES (-5, NULL, '-55', NULL, NULL, NULL, NULL);
INSERT INTO fibonacci VALUES (-7, NULL, '-77', NULL, NULL, NULL, NULL);
SELECT fib, value, correlation_id, success, error_sqlstate, SUBSTRING_INDEX(error_msg, '{', 1) AS msg, error_errno
FROM fibonacci WHERE success = 0 ORDER BY fib DESC;
INSERT INTO fibonacci (fib, correlation_id) VALUES (0, 'z'), (1, 'a'), (10, 'b'), (-2, 'c'), (30, 'd');
SELECT fib, value, correlation_id, success, error_errno, value = fibcomp(fib) AS checks
FROM fibonacci WHERE correlation_id IN ('z', 'a', 'b', 'c', 'd') ORDER BY fib;
INSERT INTO fibonacci (fib, correlation_id) VALUES (46, 'big'), (47, 'too big');
SELECT fib, value, success, error_sqlstate, error_msg, error_errno FROM fibonacci WHERE fib > 40 ORDER BY fib;
INSERT INTO fibonacci (fib, correlation_id) VALUES (NULL, 'null');
SELECT fib, value, success, error_sqlstate, error_msg, error_errno FROM fibonacci WHERE correlation_id = 'null';
INSERT INTO fibonacci (fib, correlation_id) VALUES (1, '22');
SELECT COUNT(*) AS n, SUM(success) AS ok FROM fibonacci;
