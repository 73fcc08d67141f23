-- Padding, repetition, reversal and insertion.
SELECT LPAD('hi', 5, '*'), RPAD('hi', 5, '*'), LPAD('hello', 3, '*'), RPAD('hello', 3, '*'), LPAD('x', 6, 'ab');
SELECT LPAD('hi', 0, '*'), LPAD('hi', -1, '*'), LPAD('hi', 4, ''), LPAD(NULL, 4, '*'), RPAD('a', 3, NULL);
SELECT REPEAT('ab', 3), REPEAT('x', 0), REPEAT('x', -1), REPEAT(NULL, 2), REPEAT('é', 2);
SELECT REVERSE('abc'), REVERSE('héllo'), REVERSE(''), REVERSE(NULL), REVERSE(123);
SELECT INSERT('Quadratic', 3, 4, 'What'), INSERT('Quadratic', -1, 4, 'What'), INSERT('Quadratic', 3, 100, 'What'), INSERT('abc', 2, 0, 'X');
SELECT SPACE(3), LENGTH(SPACE(0)), CONCAT('[', SPACE(2), ']'), SPACE(NULL);
