-- Bit operators work on unsigned 64-bit integers.
SELECT 5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 4, 256 >> 4, 1 << 64, -1 >> 60;
SELECT BIT_COUNT(255), BIT_COUNT(0), BIT_COUNT(-1), 6 & NULL, ~0, ~0 >> 1;
SELECT 12 & 10 | 1, 1 | 2 ^ 3, 2.7 & 3, '7' & 2;
