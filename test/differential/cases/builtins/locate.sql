-- LOCATE, INSTR and POSITION are case-insensitive under a _ci collation; 0 means no match.
SELECT LOCATE('b', 'abc'), LOCATE('x', 'abc'), LOCATE('B', 'abc'), LOCATE('', 'abc'), LOCATE('a', '');
SELECT LOCATE('a', 'banana', 3), LOCATE('a', 'banana', 0), LOCATE('a', 'banana', 10), LOCATE('a', 'banana', -1);
SELECT INSTR('foobar', 'bar'), INSTR('foobar', 'BAR'), INSTR('foobar', 'x'), INSTR(NULL, 'a'), INSTR('a', NULL);
SELECT POSITION('b' IN 'abc'), POSITION('z' IN 'abc'), LOCATE(NULL, 'a'), LOCATE('a', NULL);
SELECT LOCATE('ö', 'wörld'), INSTR('日本語', '語'), LOCATE('"', 'say "hi"'), LOCATE('\\', 'a\\b');
SELECT LOCATE(BINARY 'B', 'abc'), LOCATE('B', BINARY 'abc'), INSTR(BINARY 'ABC', 'b');
