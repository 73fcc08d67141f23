-- SET of system variables: sql_mode is printed in the server's fixed order whatever order it was given in, and
-- SET var = DEFAULT gives the session the global value back (DEFAULT is an error for a user variable).
CREATE DATABASE d;
USE d;
SET sql_mode = 'NO_ENGINE_SUBSTITUTION,STRICT_TRANS_TABLES';
SELECT @@sql_mode AS reordered;
SET sql_mode = 'error_for_division_by_zero,only_full_group_by';
SELECT @@sql_mode AS lower_case;
SET sql_mode = DEFAULT;
SELECT @@sql_mode AS back, @@sql_mode = @@global.sql_mode AS same;
SET @@session.sql_mode = '';
SET SESSION sql_mode = DEFAULT;
SELECT @@sql_mode = @@global.sql_mode AS same_again;
SET sql_mode = 'TRADITIONAL';
SELECT @@sql_mode AS traditional;
SET sql_mode = 'NO_SUCH_MODE';
SELECT @@sql_mode AS unchanged;
SET max_error_count = 5;
SET max_error_count = DEFAULT;
SELECT @@max_error_count = @@global.max_error_count AS max_errors_back;
