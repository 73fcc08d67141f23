-- REPLACE is case-sensitive whatever the collation; TRIM variants.
SELECT REPLACE('aAaA', 'a', 'x'), REPLACE('hello', 'l', ''), REPLACE('abc', '', 'x'), REPLACE('abc', 'b', NULL);
SELECT REPLACE(REPLACE('a\r\nb\nc', '\r', ''), '\n', ''), REPLACE('x.y.z', '.', '..'), REPLACE(123, 2, 9);
SELECT TRIM('  a b  '), LTRIM('  a '), RTRIM(' a  '), TRIM(BOTH 'x' FROM 'xxaxx'), TRIM(LEADING 'x' FROM 'xxaxx');
SELECT TRIM(TRAILING 'xy' FROM 'axyxy'), TRIM('x' FROM 'xax'), TRIM(NULL), TRIM(BOTH NULL FROM 'a'), CONCAT('[', TRIM('\t a \t'), ']');
SELECT CONCAT('[', LTRIM('\n x'), ']'), LENGTH(RTRIM('a   ')), TRIM(LEADING '' FROM 'abc');
