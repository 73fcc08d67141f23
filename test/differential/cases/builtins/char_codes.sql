-- ASCII, ORD, CHAR, HEX and friends.
SELECT ASCII('A'), ASCII('abc'), ASCII(''), ASCII(NULL), ASCII('é'), ORD('A'), ORD('é'), ORD('');
SELECT HEX('abc'), HEX(255), HEX(0), HEX(-1), HEX(NULL), UNHEX('616263'), LOWER(HEX('é'));
SELECT CONV('ff', 16, 10), CONV(255, 10, 2), CONV('zz', 36, 10), CONV(-1, 10, 16), CONV('12', 10, -16), CONV(NULL, 10, 2);
SELECT BIN(5), OCT(8), BIN(0), BIN(NULL), OCT(-1);
SELECT CHAR(65, 66, 67 USING utf8mb4), CONCAT(CHAR(104, 105 USING utf8mb4), '!'), CHAR_LENGTH(CHAR(65 USING utf8mb4));
SELECT STRCMP('a', 'b'), STRCMP('b', 'a'), STRCMP('a', 'A'), STRCMP('a', NULL), STRCMP('abc', 'ab');
SELECT FIELD('b', 'a', 'b', 'c'), FIELD('z', 'a'), FIELD(NULL, 'a'), FIND_IN_SET('b', 'a,b,c'), FIND_IN_SET('x', 'a,b'), FIND_IN_SET('B', 'a,b');
SELECT ELT(2, 'a', 'b', 'c'), ELT(0, 'a'), ELT(4, 'a', 'b'), ELT(NULL, 'a'), MAKE_SET(5, 'a', 'b', 'c');
SELECT QUOTE('it''s'), QUOTE(NULL), QUOTE('a\\b'), QUOTE(12);
