-- DECIMAL results keep exact digits; division adds div_precision_increment (4) digits.
SELECT 1.1 * 1.1, 1.10 * 1.100, 0.1 * 3, 1 / 3, 1.0 / 3, 1.00 / 3, 10 / 3.000;
SELECT 123456789.123456789 * 10, 0.000001 * 0.000001, 99999999999999999999.99 + 0.01;
SELECT 2.5 / 0.5, 7.0 DIV 2, -7.5 MOD 2, ROUND(2.675, 2), ROUND(-2.675, 2), TRUNCATE(2.675, 2);
SELECT 1e0 + 0.5, 0.5 + 1e0, 3 * 1.5e0, 1.5 = 1.50, 0.1 + 0.2 = 0.3;
SELECT SUM(x), AVG(x), MAX(x), MIN(x) FROM (SELECT 1.25 AS x UNION ALL SELECT 2.5 UNION ALL SELECT 3) AS v;
