-- The second blog post's trigger (sql/seed/60_second_part.sql, unchanged): an EXIT handler with GET DIAGNOSTICS, and
-- "output" sought at the top level of the reply, where the API Gateway envelope does not have it. lambda_sync is
-- spbed's native function; on MariaDB the stored stub below (created before the file runs) answers the same way.
-- rules: B1 B8 D2 D3 H1
source sql/seed/10_fib_schema.sql;
source sql/json/10_json_helpers.sql;
source sql/json/20_json_extract_property.sql;
source sql/seed/20_fibcomp.sql;
CREATE DATABASE fib_part2;
USE fib_part2;
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
  RETURN CONCAT('{\n  "isBase64Encoded" : false,\n  "body" : "{\\"output\\":\\"', fib.fibcomp(fib),
                '\\",\\"input\\":\\"{\\\\\\"fib\\\\\\":', fib, '}\\",\\"error\\":null}",\n  "statusCode" : "200"\n}');
END$$
DELIMITER ;
source sql/seed/60_second_part.sql;
INSERT INTO fib_part2.fibonacci VALUES (-3, NULL, NULL, NULL), (NULL, NULL, NULL, NULL), (12, 1, 'x', 'y');
SELECT fib, value, code, SUBSTRING_INDEX(msg, '{', 1) AS msg FROM fib_part2.fibonacci ORDER BY fib;
