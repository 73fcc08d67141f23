-- IN, OUT and INOUT parameters and argument errors.
-- rules: G1 B10
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p_out(OUT o INT) BEGIN SELECT o AS starts_null; SET o = 5; END$$
CREATE PROCEDURE p_inout(INOUT io INT) BEGIN SET io = io * 2; END$$
CREATE PROCEDURE p_in(IN i INT) BEGIN SET i = i + 1; SELECT i; END$$
CREATE PROCEDURE p_fail_after_set(OUT o INT) BEGIN SET o = 99; SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'failed after set'; END$$
CREATE PROCEDURE p_exit_handler_set(OUT o INT)
BEGIN
  DECLARE EXIT HANDLER FOR SQLEXCEPTION SET o = -1;
  SET o = 1;
  SIGNAL SQLSTATE '45000';
END$$
DELIMITER ;
SET @o = 123;
CALL p_out(@o);
SELECT @o;
SET @io = 21;
CALL p_inout(@io);
SELECT @io;
SET @i = 1;
CALL p_in(@i);
SELECT @i;
SET @f = 'kept';
CALL p_fail_after_set(@f);
SELECT @f;
CALL p_exit_handler_set(@e);
SELECT @e;
CALL p_out(1);
CALL p_inout(5);
CALL p_out();
CALL p_out(@a, @b);
CALL nosuch();
CALL d.p_in(7);
