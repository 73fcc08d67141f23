// The engine driven by SQL text: the real parser and expression compiler in front of compileEngineStatement, with
// trigger bodies faked in JS (the runtime runs real ones). Results recorded on MariaDB 10.11 (MySQL 8 texts).

import { describe, expect, it } from "vitest";
import { compileExpr } from "../../src/compile/expr.ts";
import type { ExecContext } from "../../src/compile/types.ts";
import type { EngineEnv } from "../../src/engine/env.ts";
import { Server } from "../../src/engine/server.ts";
import { compileEngineStatement } from "../../src/engine/statements.ts";
import { SqlError } from "../../src/errors.ts";
import { parseStatement } from "../../src/parse.ts";
import { selectRunner } from "../../src/query/index.ts";
import { runScript } from "../../src/session/run.ts";
import { render } from "../../src/values/render.ts";
import { testSession } from "../support/session.ts";

const env: EngineEnv = {
  compileExpr,
  compileSelect(stmt, outer) {
    return (ctx) =>
      selectRunner(stmt, outer, { catalog: ctx.session.engine.catalog, database: ctx.session.database })(ctx);
  },
};

function client() {
  const server = new Server();
  server.catalog.addDatabase("test");
  server.triggerRunner = { fire() {} };
  const engine = server.connect();
  const session = { ...testSession(), engine };
  const sqlMode = "STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO";
  const ctx: ExecContext = { session, slots: [], rows: [], strict: true, sqlMode };
  const run = (sql: string) => {
    session.warnings.length = 0;
    const c = compileEngineStatement(parseStatement(sql), undefined, env);
    if (!c) throw new Error(`not an engine statement: ${sql}`);
    return engine.statement(() => c(ctx));
  };
  const fail = (sql: string) => {
    try {
      run(sql);
    } catch (e) {
      if (e instanceof SqlError) return `${e.errno} ${e.message}`;
      throw e;
    }
    return "no error";
  };
  const rows = (table: string) => [...server.catalog.requireTable("test", table).scan()].map((r) => r.map(render));
  return { server, session, run, fail, rows };
}

describe("engine statements from SQL", () => {
  it("runs the seed's table", () => {
    const c = client();
    c.run(`CREATE TABLE fibonacci (
      fib INTEGER, value INTEGER, correlation_id CHAR(36), success BOOLEAN,
      error_sqlstate CHAR(5), error_msg TEXT, error_errno INTEGER, PRIMARY KEY (correlation_id))`);
    expect(c.run("INSERT INTO fibonacci (fib, correlation_id) VALUES (10, 'a'), (11, 'b')").affectedRows).toBe(2);
    expect(c.fail("INSERT INTO fibonacci (fib, correlation_id) VALUES (12, 'A')")).toBe(
      "1062 Duplicate entry 'A' for key 'fibonacci.PRIMARY'",
    );
    expect(c.run("UPDATE fibonacci SET value = fib * 2, success = TRUE WHERE correlation_id = 'b'").affectedRows).toBe(
      1,
    );
    expect(c.rows("fibonacci")).toEqual([
      ["10", null, "a", null, null, null, null],
      ["11", "22", "b", "1", null, null, null],
    ]);
    const d = c.run("DESCRIBE fibonacci").resultSets[0];
    expect(d.rows.map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ["fib", "int", "YES", ""],
      ["value", "int", "YES", ""],
      ["correlation_id", "char(36)", "NO", "PRI"],
      ["success", "tinyint(1)", "YES", ""],
      ["error_sqlstate", "char(5)", "YES", ""],
      ["error_msg", "text", "YES", ""],
      ["error_errno", "int", "YES", ""],
    ]);
  });

  it("strict-mode errors with MySQL's messages", () => {
    const c = client();
    c.run("CREATE TABLE s (ti TINYINT, v VARCHAR(3), nn INT NOT NULL, d DECIMAL(5,2))");
    expect(c.fail("INSERT INTO s (ti, nn) VALUES (200, 1)")).toBe("1264 Out of range value for column 'ti' at row 1");
    expect(c.fail("INSERT INTO s (v, nn) VALUES ('ok', 1), ('abcd', 1)")).toBe(
      "1406 Data too long for column 'v' at row 2",
    );
    expect(c.fail("INSERT INTO s (ti) VALUES (1)")).toBe("1364 Field 'nn' doesn't have a default value");
    expect(c.fail("INSERT INTO s (nn) VALUES (NULL)")).toBe("1048 Column 'nn' cannot be null");
    expect(c.fail("INSERT INTO s (ti, nn) VALUES ('x', 1)")).toBe(
      "1366 Incorrect integer value: 'x' for column 'ti' at row 1",
    );
    expect(c.rows("s")).toEqual([]);
    c.run("INSERT IGNORE INTO s (ti, v, nn) VALUES (200, 'abcd', 1)");
    expect(c.session.warnings.map((w) => `${w.level} ${w.errno} ${w.message}`)).toEqual([
      "Warning 1264 Out of range value for column 'ti' at row 1",
      "Warning 1265 Data truncated for column 'v' at row 1",
    ]);
    c.run("INSERT INTO s (nn, d) VALUES (2, 1.234)");
    expect(c.session.warnings.map((w) => `${w.level} ${w.errno}`)).toEqual(["Note 1265"]);
    expect(c.rows("s")).toEqual([
      ["127", "abc", "1", null],
      [null, null, "2", "1.23"],
    ]);
  });

  it("ON DUPLICATE KEY UPDATE with VALUES(), REPLACE, UPDATE ... ORDER BY ... LIMIT", () => {
    const c = client();
    c.run("CREATE TABLE t (id INT PRIMARY KEY, n INT NOT NULL DEFAULT 0)");
    c.run("INSERT INTO t VALUES (1, 1), (2, 2), (3, 3)");
    expect(c.run("INSERT INTO t (id, n) VALUES (1, 10) ON DUPLICATE KEY UPDATE n = n + VALUES(n)").affectedRows).toBe(
      2,
    );
    expect(c.run("INSERT INTO t (id, n) VALUES (2, 2) ON DUPLICATE KEY UPDATE n = VALUES(n)").affectedRows).toBe(0);
    expect(c.run("REPLACE INTO t VALUES (3, 30)").affectedRows).toBe(2);
    expect(c.run("UPDATE t SET n = n + 100 ORDER BY id DESC LIMIT 2").affectedRows).toBe(2);
    expect(c.run("DELETE FROM t WHERE n > 100 LIMIT 1").affectedRows).toBe(1);
    expect(c.rows("t")).toEqual([
      ["1", "11"],
      ["3", "130"],
    ]);
  });

  it("transactions and savepoints from SQL", () => {
    const c = client();
    c.run("CREATE TABLE t (id INT PRIMARY KEY)");
    c.run("START TRANSACTION");
    c.run("INSERT INTO t VALUES (1)");
    c.run("SAVEPOINT a");
    c.run("INSERT INTO t VALUES (2)");
    c.run("ROLLBACK TO SAVEPOINT a");
    expect(c.fail("RELEASE SAVEPOINT b")).toBe("1305 SAVEPOINT b does not exist");
    c.run("COMMIT");
    c.run("BEGIN");
    c.run("INSERT INTO t VALUES (3)");
    c.server.crash();
    c.server.restart();
    const again = c.server.connect();
    expect(again.inTransaction).toBe(false);
    expect(c.rows("t")).toEqual([["1"]]);
  });

  it("AUTO_INCREMENT as MySQL hands it out: skipped rows give their value back, LAST_INSERT_ID counts inserted rows", () => {
    // Recorded on MariaDB 10.11: test/differential/cases/dml/insert_ignore, dml/odku_values,
    // constraints/auto_increment_strict.
    const c = client();
    c.run("CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, code VARCHAR(3) NOT NULL UNIQUE, n INT)");
    c.run("INSERT INTO t (code) VALUES ('a'), ('b')");
    c.session.lastInsertId = 1;
    // a duplicate skipped by IGNORE hands its value to the next row
    expect(c.run("INSERT IGNORE INTO t (code) VALUES ('a'), ('c'), ('b'), ('d')").affectedRows).toBe(2);
    expect(c.session.lastInsertId).toBe(3);
    // nothing inserted: LAST_INSERT_ID() stays
    c.run("INSERT IGNORE INTO t (code) VALUES ('a')");
    expect(c.session.lastInsertId).toBe(3);
    // a row turned into an update gives its value to the next row and leaves LAST_INSERT_ID() alone
    expect(c.run("INSERT INTO t (code) VALUES ('a'), ('e') ON DUPLICATE KEY UPDATE n = 1").affectedRows).toBe(3);
    expect(c.session.lastInsertId).toBe(8);
    c.session.lastInsertId = 42;
    c.run("INSERT INTO t (code) VALUES ('a') ON DUPLICATE KEY UPDATE n = 2");
    expect(c.session.lastInsertId).toBe(42);
    expect(c.rows("t").map((r) => [r[0], r[1]])).toEqual([
      ["1", "a"],
      ["2", "b"],
      ["3", "c"],
      ["4", "d"],
      ["8", "e"],
    ]);
  });

  it("a multi-row VALUES list reserves one value per row, whichever row needs the first", () => {
    const c = client();
    c.run("CREATE TABLE a (id INT AUTO_INCREMENT PRIMARY KEY, v INT)");
    c.run("INSERT INTO a (id, v) VALUES (10, 1), (NULL, 2)");
    c.run("INSERT INTO a (v) VALUES (3)");
    expect(c.rows("a").map((r) => r[0])).toEqual(["10", "11", "13"]);
  });

  it("an UPDATE storing a larger id moves the counter, even when the statement is undone (MySQL 8)", () => {
    const c = client();
    c.run("CREATE TABLE a (id INT AUTO_INCREMENT PRIMARY KEY, v INT)");
    c.run("INSERT INTO a (v) VALUES (1), (1), (2)");
    expect(c.fail("UPDATE a SET id = 100 WHERE v = 1")).toBe("1062 Duplicate entry '100' for key 'a.PRIMARY'");
    c.run("INSERT INTO a (v) VALUES (3)");
    c.run("UPDATE a SET id = 200 WHERE v = 3");
    c.run("DELETE FROM a WHERE id = 200");
    c.run("INSERT INTO a (v) VALUES (4)");
    expect(c.rows("a").map((r) => r[0])).toEqual(["1", "2", "3", "201"]);
  });

  it("a generated id past the column's type is error 167 in strict mode", () => {
    const c = client();
    c.run("CREATE TABLE tiny (id TINYINT AUTO_INCREMENT PRIMARY KEY, v INT)");
    c.run("INSERT INTO tiny (id, v) VALUES (126, 1)");
    c.run("INSERT INTO tiny (v) VALUES (2)");
    expect(c.fail("INSERT INTO tiny (v) VALUES (3)")).toBe("167 Out of range value for column 'id' at row 1");
    c.run("CREATE TABLE un (id TINYINT UNSIGNED AUTO_INCREMENT PRIMARY KEY)");
    c.run("INSERT INTO un VALUES (255)");
    expect(c.fail("INSERT INTO un VALUES (NULL)")).toBe("167 Out of range value for column 'id' at row 1");
  });

  it("DEFAULT(col) in INSERT values and SET col = DEFAULT in UPDATE read the column's default", () => {
    const { records } = runScript(
      {
        name: "t.sql",
        text: `CREATE DATABASE d; USE d;
          CREATE TABLE t (id INT PRIMARY KEY, a INT NOT NULL, b VARCHAR(5) NOT NULL DEFAULT 'x', c INT DEFAULT 7, n INT);
          INSERT INTO t VALUES (1, 1, 'y', DEFAULT(c) + 1, DEFAULT(n));
          UPDATE t SET b = DEFAULT, c = DEFAULT(c) * 2, n = DEFAULT;
          SELECT * FROM t;
          UPDATE t SET a = DEFAULT;
          INSERT INTO t VALUES (2, DEFAULT(a), 'z', 1, 1);
          INSERT INTO t VALUES (3, DEFAULT(nope), 'z', 1, 1);`,
      },
      { force: true },
    );
    expect(records).toEqual([
      { columns: ["id", "a", "b", "c", "n"], rows: [["1", "1", "x", "14", null]] },
      { error: { errno: 1364, sqlstate: "HY000", message: "Field 'a' doesn't have a default value" } },
      { error: { errno: 1364, sqlstate: "HY000", message: "Field 'a' doesn't have a default value" } },
      { error: { errno: 1054, sqlstate: "42S22", message: "Unknown column 'nope' in 'field list'" } },
    ]);
  });

  it("UPDATE and DELETE take subqueries in SET and WHERE, but not over the table they change (1093)", () => {
    const { records } = runScript(
      {
        name: "t.sql",
        text: `CREATE DATABASE d; USE d;
          CREATE TABLE o (id INT PRIMARY KEY, cust CHAR(1), amount INT);
          INSERT INTO o VALUES (1, 'a', 10), (2, 'b', 5), (3, 'a', 30);
          CREATE TABLE s (cust CHAR(1) PRIMARY KEY, total INT);
          INSERT INTO s VALUES ('a', 0), ('b', 0), ('c', 0);
          UPDATE s SET total = (SELECT SUM(amount) FROM o WHERE o.cust = s.cust);
          DELETE FROM s WHERE NOT EXISTS (SELECT 1 FROM o WHERE o.cust = s.cust);
          SELECT * FROM s ORDER BY cust;
          UPDATE o SET amount = 0 WHERE amount < (SELECT MAX(amount) FROM o);
          DELETE FROM o WHERE id IN (SELECT id FROM (SELECT id FROM o WHERE amount < 10) AS x);
          SELECT id FROM o ORDER BY id;`,
      },
      { force: true },
    );
    expect(records).toEqual([
      {
        columns: ["cust", "total"],
        rows: [
          ["a", "40"],
          ["b", "5"],
        ],
      },
      {
        error: {
          errno: 1093,
          sqlstate: "HY000",
          message: "You can't specify target table 'o' for update in FROM clause",
        },
      },
      { columns: ["id"], rows: [["1"], ["3"]] },
    ]);
  });

  it("INSERT ... SELECT, non-transactional tables, and 1/0 while storing", () => {
    const c = client();
    c.run("CREATE TABLE src (id INT PRIMARY KEY, v INT)");
    c.run("INSERT INTO src VALUES (1, 10), (2, 20), (3, 30)");
    c.run("CREATE TABLE dst (id INT AUTO_INCREMENT PRIMARY KEY, v INT)");
    expect(c.run("INSERT INTO dst (v) SELECT v * 2 FROM src WHERE id > 1 ORDER BY id").affectedRows).toBe(2);
    expect(c.rows("dst")).toEqual([
      ["1", "40"],
      ["2", "60"],
    ]);
    expect(c.fail("INSERT INTO dst (v) SELECT v, v FROM src")).toBe(
      "1136 Column count doesn't match value count at row 1",
    );
    // MyISAM keeps the rows written before the failing one; strict mode fails only on the first row.
    c.run("CREATE TABLE m (id INT PRIMARY KEY, t TINYINT) ENGINE=MyISAM");
    expect(c.fail("INSERT INTO m VALUES (1, 1), (2, 2), (1, 3)")).toBe("1062 Duplicate entry '1' for key 'm.PRIMARY'");
    c.run("INSERT INTO m VALUES (3, 3), (4, 400)");
    expect(c.rows("m")).toEqual([
      ["1", "1"],
      ["2", "2"],
      ["3", "3"],
      ["4", "127"],
    ]);
    expect(c.fail("INSERT INTO src VALUES (9, 1 / 0)")).toBe("1365 Division by 0");
  });
});
