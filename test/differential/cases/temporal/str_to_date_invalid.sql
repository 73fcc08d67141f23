-- STR_TO_DATE of a day past the month's end and of zero month/day parts, under the default strict sql_mode with NO_ZERO_IN_DATE and NO_ZERO_DATE.
SELECT STR_TO_DATE('2024-02-30', '%Y-%m-%d') AS feb30;
SHOW WARNINGS;
SELECT STR_TO_DATE('2024-00-00', '%Y-%m-%d') AS zero_parts;
SHOW WARNINGS;
SELECT STR_TO_DATE('00/00/0000', '%m/%d/%Y') AS zero_date;
SHOW WARNINGS;
SET sql_mode = '';
SELECT STR_TO_DATE('2024-00-00', '%Y-%m-%d') AS zero_parts_lax, STR_TO_DATE('00/00/0000', '%m/%d/%Y') AS zero_date_lax;
