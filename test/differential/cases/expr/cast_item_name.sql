-- The column an out-of-range CAST warning names: the select item (alias, or the text as written) when the CAST is
-- the whole item, and no name ('(null)') when it is part of a larger expression or sits in WHERE.
-- rules: F5
CREATE DATABASE d;
USE d;
SELECT CAST(12345 AS DECIMAL(4,1)) AS a;
SHOW WARNINGS;
SELECT  CAST( 12345 AS DECIMAL(4,1) );
SHOW WARNINGS;
SELECT CAST(12345 AS DECIMAL(4,1)) + 1 AS b;
SHOW WARNINGS;
SELECT 1 AS one FROM DUAL WHERE CAST(-12345 AS DECIMAL(4,1)) < 0;
SHOW WARNINGS;
