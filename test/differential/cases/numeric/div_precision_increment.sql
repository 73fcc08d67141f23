-- div_precision_increment set in the session changes the scale of later quotients (0 makes 1/3 an integer-scale 0).
CREATE DATABASE num_dpi;
USE num_dpi;
SET div_precision_increment = 8;
SELECT 1 / 3 AS p8, 2 / 7 AS p8b;
SET div_precision_increment = 0;
SELECT 1 / 3 AS p0, 7 / 2 AS p0b, 1 / 3 * 3 AS p0c;
SET div_precision_increment = 30;
SELECT 1 / 3 AS p30;
SET div_precision_increment = 4;
SELECT 1 / 3 AS p4;
