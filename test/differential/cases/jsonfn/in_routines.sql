-- JSON functions in stored programs: building a document in a loop, reading members into typed variables, a function returning JSON text.
CREATE DATABASE d;
USE d;
CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(20), price DECIMAL(6,2));
INSERT INTO items VALUES (1, 'pen', 1.50), (2, 'book', 12.25), (3, 'bag', 30.25);
DELIMITER $$
CREATE FUNCTION item_json(k INT) RETURNS VARCHAR(200) READS SQL DATA
BEGIN
  DECLARE r VARCHAR(200);
  SELECT JSON_OBJECT('id', id, 'name', name, 'price', price) INTO r FROM items WHERE id = k;
  RETURN r;
END$$
CREATE PROCEDURE build(OUT doc VARCHAR(500))
BEGIN
  DECLARE done INT DEFAULT 0;
  DECLARE k INT;
  DECLARE cur CURSOR FOR SELECT id FROM items ORDER BY id;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = 1;
  SET doc = '[]';
  OPEN cur;
  l: LOOP
    FETCH cur INTO k;
    IF done THEN LEAVE l; END IF;
    SET doc = JSON_EXTRACT(CONCAT(LEFT(doc, LENGTH(doc) - 1), IF(doc = '[]', '', ', '), item_json(k), ']'), '$');
  END LOOP;
  CLOSE cur;
END$$
CREATE PROCEDURE read_back(IN doc VARCHAR(500))
BEGIN
  DECLARE n VARCHAR(20);
  DECLARE p DECIMAL(6,2);
  SET n = JSON_UNQUOTE(JSON_EXTRACT(doc, '$[1].name'));
  SET p = JSON_EXTRACT(doc, '$[2].price');
  SELECT n, p, JSON_LENGTH(doc) AS cnt, JSON_VALID(doc) AS ok;
END$$
DELIMITER ;
SELECT item_json(1) AS a, item_json(3) AS b, item_json(9) AS c;
CALL build(@doc);
SELECT @doc;
CALL read_back(@doc);
