-- AFTER triggers read NEW (including the generated AUTO_INCREMENT id) and write other tables.
-- rules: H1
CREATE DATABASE d;
USE d;
CREATE TABLE orders (id INT AUTO_INCREMENT PRIMARY KEY, qty INT NOT NULL);
CREATE TABLE totals (k INT PRIMARY KEY, total INT, last_id INT);
INSERT INTO totals VALUES (1, 0, NULL);
DELIMITER $$
CREATE TRIGGER orders_ai AFTER INSERT ON orders FOR EACH ROW
  UPDATE totals SET total = total + NEW.qty, last_id = NEW.id WHERE k = 1$$
CREATE TRIGGER orders_ad AFTER DELETE ON orders FOR EACH ROW
  UPDATE totals SET total = total - OLD.qty WHERE k = 1$$
DELIMITER ;
INSERT INTO orders (qty) VALUES (5), (7);
SELECT * FROM totals;
INSERT INTO orders (qty) VALUES (NULL);
SELECT * FROM totals;
DELETE FROM orders WHERE qty = 5;
SELECT * FROM totals;
SELECT * FROM orders;
