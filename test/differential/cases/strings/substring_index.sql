-- SUBSTRING_INDEX: positive and negative counts, multi-character and case-differing delimiters, NULLs, multibyte, huge counts.
-- rules: F3 F4
CREATE DATABASE d; USE d;
SELECT SUBSTRING_INDEX('a.b.c', '.', 1) AS p1, SUBSTRING_INDEX('a.b.c', '.', 2) AS p2, SUBSTRING_INDEX('a.b.c', '.', 3) AS p3, SUBSTRING_INDEX('a.b.c', '.', 9223372036854775807) AS ph;
SELECT SUBSTRING_INDEX('a.b.c', '.', -1) AS n1, SUBSTRING_INDEX('a.b.c', '.', -2) AS n2, SUBSTRING_INDEX('a.b.c', '.', -3) AS n3, SUBSTRING_INDEX('a.b.c', '.', -9223372036854775807) AS nh;
SELECT SUBSTRING_INDEX(NULL, '.', 1) AS x1, SUBSTRING_INDEX('a.b', NULL, 1) AS x2, SUBSTRING_INDEX('a.b', '.', NULL) AS x3, SUBSTRING_INDEX('a.b', '', 1) AS x4;
SELECT SUBSTRING_INDEX('aXbxc', 'X', 1) AS c1, SUBSTRING_INDEX('aXbxc', 'x', -1) AS c2, SUBSTRING_INDEX('a::b::c', '::', -2) AS c3, SUBSTRING_INDEX('aaa', 'aa', 1) AS c4, SUBSTRING_INDEX('aaa', 'aa', -1) AS c5;
SELECT SUBSTRING_INDEX('中.文.字', '.', 2) AS m1, SUBSTRING_INDEX('a中b中c', '中', -1) AS m2, SUBSTRING_INDEX('café', 'E', 1) AS m3, SUBSTRING_INDEX('x😀y😀z', '😀', 2) = 'x😀y' AS m4;
SELECT SUBSTRING_INDEX(1.2345, '.', 1) AS d1, SUBSTRING_INDEX(12321, 2, -1) AS d2, SUBSTRING_INDEX('a.b.c', '.', '2') AS d3, SUBSTRING_INDEX('a.b.c', '.', 1.6) AS d4;
SELECT SUBSTRING_INDEX(BINARY 'aaa', 'aa', -1) AS b1, SUBSTRING_INDEX('aaa', BINARY 'aa', 1) AS b2, SUBSTRING_INDEX(BINARY 'aXbxc', 'x', -1) AS b3, SUBSTRING_INDEX('ababa', 'aba', -1) AS o1, SUBSTRING_INDEX('ababa', 'aba', 1) AS o2;
SELECT SUBSTRING_INDEX('a.b.c', '.', 2147483647) AS i32, SUBSTRING_INDEX('a.b.c', '.', 2147483648) AS i33, SUBSTRING_INDEX('a.b.c', '.', -2147483648) AS n32, SUBSTRING_INDEX('a.b.c', '.', -2147483649) AS n33;
SELECT SUBSTRING_INDEX('user@example.com', '@', -1) AS dom, SUBSTRING_INDEX(SUBSTRING_INDEX('k1=v1;k2=v2', ';', 2), ';', -1) AS kv;
