-- The seed's inserts and queries: one successful invocation, then each non-fatal failure of the chaos monkey and of
-- the Lambda function once (fib = -1 and -6 crash the server and are left to the crash tests).

USE fib;

-- First part of the journey: a direct invocation.
SELECT lambda_sync('arn:aws:lambda:us-west-2:123456789012:function:fibonacci',
                   '{"fib": 5}')
       AS 'result';

INSERT INTO fib.fibonacci VALUES ( 2, null, '22', null, null, null, null);
SELECT * FROM fib.fibonacci WHERE correlation_id = '22';

INSERT INTO fib.fibonacci VALUES (-2, null, '-22', null, null, null, null);
INSERT INTO fib.fibonacci VALUES (-3, null, '-33', null, null, null, null);
INSERT INTO fib.fibonacci VALUES (-4, null, '-44', null, null, null, null);
INSERT INTO fib.fibonacci VALUES (-5, null, '-55', null, null, null, null);
INSERT INTO fib.fibonacci VALUES (-7, null, '-77', null, null, null, null);

-- "The complete table after triggering each error once"
SELECT fib, value, correlation_id, success, error_sqlstate, error_msg, error_errno
FROM fib.fibonacci
WHERE success = 0
ORDER BY fib DESC;
