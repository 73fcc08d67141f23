// Typed locals (A2–A6), cursors, SELECT ... INTO (G4) and the diagnostics area (D1–D3); MariaDB 10.11's answers for
// test/differential/cases/runtime/vars_cursors_diagnostics.sql, except where MySQL 8 differs (noted).

import { describe, expect, it } from "vitest";
import * as b from "./build.ts";
import { rows, TestDb } from "./harness.ts";

const INT = b.type("INT");

function withTable(): TestDb {
  const db = new TestDb();
  db.ok(
    b.createTable(
      "tt",
      [
        ["id", INT],
        ["name", b.type("VARCHAR", 10)],
      ],
      "id",
    ),
  );
  db.ok(b.insert("tt", [b.num(1), b.str("one")], [b.num(2), b.str("two")], [b.num(3), b.str("three")]));
  return db;
}

describe("typed local variables", () => {
  it("start as NULL; out-of-range, too long and non-numeric values are 1264, 1406, 1366 in strict mode", () => {
    const db = new TestDb();
    db.ok(
      b.procedure(
        "p",
        [],
        b.block([
          b.declare(["v"], b.type("TINYINT")),
          b.declare(["s"], b.type("VARCHAR", 3)),
          b.declare(["n"], INT),
          b.handler(
            "CONTINUE",
            [b.sqlexception],
            b.block([b.getDiag([[b.uv("e"), "MYSQL_ERRNO"]], b.num(1)), b.select([b.uv("e")])]),
          ),
          b.select([b.col("v"), b.col("s"), b.col("n")]),
          b.set("v", b.num(300)),
          b.set("s", b.str("abcdef")),
          b.set("n", b.str("abc")),
          b.select([b.col("v"), b.col("s"), b.col("n")]),
        ]),
      ),
    );
    expect(rows(db.ok(b.call("p")))).toEqual([
      [[null, null, null]],
      [[1264]],
      [[1406]],
      [[1366]],
      [[null, null, null]],
    ]);
  });

  it("a routine runs under the sql_mode of its creation (A6)", () => {
    const db = new TestDb();
    db.ok(b.set(b.sysvar("sql_mode"), b.str("")));
    db.ok(
      b.procedure(
        "lax",
        [],
        b.block([b.declare(["v"], b.type("TINYINT")), b.set("v", b.num(300)), b.select([b.col("v")])]),
      ),
    );
    db.ok(b.set(b.sysvar("sql_mode"), b.str("STRICT_TRANS_TABLES")));
    expect(rows(db.ok(b.call("lax")))).toEqual([[[127]]]);
  });

  it("inner blocks shadow outer names; names are case-insensitive (A2, A3)", () => {
    const db = new TestDb();
    db.ok(
      b.procedure(
        "p",
        [],
        b.block([
          b.declare(["x"], INT, b.num(1)),
          b.block([b.declare(["x"], INT, b.num(2)), b.select([b.col("x")])]),
          b.select([b.col("X")]),
        ]),
      ),
    );
    expect(rows(db.ok(b.call("p")))).toEqual([[[2]], [[1]]]);
  });

  it("a local variable beats a column of the same name (A4)", () => {
    const db = withTable();
    db.ok(
      b.procedure(
        "p",
        [],
        b.block([
          b.declare(["id"], INT, b.num(2)),
          b.selectFrom(
            [
              {
                kind: "AggregateCall",
                name: "COUNT",
                distinct: false,
                args: [{ kind: "Star", start: 0, end: 0 }],
                start: 0,
                end: 0,
              },
            ],
            "tt",
            b.bin("=", b.col("id"), b.col("id")),
          ),
        ]),
      ),
    );
    expect(rows(db.ok(b.call("p")))).toEqual([[[3]]]);
  });

  it("duplicate declarations and DECLARE order are rejected at CREATE (A1, A7)", () => {
    const db = new TestDb();
    const h = b.handler("CONTINUE", [b.errno(1051)], b.block([]));
    expect(db.run(b.procedure("p", [], b.block([b.declare(["a"], INT), b.declare(["A"], INT)]))).error?.errno).toBe(
      1331,
    );
    expect(
      db.run(b.procedure("p", [], b.block([b.condition("c", b.errno(1)), b.condition("c", b.errno(2))]))).error?.errno,
    ).toBe(1332);
    expect(db.run(b.procedure("p", [], b.block([h, h]))).error).toEqual({
      errno: 1413,
      sqlstate: "42000",
      message: "Duplicate handler declared in the same block",
    });
    expect(db.run(b.procedure("p", [], b.block([h, b.declare(["a"], INT)]))).error).toEqual({
      errno: 1337,
      sqlstate: "42000",
      message: "Variable or condition declaration after cursor or handler declaration",
    });
    expect(db.run(b.procedure("p", [], b.block([h, b.cursor("c", b.select([b.num(1)]))]))).error).toEqual({
      errno: 1338,
      sqlstate: "42000",
      message: "Cursor declaration after handler declaration",
    });
    expect(db.run(b.procedure("p", [b.param("IN", "a", INT), b.param("IN", "a", INT)], b.block([]))).error).toEqual({
      errno: 1330,
      sqlstate: "42000",
      message: "Duplicate parameter: a",
    });
  });
});

describe("labels (E2, E3)", () => {
  it("unknown labels, ITERATE on a block, LEAVE from a handler and duplicate labels are rejected", () => {
    const db = new TestDb();
    expect(db.run(b.procedure("p", [], b.block([b.loop([b.leave("l2")], "l1")]))).error).toEqual({
      errno: 1308,
      sqlstate: "42000",
      message: "LEAVE with no matching label: l2",
    });
    expect(db.run(b.procedure("p", [], b.block([b.block([b.iterate("l1")], "l1")]))).error).toEqual({
      errno: 1308,
      sqlstate: "42000",
      message: "ITERATE with no matching label: l1",
    });
    expect(
      db.run(b.procedure("p", [], b.block([b.handler("EXIT", [b.sqlexception], b.leave("l1"))], "l1"))).error?.errno,
    ).toBe(1308);
    expect(db.run(b.procedure("p", [], b.block([b.block([], "l1")], "l1"))).error).toEqual({
      errno: 1309,
      sqlstate: "42000",
      message: "Redefining label l1",
    });
  });

  it("REPEAT runs its body once; ITERATE and LEAVE work on loops", () => {
    const db = new TestDb();
    const i = b.col("i");
    db.ok(
      b.procedure(
        "p",
        [],
        b.block([
          b.declare(["i"], INT, b.num(0)),
          b.declare(["s"], b.type("VARCHAR", 50), b.str("")),
          b.repeat([b.set("i", b.bin("+", i, b.num(1)))], b.num(1)),
          b.loop(
            [
              b.set("i", b.bin("+", i, b.num(1))),
              b.ifs([[b.bin("=", i, b.num(3)), [b.iterate("lp")]]]),
              b.ifs([[b.bin(">", i, b.num(5)), [b.leave("lp")]]]),
              b.set("s", b.fn("CONCAT", b.col("s"), i)),
            ],
            "lp",
          ),
          b.select([i, b.col("s")]),
        ]),
      ),
    );
    expect(rows(db.ok(b.call("p")))).toEqual([[[6, "245"]]]);
  });
});

describe("cursors", () => {
  it("walk the rows and raise NOT FOUND at the end", () => {
    const db = withTable();
    db.ok(
      b.procedure(
        "p",
        [],
        b.block([
          b.declare(["done"], INT, b.num(0)),
          b.declare(["i"], INT),
          b.declare(["nm"], b.type("VARCHAR", 10)),
          b.declare(["acc"], b.type("VARCHAR", 100), b.str("")),
          b.cursor("c", b.selectFrom([b.col("id"), b.col("name")], "tt")),
          b.handler("CONTINUE", [b.notfound], b.set("done", b.num(1))),
          b.open("c"),
          b.loop(
            [
              b.fetch("c", "i", "nm"),
              b.ifs([[b.col("done"), [b.leave("rd")]]]),
              b.set("acc", b.fn("CONCAT", b.col("acc"), b.col("i"), b.col("nm"), b.str(";"))),
            ],
            "rd",
          ),
          b.close("c"),
          b.select([b.col("acc")]),
        ]),
      ),
    );
    expect(rows(db.ok(b.call("p")))).toEqual([[["1one;2two;3three;"]]]);
  });

  it("a value FETCH or SELECT ... INTO cannot store in strict mode leaves the variable NULL (sp_eval_expr)", () => {
    const db = withTable();
    db.ok(
      b.procedure(
        "p",
        [],
        b.block([
          b.declare(["i"], INT),
          b.declare(["nm"], b.type("VARCHAR", 3), b.str("x")),
          b.declare(["log"], b.type("VARCHAR", 100), b.str("")),
          b.cursor("c", b.selectFrom([b.col("id"), b.col("name")], "tt")),
          b.handler("CONTINUE", [b.sqlexception], b.set("log", b.fn("CONCAT", b.col("log"), b.str("error;")))),
          b.open("c"),
          b.fetch("c", "i", "nm"),
          b.fetch("c", "i", "nm"),
          b.fetch("c", "i", "nm"),
          b.close("c"),
          b.select([b.col("i"), b.col("nm"), b.col("log")]),
          b.set("nm", b.str("y")),
          b.selectFrom([b.col("name")], "tt", b.bin("=", b.col("id"), b.num(3)), [b.local("nm")]),
          b.select([b.col("nm"), b.col("log")]),
        ]),
      ),
    );
    expect(rows(db.ok(b.call("p")))).toEqual([[[3, null, "error;"]], [[null, "error;error;"]]]);
  });

  it("1325, 1326, 1328, 1329, 1324", () => {
    const db = withTable();
    const errorOf = (...body: Parameters<typeof b.block>[0]) => {
      db.ok({ kind: "DropRoutine", routineType: "PROCEDURE", name: b.qname("p"), ifExists: true, start: 0, end: 0 });
      const created = db.run(
        b.procedure(
          "p",
          [],
          b.block([b.declare(["i"], INT), b.cursor("c", b.selectFrom([b.col("id"), b.col("name")], "tt")), ...body]),
        ),
      );
      return created.error ?? db.run(b.call("p")).error;
    };
    expect(errorOf(b.open("c"), b.open("c"))).toEqual({
      errno: 1325,
      sqlstate: "24000",
      message: "Cursor is already open",
    });
    expect(errorOf(b.close("c"))).toEqual({ errno: 1326, sqlstate: "24000", message: "Cursor is not open" });
    expect(errorOf(b.fetch("c", "i"))?.errno).toBe(1326);
    expect(errorOf(b.open("c"), b.fetch("c", "i"))).toEqual({
      errno: 1328,
      sqlstate: "HY000",
      message: "Incorrect number of FETCH variables",
    });
    expect(errorOf(b.open("nocur"))).toEqual({ errno: 1324, sqlstate: "42000", message: "Undefined CURSOR: nocur" });
  });
});

describe("SELECT ... INTO (G4)", () => {
  it("no rows leaves the variable unchanged with warning 1329; several rows is 1172", () => {
    const db = withTable();
    db.ok(
      b.procedure(
        "p",
        [],
        b.block([
          b.declare(["v"], INT, b.num(7)),
          b.selectFrom([b.col("id")], "tt", b.bin("=", b.col("id"), b.num(99)), [b.local("v")]),
          b.select([b.col("v")]),
          b.selectFrom([b.col("id")], "tt", undefined, [b.local("v")]),
        ]),
      ),
    );
    const out = db.run(b.call("p"));
    expect(rows(out.results)).toEqual([[[7]]]);
    expect(out.error).toEqual({ errno: 1172, sqlstate: "42000", message: "Result consisted of more than one row" });
    db.ok(
      b.procedure(
        "q",
        [],
        b.block([
          b.declare(["v"], INT),
          b.selectFrom([b.col("id")], "tt", b.bin("=", b.col("id"), b.num(99)), [b.local("v")]),
        ]),
      ),
    );
    db.ok(b.call("q"));
    expect(db.conn.diagnostics.conditions.map((c) => [c.level, c.errno, c.sqlstate, c.message])).toEqual([
      ["Warning", 1329, "02000", "No data - zero rows fetched, selected, or processed"],
    ]);
  });
});

describe("diagnostics area (D1–D3)", () => {
  it("statements in a handler clear the current area; the caught condition goes away when the handler ends", () => {
    const db = new TestDb();
    const n = b.local("n");
    db.ok(
      b.procedure(
        "p",
        [],
        b.block([
          b.declare(["n"], INT),
          b.handler(
            "CONTINUE",
            [b.sqlexception],
            b.block([
              b.getDiagNumber(n),
              b.select([b.col("n")]),
              b.select([b.num(1)]),
              b.getDiagNumber(n),
              b.select([b.col("n")]),
            ]),
          ),
          b.dropTable("no_such_table"),
          b.getDiagNumber(n),
          b.select([b.col("n")]),
        ]),
      ),
    );
    // MySQL 8 (WL#5928): the SELECT clears the area, so the second NUMBER is 0 (MariaDB 10.11 answers 1).
    expect(rows(db.ok(b.call("p")))).toEqual([[[1]], [[1]], [[0]], [[0]]]);
  });

  it("GET STACKED DIAGNOSTICS still sees the caught condition after the handler's statements", () => {
    const db = new TestDb();
    db.ok(
      b.procedure(
        "p",
        [],
        b.block([
          b.handler(
            "CONTINUE",
            [b.sqlexception],
            b.block([b.set(b.uv("x"), b.num(1)), b.getDiag([[b.uv("m"), "MESSAGE_TEXT"]], b.num(1), "STACKED")]),
          ),
          b.dropTable("no_such_table"),
        ]),
      ),
    );
    db.ok(b.call("p"));
    expect(db.userVar("m")).toBe("Unknown table 't.no_such_table'");
    db.ok(b.procedure("q", [], b.getDiag([[b.uv("m"), "MESSAGE_TEXT"]], b.num(1), "STACKED")));
    expect(db.run(b.call("q")).error).toEqual({
      errno: 1887,
      sqlstate: "0Z002",
      message: "GET STACKED DIAGNOSTICS when handler not active",
    });
  });

  it("values are cut to fit without a warning; an invalid condition number adds 1758 and assigns nothing", () => {
    const db = new TestDb();
    db.ok(
      b.procedure(
        "p",
        [],
        b.block([
          b.declare(["c"], b.type("CHAR", 1)),
          b.handler("CONTINUE", [b.sqlexception], b.getDiag([[b.local("c"), "MESSAGE_TEXT"]], b.num(1))),
          b.dropTable("no_such_table"),
          b.select([b.col("c")]),
        ]),
      ),
    );
    // MySQL's gd.result: 'T' for a CHAR(1) target (MariaDB 10.11 leaves NULL here).
    expect(rows(db.ok(b.call("p")))).toEqual([[["U"]]]);
    db.ok(b.set(b.uv("m"), b.str("kept")));
    db.ok(b.procedure("q", [], b.getDiag([[b.uv("m"), "MESSAGE_TEXT"]], b.num(5))));
    db.ok(b.call("q"));
    expect(db.userVar("m")).toBe("kept");
    expect(db.conn.diagnostics.conditions.map((c) => [c.level, c.errno, c.sqlstate])).toEqual([
      ["Error", 1758, "35000"],
    ]);
  });
});
