-- OUT parameters start as NULL whatever the caller's variable holds; INOUT starts with it; values are converted to the
-- parameter's type on the way in and to the caller's variable on the way out.
-- rules: G1
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p_out(OUT o TINYINT)
BEGIN
  SELECT o IS NULL AS starts_null;
  SET o = 100;
END$$
CREATE PROCEDURE p_inout(INOUT io VARCHAR(5))
BEGIN
  SELECT io AS starts_with;
  SET io = CONCAT(io, '!');
END$$
CREATE PROCEDURE p_overflow(OUT o TINYINT) SET o = 1000$$
CREATE PROCEDURE caller()
BEGIN
  DECLARE local_v INT DEFAULT 77;
  DECLARE s VARCHAR(20) DEFAULT 'abc';
  CALL p_out(local_v);
  CALL p_inout(s);
  SELECT local_v, s;
END$$
DELIMITER ;
SET @o = 'previous value';
CALL p_out(@o);
SELECT @o;
SET @io = 'abcd';
CALL p_inout(@io);
SELECT @io;
SET @io = 'abcdef';
CALL p_inout(@io);
SELECT @io;
CALL caller();
SET @ov = 5;
CALL p_overflow(@ov);
SELECT @ov;
