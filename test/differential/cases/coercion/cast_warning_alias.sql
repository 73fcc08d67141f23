-- A CAST's out-of-range warning names the select item: its alias when it has one.
-- rules: F1
CREATE DATABASE d;
USE d;
SELECT CAST(12345 AS DECIMAL(4,1)) AS a;
SHOW WARNINGS;
