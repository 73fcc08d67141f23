-- Edge cases of integer and decimal arithmetic results.
SELECT 5 / 2, 5.0 / 2, 6 / 3, 1 / 3 + 1 / 3, 1 / 8, 1 / 16, 10 / 4.0;
SELECT 0.5 * 0.5, 0.125 * 8, 1.1 * 1.1, 99.99 + 0.01, 1e0 / 3;
SELECT -5 DIV 2, 5 DIV -2, -5 % 2, 5 % -2, -5.5 DIV 1;
SELECT 123.4500, 0.0, -0.0, 00012, 1.0E0, .5, 5., 1e0;
SELECT 2147483647 + 1, -2147483648 - 1, 4294967295 + 1;
