-- FORMAT's third argument picks the locale's decimal point, thousands separator and grouping (en_IN groups 3 then 2);
-- an unknown or NULL locale warns 1649 and formats as en_US; names are case-insensitive.
-- rules: F4
CREATE DATABASE d; USE d;
SELECT FORMAT(1234567.891, 2, 'de_DE') AS de, FORMAT(1234567.891, 2, 'de_CH') AS ch, FORMAT(1234567.891, 2, 'fr_FR') AS fr, FORMAT(1234567.891, 2, 'ru_RU') AS ru, FORMAT(1234567.891, 2, 'en_IN') AS in1;
SELECT FORMAT(-1234.5, 1, 'it_CH') AS it, FORMAT(999.5, 1, 'de_DE') AS small, FORMAT(-123456, 0, 'cs_CZ') AS cz, FORMAT(12345678, 3, 'de_de') AS lower_name, FORMAT(1234.5, 2, 'en_US') AS us;
SELECT FORMAT(1234.5, 2, 'xx_XX') AS unknown;
SHOW WARNINGS;
SELECT FORMAT(1234.5, 2, NULL) AS null_locale;
SHOW WARNINGS;
SELECT FORMAT(NULL, 2, 'de_DE') AS n1, FORMAT(1234.5, NULL, 'de_DE') AS n2, FORMAT(0.5, 0, 'de_DE') AS half, FORMAT(1e6, 2, 'de_DE') AS dbl;
DELIMITER //
CREATE FUNCTION money(x DECIMAL(12,2), loc VARCHAR(10)) RETURNS VARCHAR(30) DETERMINISTIC
  RETURN CONCAT(FORMAT(x, 2, loc), ' EUR')//
DELIMITER ;
SELECT money(1234567.5, 'de_DE') AS m1, money(-0.5, 'fr_FR') AS m2, money(1000, 'en_US') AS m3;
