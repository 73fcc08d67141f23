-- LIKE ... ESCAPE '' (and ESCAPE NULL) keeps backslash as the escape character (Item_func_like: mb_wc of an empty
-- escape string fails, so escape = '\\'); multi-character escapes are error 1210.
-- rules: F2
CREATE DATABASE d; USE d;
SELECT 'a%' LIKE 'a\\%' ESCAPE '' AS e1, 'ab' LIKE 'a\\%' ESCAPE '' AS e2, 'a_' LIKE 'a\\_' ESCAPE NULL AS e3, 'ab' LIKE 'a\\_' ESCAPE NULL AS e4;
SELECT 'abc' LIKE 'abc' ESCAPE '' AS e5, 'a\\b' LIKE 'a\\\\b' ESCAPE '' AS e6;
SELECT 'a' LIKE 'a' ESCAPE 'xy' AS bad;
