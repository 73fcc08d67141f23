-- Bit operators on 64-bit unsigned integers: & | ^ ~ << >>, negatives as two's complement, shifts of 64 or more give 0,
-- DECIMAL/DOUBLE/string operands converted to integers.
CREATE DATABASE num_bit;
USE num_bit;
SELECT 12 & 10 AS a1, 12 | 10 AS o1, 12 ^ 10 AS x1, ~0 AS n1, ~1 AS n2, 1 << 3 AS l1, 256 >> 4 AS r1;
SELECT -1 & 255 AS a2, -1 | 0 AS o2, -2 ^ 1 AS x2, ~-1 AS n3, -1 >> 60 AS r2, -1 << 63 AS l2;
SELECT 1 << 64 AS l3, 1 << 63 AS l4, 8 >> 64 AS r3, 1 << -1 AS l5;
SELECT 12.6 & 255 AS c1, 2.4e0 | 0 AS c2, '12' & 10 AS c3;
SELECT NULL & 1 AS z1, 1 | NULL AS z2, ~NULL AS z3, NULL << 1 AS z4;
SELECT 18446744073709551615 & 1 AS u1, 18446744073709551615 >> 1 AS u2, 9223372036854775808 | 1 AS u3;
