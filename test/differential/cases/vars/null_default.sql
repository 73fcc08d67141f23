-- A variable without DEFAULT starts as NULL, whatever its type; DEFAULT NULL and one DEFAULT shared by a list.
-- rules: A2
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p()
BEGIN
  DECLARE i INT;
  DECLARE s VARCHAR(10);
  DECLARE dt DATE;
  DECLARE dc DECIMAL(5,2);
  DECLARE t TEXT;
  DECLARE b BOOL;
  DECLARE e ENUM('a', 'b');
  DECLARE n INT DEFAULT NULL;
  DECLARE x, y, z INT DEFAULT 4;
  SELECT i IS NULL AS i_null, s IS NULL AS s_null, dt IS NULL AS dt_null, dc IS NULL AS dc_null,
         t IS NULL AS t_null, b IS NULL AS b_null, e IS NULL AS e_null, n IS NULL AS n_null, x, y, z;
  SET i = i + 1, s = CONCAT(s, 'x');
  SELECT i AS i_plus_one, s AS s_concat, COALESCE(i, 'still null') AS i_coalesce;
END$$
CREATE PROCEDURE p_loop()
BEGIN
  DECLARE k INT DEFAULT 0;
  DECLARE log TEXT DEFAULT '';
  WHILE k < 3 DO
    SET k = k + 1;
    BEGIN
      DECLARE fresh INT;
      SET log = CONCAT(log, IFNULL(fresh, 'null'), ',');
      SET fresh = k;
    END;
  END WHILE;
  SELECT log AS fresh_each_entry;
END$$
DELIMITER ;
CALL p();
CALL p_loop();
