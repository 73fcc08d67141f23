-- User variables: unset is NULL, types follow the value assigned.
SELECT @unset, @unset IS NULL;
SET @a = 1, @b = 'text', @c = 1.50, @d = NULL, @e = 2e0;
SELECT @a, @b, @c, @d, @e, CONCAT(@b, @a);
SET @a = @a + 1;
SELECT @a;
SET @s = 'x';
SET @s = CONCAT(@s, @s, @s);
SELECT @s, LENGTH(@s);
SELECT @n := 10, @n * 2;
SET @big = 9223372036854775807;
SELECT @big, @big - 1;
SET @A_Mixed = 'case-insensitive names';
SELECT @a_mixed;
