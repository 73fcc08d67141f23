-- Comparison operators, NULL-safe equality and three-valued logic.
SELECT 1 = 1, 1 = 2, 1 <> 2, 1 != 1, 2 > 1, 2 >= 2, 1 < 0, 1 <= 1;
SELECT NULL = NULL, NULL <> 1, NULL < 1, NULL <=> NULL, 1 <=> NULL, 1 <=> 1;
SELECT 1 = 1.0, 1 = '1', '1' = 1.0, 0 = 'a', '10' = 10, '1e1' = 10;
SELECT 'abc' = 'abc', 'abc' = 'ABC', 'abc' < 'abd', 'b' > 'a', 'a' < 'B';
SELECT 2 BETWEEN 1 AND 3, 5 BETWEEN 1 AND 3, 2 NOT BETWEEN 1 AND 3, NULL BETWEEN 1 AND 2, 'b' BETWEEN 'a' AND 'c';
SELECT 2 IN (1, 2, 3), 4 IN (1, 2, 3), 4 NOT IN (1, 2, 3), NULL IN (1, 2), 1 IN (NULL, 1), 2 IN (NULL, 1), 2 NOT IN (NULL, 1);
SELECT 'a' IN ('A', 'b'), 1 IN ('1', 2), 'x' NOT IN ('y', 'z');
SELECT 1 IS NULL, NULL IS NULL, 1 IS NOT NULL, NULL IS NOT NULL;
SELECT 1 IS TRUE, 0 IS TRUE, NULL IS TRUE, 0 IS FALSE, NULL IS UNKNOWN, 1 IS NOT UNKNOWN, 2 IS TRUE;
SELECT 10 > 9, '10' > '9', '10' > 9, 'abc' > 5;
SELECT GREATEST(1, 5, 3), LEAST(1, 5, 3), GREATEST('a', 'c', 'b'), LEAST(2, NULL, 1), GREATEST(1.5, 2);
SELECT 1 = 1 = 1, 3 > 2 > 1, (1, 2) = (1, 2), (1, 2) < (1, 3), (1, NULL) = (1, 2);
SELECT -0.0 = 0, 0.10 = 0.1, 1e0 = 1, 100 = 1e2;
