-- Deterministic digests and encodings.
SELECT MD5('abc'), SHA1('abc'), SHA2('abc', 256), MD5(''), MD5(NULL);
SELECT TO_BASE64('hello'), FROM_BASE64('aGVsbG8='), TO_BASE64(''), TO_BASE64(NULL);
SELECT HEX(UNHEX('4142')), UNHEX('zz'), LOWER(HEX('abc')), CHAR_LENGTH(MD5('x'));
