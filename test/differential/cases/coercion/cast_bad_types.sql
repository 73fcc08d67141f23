-- CAST target types out of range are rejected when the statement is parsed: precision 1426, scale 1425, M < D 1427.
-- rules: F1
CREATE DATABASE d;
USE d;
SELECT CAST(1 AS DECIMAL(66,2));
SELECT CAST(1 AS DECIMAL(5,6));
SELECT CAST(1 AS DECIMAL(40,31));
SELECT CAST('10:00:00' AS TIME(7));
SELECT CAST(1 AS DECIMAL(65,30)) AS ok;
