// When MySQL 8 clears the diagnostics area (the list SHOW WARNINGS shows) and what ROW_COUNT() reads around it
// (open question D1, settled from MySQL 8.0's source and mysql-test wl5928.result; see docs/mysql-vs-mariadb.md).

import { describe, expect, it } from "vitest";
import { type Client, Spbed } from "../../src/session/run.ts";

function connect(): Client {
  const client = new Spbed().connect();
  client.exec("CREATE DATABASE d; USE d; CREATE TABLE t (id INT PRIMARY KEY, n TINYINT)");
  return client;
}

/** The rows of the last result set of `sql`, as [level, code] pairs when it is SHOW WARNINGS. */
function rowsOf(client: Client, sql: string): unknown[][] {
  const outcomes = client.exec(sql);
  const sets = outcomes.flatMap((o) => o.resultSets);
  return (sets[sets.length - 1]?.rows ?? []) as unknown[][];
}

const codes = (client: Client) => rowsOf(client, "SHOW WARNINGS").map((r) => r[1]);

describe("top level: every nondiagnostic statement clears the list (WL#5928)", () => {
  it("a SELECT without tables clears it, as SELECT ROW_COUNT() does after INSERT IGNORE", () => {
    const client = connect();
    client.exec("INSERT IGNORE INTO t VALUES (1, 1000)");
    expect(codes(client)).toEqual([1264]);
    client.exec("INSERT IGNORE INTO t VALUES (2, 1000)");
    expect(rowsOf(client, "SELECT ROW_COUNT()")).toEqual([[1]]);
    expect(codes(client)).toEqual([]);
  });

  it("a statement on a table clears it", () => {
    const client = connect();
    client.exec("SELECT CAST('1x' AS SIGNED)");
    client.exec("SELECT id FROM t");
    expect(codes(client)).toEqual([]);
  });

  it("a later statement's warning replaces the list; SHOW WARNINGS and GET DIAGNOSTICS keep it", () => {
    const client = connect();
    client.exec("SELECT 1/0");
    client.exec("SELECT CAST('1x' AS SIGNED)");
    expect(codes(client)).toEqual([1292]);
    client.exec("GET DIAGNOSTICS @n = NUMBER");
    expect(codes(client)).toEqual([1292]);
    expect(client.connection.userVars.get("n")).toBe(1);
  });
});

describe("stored programs", () => {
  it("a warning before a procedure's last statement is gone after the CALL; the last statement's stays", () => {
    const client = connect();
    client.exec(`DELIMITER $$
CREATE PROCEDURE mid() BEGIN DECLARE v INT; SELECT n INTO v FROM t WHERE id = 99; SET v = 1; END$$
CREATE PROCEDURE last() BEGIN DECLARE v INT; SET v = 1; SELECT n INTO v FROM t WHERE id = 99; END$$
CREATE PROCEDURE empty() BEGIN END$$
DELIMITER ;`);
    client.exec("CALL mid()");
    expect(codes(client)).toEqual([]);
    client.exec("CALL last()");
    expect(codes(client)).toEqual([1329]);
    client.exec("CALL empty()");
    expect(codes(client)).toEqual([]);
  });

  it("the CALL's own conditions (an argument's conversion) survive the body's statements", () => {
    const client = connect();
    client.exec(`SET sql_mode = '';
DELIMITER $$
CREATE PROCEDURE p(a TINYINT) BEGIN DECLARE b TINYINT DEFAULT 1000; SELECT 1 INTO @x; END$$
DELIMITER ;`);
    client.exec("CALL p(2000)");
    // wl5928.result (peter3): the parameter's warning is the CALL's, the DEFAULT's is cleared by the SELECT
    expect(codes(client)).toEqual([1264]);
  });

  it("DECLARE of a variable clears a handler's area; DECLARE HANDLER does not", () => {
    const client = connect();
    client.exec(`DELIMITER $$
CREATE PROCEDURE p(declares INT)
BEGIN
  DECLARE CONTINUE HANDLER FOR SQLSTATE '02000'
  BEGIN
    DECLARE v INT;
    GET DIAGNOSTICS @n = NUMBER;
  END;
  DECLARE CONTINUE HANDLER FOR SQLSTATE '02001'
  BEGIN
    DECLARE CONTINUE HANDLER FOR 1051 BEGIN END;
    GET DIAGNOSTICS @n = NUMBER;
  END;
  IF declares THEN SIGNAL SQLSTATE '02000'; ELSE SIGNAL SQLSTATE '02001'; END IF;
END$$
DELIMITER ;`);
    client.exec("CALL p(1)");
    expect(client.connection.userVars.get("n")).toBe(0);
    client.exec("CALL p(0)");
    expect(client.connection.userVars.get("n")).toBe(1);
  });
});

describe("ROW_COUNT() inside a procedure", () => {
  it("keeps the last SQL statement's count across SET of a local and DECLARE ... DEFAULT", () => {
    const client = connect();
    client.exec(`DELIMITER $$
CREATE PROCEDURE p()
BEGIN
  DECLARE a INT;
  INSERT INTO t VALUES (1, 1), (2, 2);
  SET a = 5;
  BEGIN
    DECLARE b INT DEFAULT 7;
    SELECT ROW_COUNT() AS after_local_set;
  END;
  SET @u = 1;
  SELECT ROW_COUNT() AS after_user_set;
END$$
CREATE PROCEDURE ends_with_local_set()
BEGIN
  DECLARE a INT;
  UPDATE t SET n = n + 1;
  SET a = 5;
END$$
DELIMITER ;`);
    const sets = client.exec("CALL p()").flatMap((o) => o.resultSets);
    expect(sets.map((s) => s.rows)).toEqual([[[2]], [[0]]]);
    client.exec("CALL ends_with_local_set()");
    // The CALL's count is the last count a statement set: the UPDATE's
    expect(rowsOf(client, "SELECT ROW_COUNT()")).toEqual([[2]]);
  });
});
