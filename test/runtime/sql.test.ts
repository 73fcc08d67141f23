// The runtime driven by SQL text through the real parser: the scripts of test/differential/cases/runtime (whose
// MariaDB answers are recorded by the differential harness) and the seed's trigger. Expected values are MariaDB
// 10.11's, except where MySQL 8 differs (docs/mysql-vs-mariadb.md).

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runScript, script, TestDb } from "./harness.ts";

/** A case file creates its own database `d`. */
const runCase = (name: string) =>
  runScript(new TestDb("scratch"), readFileSync(`test/differential/cases/runtime/${name}.sql`, "utf8"));

describe("runtime cases as SQL text", () => {
  it("handler_selection.sql", () => {
    expect(runCase("handler_selection")).toEqual([
      { rows: [["errno"]] },
      { rows: [["sqlstate"]] },
      { rows: [["class"]] },
      { rows: [["inner general"]] },
      { rows: [["outer errno"]] },
      { rows: [["inner"]] },
      { rows: [["outer"]] },
      { rows: [["inner continues"]] },
      { rows: [["after signal"]] },
      { rows: [["11"]] },
      { error: 1146, message: "Table 'd.no_such_table' doesn't exist" },
      { rows: [["before"]] },
      { error: 1051, message: "Unknown table 'd.no_such_table'" },
    ]);
  });

  it("conditions_in_constructs.sql", () => {
    expect(runCase("conditions_in_constructs")).toEqual([
      { rows: [["warning handler"]] },
      { rows: [["after if"]] },
      { rows: [["handler", "1"]] },
      { rows: [["end", "1"]] },
      { rows: [["neither"]] },
      { rows: [["else"]] },
      { rows: [["0"]] },
      { rows: [["two"]] },
      { error: 1339, message: "Case not found for CASE statement" },
      { rows: [["case handler"]] },
      { rows: [["after case"]] },
    ]);
  });

  it("warnings_and_calls.sql (MySQL 8: a warning that was not the callee's last statement is gone)", () => {
    expect(runCase("warnings_and_calls")).toEqual([
      { rows: [["callee"]] },
      { rows: [["caller handler"]] },
      { rows: [["callee"]] },
      { rows: [["caller end"]] },
      { rows: [["42", "1"]] },
      { rows: [["caught", "1", "2"]] },
      { rows: [["end", "1", "2"]] },
      { error: 1644, message: "callee failed" },
      { rows: [["1", "2"]] },
      { rows: [["start"]] },
      { rows: [["still running"]] },
      { rows: [] },
    ]);
  });

  it("vars_cursors_diagnostics.sql (MySQL 8 where it differs: SELECT clears the area, GET DIAGNOSTICS cuts to fit)", () => {
    expect(runCase("vars_cursors_diagnostics")).toEqual([
      { rows: [[null, null, null]] },
      { rows: [["1264"]] },
      { rows: [["1406"]] },
      { rows: [["1366"]] },
      { rows: [[null, null, null]] },
      { rows: [["2"]] },
      { rows: [["1"]] },
      { rows: [["3"]] },
      { rows: [["1one;2two;3three;"]] },
      { error: 1325, message: "Cursor is already open" },
      { error: 1326, message: "Cursor is not open" },
      { error: 1326, message: "Cursor is not open" },
      { error: 1328, message: "Incorrect number of FETCH variables" },
      { error: 1366, message: "Incorrect integer value: 'one' for column 'i' at row 1" },
      { rows: [["7"]] },
      { error: 1172, message: "Result consisted of more than one row" },
      { rows: [["1"]] },
      { rows: [["1"]] },
      { rows: [["0"]] },
      { rows: [["0"]] },
      { rows: [["U"]] },
      { rows: [["127"]] },
    ]);
  });
});

describe("the seed's trigger as SQL text", () => {
  it("records a SIGNAL in the row through a CONTINUE handler and GET DIAGNOSTICS CONDITION 1", () => {
    const out = script(`
CREATE TABLE fibonacci (fib INTEGER, value INTEGER, correlation_id CHAR(36), success BOOLEAN,
  error_sqlstate CHAR(5), error_msg TEXT, error_errno INTEGER, PRIMARY KEY (correlation_id));
DELIMITER $$
CREATE TRIGGER fib_bi BEFORE INSERT ON fibonacci FOR EACH ROW
BEGIN
  DECLARE error_sqlstate CHAR(5);
  DECLARE error_msg TEXT;
  DECLARE error_errno INT;
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION
  BEGIN
    GET DIAGNOSTICS CONDITION 1
      error_sqlstate = RETURNED_SQLSTATE, error_msg = MESSAGE_TEXT, error_errno = MYSQL_ERRNO;
    SET NEW.error_sqlstate = error_sqlstate;
    SET NEW.error_msg = error_msg;
    SET NEW.error_errno = error_errno;
    SET NEW.success = FALSE;
  END;
  IF NEW.fib = -2 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'Signal before function invocation', MYSQL_ERRNO = 1091;
  END IF;
  IF NEW.success IS NULL THEN
    SET NEW.value = 1;
    SET NEW.success = TRUE;
  END IF;
END$$
DELIMITER ;
INSERT INTO fibonacci VALUES (2, null, '22', null, null, null, null);
INSERT INTO fibonacci VALUES (-2, null, '-22', null, null, null, null);
SELECT * FROM fibonacci ORDER BY fib;
`);
    expect(out).toEqual([
      {
        rows: [
          ["-2", null, "-22", "0", "45000", "Signal before function invocation", "1091"],
          ["2", "1", "22", "1", null, null, null],
        ],
      },
    ]);
  });
});

describe("creation checks and stores (SQL text)", () => {
  it("1193 at CREATE for an unknown variable; SELECT INTO keeps the first row before 1172; 1365 when storing 1/0", () => {
    const out = script(`
CREATE TABLE t (id INT);
INSERT INTO t VALUES (1), (2);
DELIMITER $$
CREATE PROCEDURE p_undeclared() BEGIN SET nosuch = 1; END$$
CREATE PROCEDURE p_many()
BEGIN
  DECLARE v INT DEFAULT -1;
  DECLARE CONTINUE HANDLER FOR 1172 SELECT 'too many rows' AS msg, v;
  SELECT id INTO v FROM t ORDER BY id;
END$$
CREATE PROCEDURE p_div()
BEGIN
  DECLARE v INT;
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION BEGIN
    GET DIAGNOSTICS CONDITION 1 @no = MYSQL_ERRNO;
  END;
  SET v = 1 / 0;
  SELECT v, @no;
END$$
DELIMITER ;
CALL p_many();
CALL p_div();
`);
    expect(out).toEqual([
      { error: 1193, message: "Unknown system variable 'nosuch'" },
      { rows: [["too many rows", "1"]] },
      { rows: [[null, "1365"]] },
    ]);
  });
});

describe("stored function names (SQL text)", () => {
  it("1305 names a missing function as written, though the lookup ignores case", () => {
    const out = script(`
CREATE FUNCTION f1() RETURNS INT DETERMINISTIC RETURN 1;
SELECT F1() AS a;
DROP FUNCTION f1;
SELECT f1();
SELECT NoSuchFunc(1);
`);
    expect(out).toEqual([
      { rows: [["1"]] },
      { error: 1305, message: "FUNCTION d.f1 does not exist" },
      { error: 1305, message: "FUNCTION d.NoSuchFunc does not exist" },
    ]);
  });
});

describe("end labels (SQL text)", () => {
  it("1310 at CREATE when END's label does not repeat the beginning one; matching is case-insensitive", () => {
    const out = script(`
DELIMITER $$
CREATE PROCEDURE p_mismatch() BEGIN a: LOOP LEAVE a; END LOOP b; END$$
CREATE PROCEDURE p_no_begin() BEGIN WHILE FALSE DO SET @x = 1; END WHILE w; END$$
CREATE PROCEDURE p_body_first() BEGIN a: REPEAT LEAVE nosuch; UNTIL TRUE END REPEAT b; END$$
CREATE PROCEDURE p_ok() Blk: BEGIN a: LOOP LEAVE A; END LOOP A; SELECT 'ok' AS r; END blk$$
DELIMITER ;
CALL p_ok();
`);
    expect(out).toEqual([
      { error: 1310, message: "End-label b without match" },
      { error: 1310, message: "End-label w without match" },
      { error: 1308, message: "LEAVE with no matching label: nosuch" },
      { rows: [["ok"]] },
    ]);
  });
});

describe("SET NEW.col when the expression fails (SQL text)", () => {
  it("an integer overflow leaves 0 in the column (MySQL stores the item's 0 before the error); the message prints NEW.c", () => {
    const out = script(`
CREATE TABLE t (id INT, input INT, result BIGINT, msg TEXT);
DELIMITER $$
CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLEXCEPTION BEGIN
    GET DIAGNOSTICS CONDITION 1 @m = MESSAGE_TEXT;
    SET NEW.msg = @m;
  END;
  SET NEW.result = 9223372036854775807 + NEW.input;
END$$
DELIMITER ;
INSERT INTO t (id, input) VALUES (1, 4), (2, 0);
SELECT id, result, msg FROM t ORDER BY id;
`);
    expect(out).toEqual([
      {
        rows: [
          ["1", "0", "BIGINT value is out of range in '(9223372036854775807 + NEW.input)'"],
          ["2", "9223372036854775807", null],
        ],
      },
    ]);
  });
});

describe("ITERATE in REPEAT (SQL text)", () => {
  it("goes back to the start of the body without testing UNTIL", () => {
    const out = script(`
DELIMITER $$
CREATE PROCEDURE p()
BEGIN
  DECLARE i INT DEFAULT 0;
  r: REPEAT
    SET i = i + 1;
    IF i < 5 THEN ITERATE r; END IF;
  UNTIL TRUE END REPEAT r;
  SELECT i;
END$$
DELIMITER ;
CALL p();
`);
    expect(out).toEqual([{ rows: [["5"]] }]);
  });
});

describe("savepoints in stored functions and triggers (SQL text)", () => {
  it("a function has a savepoint level of its own, usable under autocommit, blind to the caller's", () => {
    const out = script(`
CREATE TABLE t (id INT PRIMARY KEY);
CREATE TABLE log (msg VARCHAR(30));
DELIMITER $$
CREATE FUNCTION f_sp() RETURNS INT DETERMINISTIC
BEGIN
  SAVEPOINT fs;
  INSERT INTO log VALUES ('in f');
  ROLLBACK TO SAVEPOINT fs;
  RETURN (SELECT COUNT(*) FROM log);
END$$
CREATE FUNCTION f_outer() RETURNS INT DETERMINISTIC BEGIN ROLLBACK TO SAVEPOINT outer_sp; RETURN 1; END$$
DELIMITER ;
SELECT f_sp();
START TRANSACTION;
INSERT INTO t VALUES (1);
SAVEPOINT outer_sp;
INSERT INTO t VALUES (2);
SELECT f_outer();
ROLLBACK TO SAVEPOINT outer_sp;
COMMIT;
SELECT id FROM t;
`);
    expect(out).toEqual([
      { rows: [["0"]] },
      { error: 1305, message: "SAVEPOINT outer_sp does not exist" },
      { rows: [["1"]] },
    ]);
  });
});

describe("what SET stores (SQL text)", () => {
  it("a user variable keeps a quotient's full digits in a multiple SET too, and a DOUBLE without display decimals", () => {
    const out = script(`
SET @a = 1 / 3, @b = 2, @p = PI();
SELECT @a, @b, @p;
`);
    expect(out).toEqual([{ rows: [["0.333333333", "2", "3.141592653589793"]] }]);
  });

  it("a typed variable stores from the full quotient: DECIMAL(20,10) gets 0.3333333330, DECIMAL(20,4) a Note 1265", () => {
    const out = script(`
DELIMITER $$
CREATE PROCEDURE p()
BEGIN
  DECLARE d DECIMAL(20, 10) DEFAULT 2 / 3;
  DECLARE e DECIMAL(20, 4);
  SET @x = 5 / 7, d = 1 / 3;
  SELECT d, @x;
  SET e = 1 / 3;
  SHOW WARNINGS;
END$$
DELIMITER ;
CALL p();
`);
    expect(out).toEqual([
      { rows: [["0.3333333330", "0.714285714"]] },
      { rows: [["Note", "1265", "Data truncated for column 'e' at row 1"]] },
    ]);
  });
});

describe("what DML, parameters and SELECT ... INTO store (SQL text)", () => {
  it("a DECIMAL(20,10) column or parameter gets the full quotient; a UNION or cursor only the shown digits", () => {
    const out = script(`
CREATE TABLE t (id INT PRIMARY KEY, v DECIMAL(20, 10));
INSERT INTO t VALUES (1, 1 / 3);
INSERT INTO t SELECT 2, 2 / 3;
REPLACE INTO t SET id = 3, v = 1 / 7;
INSERT INTO t VALUES (4, 0);
UPDATE t SET v = 1 / 6 WHERE id = 4;
INSERT INTO t VALUES (4, 0) ON DUPLICATE KEY UPDATE v = 1 / 9;
INSERT INTO t SELECT 5, 1 / 3 UNION ALL SELECT 6, 2 / 3;
SELECT id, v FROM t ORDER BY id;
DELIMITER $$
CREATE PROCEDURE p(IN a DECIMAL(20, 10))
BEGIN
  DECLARE b, c DECIMAL(20, 10);
  DECLARE cur CURSOR FOR SELECT 2 / 3;
  SELECT 1 / 7 INTO b;
  OPEN cur;
  FETCH cur INTO c;
  CLOSE cur;
  SELECT a, b, c;
END$$
DELIMITER ;
CALL p(1 / 3);
`);
    expect(out).toEqual([
      {
        rows: [
          ["1", "0.3333333330"],
          ["2", "0.6666666660"],
          ["3", "0.1428571420"],
          ["4", "0.1111111110"],
          ["5", "0.3333000000"],
          ["6", "0.6667000000"],
        ],
      },
      { rows: [["0.3333333330", "0.1428571420", "0.6667000000"]] },
    ]);
  });
});

describe("the strict handler (Strict_error_handler) in data-changing statements and stores", () => {
  it("turns a conversion warning into an error where it is raised: in VALUES, a WHERE, SET, DEFAULT and RETURN", () => {
    const out = script(`
CREATE TABLE t (id INT);
INSERT INTO t VALUES ('x' + 0);
INSERT INTO t VALUES (1);
UPDATE t SET id = 2 WHERE id = 'y';
DELETE FROM t WHERE id = 'z';
INSERT IGNORE INTO t VALUES ('w' + 0);
SELECT id FROM t ORDER BY id;
DELIMITER $$
CREATE PROCEDURE p() BEGIN DECLARE a INT DEFAULT 1; SET a = 0 / ''; END$$
CREATE PROCEDURE q() BEGIN DECLARE a INT DEFAULT 0 / 'v'; END$$
CREATE FUNCTION f() RETURNS INT BEGIN RETURN 0 / 'u'; END$$
DELIMITER ;
CALL p();
CALL q();
SELECT f();
INSERT INTO t VALUES (0 / 't');
`);
    expect(out).toEqual([
      { error: 1292, message: "Truncated incorrect DOUBLE value: 'x'" },
      { error: 1292, message: "Truncated incorrect DOUBLE value: 'y'" },
      { error: 1292, message: "Truncated incorrect DOUBLE value: 'z'" },
      { rows: [["0"], ["1"]] },
      // the '' read as a number comes before the division by zero
      { error: 1292, message: "Truncated incorrect DOUBLE value: ''" },
      { error: 1292, message: "Truncated incorrect DOUBLE value: 'v'" },
      { error: 1292, message: "Truncated incorrect DOUBLE value: 'u'" },
      { error: 1292, message: "Truncated incorrect DOUBLE value: 't'" },
    ]);
  });

  it("does not reach a SELECT inside a function an INSERT calls, nor a non-strict session", () => {
    const out = script(`
CREATE TABLE t (id INT);
DELIMITER $$
CREATE FUNCTION g() RETURNS INT BEGIN DECLARE r INT; SELECT 'x' + 0 INTO @r; RETURN 5; END$$
DELIMITER ;
INSERT INTO t VALUES (g());
SET sql_mode = '';
INSERT INTO t VALUES ('x' + 1);
SELECT id FROM t ORDER BY id;
`);
    expect(out).toEqual([{ rows: [["1"], ["5"]] }]);
  });
});

describe("a user variable's string read for its truth", () => {
  it("converts without a warning in AND, OR, XOR, NOT and IS (user_var_entry::val_real), also in a strict DEFAULT", () => {
    const out = script(`
SET @v2 = 'text';
SELECT @v2 AND 1, NOT @v2, @v2 OR 0, @v2 XOR 1, @v2 IS TRUE;
SHOW WARNINGS;
DELIMITER $$
CREATE PROCEDURE p() BEGIN DECLARE b VARCHAR(10) DEFAULT (@v2 AND NULL); SELECT b; END$$
DELIMITER ;
CALL p();
`);
    expect(out).toEqual([{ rows: [["0", "1", "0", "1", "0"]] }, { rows: [] }, { rows: [["0"]] }]);
  });
});

describe("a string compared as DOUBLE with a NULL number", () => {
  it("is still read as a double and warns (Arg_comparator::compare_real), in =, <=> and NULLIF", () => {
    const out = script(`
SELECT 'x' = LOCATE(NULL, 0) AS a, LOCATE(NULL, 0) <=> 'y' AS b, NULLIF('z', LOCATE(NULL, 0)) AS c, 'w' = NULL AS d;
SHOW WARNINGS;
`);
    expect(out).toEqual([
      { rows: [[null, "0", "z", null]] },
      {
        rows: [
          ["Warning", "1292", "Truncated incorrect DOUBLE value: 'x'"],
          ["Warning", "1292", "Truncated incorrect DOUBLE value: 'y'"],
          ["Warning", "1292", "Truncated incorrect DOUBLE value: 'z'"],
        ],
      },
    ]);
  });
});
