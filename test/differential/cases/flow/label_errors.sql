-- Label errors: ITERATE needs a loop label (1308 for a block label or an unknown one), LEAVE of an unknown label is
-- 1308, a label reused by a nested construct is 1309, and a label cannot be reached from outside its construct.
-- rules: E2
CREATE DATABASE d;
USE d;
DELIMITER $$
CREATE PROCEDURE p1() blk: BEGIN ITERATE blk; END blk$$
CREATE PROCEDURE p2() BEGIN l: LOOP LEAVE l; END LOOP l; LEAVE l; END$$
CREATE PROCEDURE p3() BEGIN w: WHILE TRUE DO r: REPEAT ITERATE nosuch; UNTIL TRUE END REPEAT r; END WHILE w; END$$
CREATE PROCEDURE p4() BEGIN x: BEGIN x: BEGIN END x; END x; END$$
CREATE PROCEDURE p5() BEGIN x: LOOP x: WHILE TRUE DO LEAVE x; END WHILE x; END LOOP x; END$$
CREATE PROCEDURE p6() BEGIN x: BEGIN END x; x: BEGIN SELECT 'same label after the first block ended' AS r; END x; END$$
CREATE PROCEDURE p7() BEGIN w: WHILE FALSE DO SET @a = 1; END WHILE w; ITERATE w; END$$
CREATE PROCEDURE p8() BEGIN a: LOOP LEAVE a; END LOOP b; END$$
DELIMITER ;
CALL p6();
