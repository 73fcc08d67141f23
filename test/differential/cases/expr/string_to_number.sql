-- Strings in numeric context take their leading number.
SELECT '12abc' + 0, 'abc' + 0, '-5x' + 0, '.5' + 0, '1e3x' + 0, '0x1A' + 0, '  42' + 0, '+7' + 0;
SELECT '3' * '4', '10' / '4', '7' DIV '2', '7' MOD '4', -'5', '2' > '10', '2' > 10;
SELECT 1 + '1', 1.5 + '1.5', '1' = 1, 'a' = 0, '' = 0, '0' = FALSE, 'true' = TRUE;
SELECT CAST('9223372036854775808' AS SIGNED), CAST('-9223372036854775809' AS SIGNED), CAST('99999999999999999999' AS UNSIGNED);
