-- NOW() is fixed for the whole statement even across SLEEP, while SYSDATE() moves on; SLEEP returns 0 (also SLEEP(0)).
SELECT SLEEP(0) AS s0, SLEEP(0.0) AS s00, SLEEP(NULL) AS snull;
SELECT NOW(6), SLEEP(0.05), NOW(6) INTO @n1, @s, @n2;
SELECT @n1 = @n2 AS now_fixed, @s AS slept;
SELECT SYSDATE(6), SLEEP(0.05), SYSDATE(6) INTO @y1, @s, @y2;
SELECT @y2 > @y1 AS sysdate_moved, TIMESTAMPDIFF(MICROSECOND, @y1, @y2) >= 50000 AS at_least_50ms;
SELECT NOW(6) INTO @a;
DO SLEEP(0.02);
SELECT NOW(6) INTO @b;
SELECT @b > @a AS next_statement_later;
SELECT CURTIME(6), SLEEP(0.02), CURTIME(6) INTO @t1, @s, @t2;
SELECT @t1 = @t2 AS curtime_fixed;
SELECT UNIX_TIMESTAMP(NOW(6)) = UNIX_TIMESTAMP(NOW(6)) AS same_in_statement;
