-- A cursor over a table, with parameters in its query, and exit handlers inside nested blocks.
-- rules: B1 B8
CREATE DATABASE d;
USE d;
CREATE TABLE t (id INT, grp INT);
INSERT INTO t VALUES (1, 1), (2, 1), (3, 2), (4, 2), (5, 2);
DELIMITER $$
CREATE PROCEDURE sum_group(g INT, OUT total INT, OUT cnt INT)
BEGIN
  DECLARE v INT;
  DECLARE cur CURSOR FOR SELECT id FROM t WHERE grp = g ORDER BY id;
  SET total = 0, cnt = 0;
  OPEN cur;
  BEGIN
    DECLARE EXIT HANDLER FOR NOT FOUND BEGIN END;
    LOOP
      FETCH cur INTO v;
      SET total = total + v, cnt = cnt + 1;
    END LOOP;
  END;
  CLOSE cur;
END$$
DELIMITER ;
CALL sum_group(1, @t, @c);
SELECT @t, @c;
CALL sum_group(2, @t, @c);
SELECT @t, @c;
CALL sum_group(3, @t, @c);
SELECT @t, @c;
