// Handler selection and actions (checklist B1–B8), with the answers MariaDB 10.11 gave for
// test/differential/cases/runtime/handler_selection.sql and conditions_in_constructs.sql.

import { describe, expect, it } from "vitest";
import * as b from "./build.ts";
import { rows, TestDb } from "./harness.ts";

const say = (text: string) => b.select([b.str(text)]);

function callProc(body: Parameters<typeof b.block>[0], label?: string) {
  const db = new TestDb();
  db.ok(b.procedure("p", [], b.block(body, label)));
  return { db, out: db.run(b.call("p")) };
}

describe("handler selection (B3)", () => {
  it("errno beats SQLSTATE beats SQLEXCEPTION within one block", () => {
    const { out } = callProc([
      b.handler("CONTINUE", [b.sqlexception], say("class")),
      b.handler("CONTINUE", [b.sqlstate("42S02")], say("sqlstate")),
      b.handler("CONTINUE", [b.errno(1051)], say("errno")),
      b.dropTable("no_such_table"),
      b.signal(b.sqlstate("42S02")),
      b.signal(b.sqlstate("45000")),
    ]);
    expect(out.error).toBeUndefined();
    expect(rows(out.results)).toEqual([[["errno"]], [["sqlstate"]], [["class"]]]);
  });

  it("a local general handler beats an outer specific one", () => {
    const { out } = callProc([
      b.handler("CONTINUE", [b.errno(1051)], say("outer errno")),
      b.block([b.handler("CONTINUE", [b.sqlexception], say("inner general")), b.dropTable("no_such_table")]),
      b.dropTable("no_such_table"),
    ]);
    expect(rows(out.results)).toEqual([[["inner general"]], [["outer errno"]]]);
  });

  it("a condition name stands for its errno", () => {
    const { out } = callProc([
      b.condition("no_table", b.errno(1051)),
      b.handler("CONTINUE", [b.condName("no_table")], say("named")),
      b.dropTable("no_such_table"),
    ]);
    expect(rows(out.results)).toEqual([[["named"]]]);
  });
});

describe("handler scope (B4)", () => {
  it("a handler does not catch conditions of its own body; the enclosing block's does", () => {
    const { out } = callProc([
      b.handler("CONTINUE", [b.sqlexception], say("outer")),
      b.block([
        b.handler(
          "CONTINUE",
          [b.sqlstate("45000")],
          b.block([say("inner"), b.signal(b.sqlstate("45001")), say("inner continues")]),
        ),
        b.signal(b.sqlstate("45000")),
        say("after signal"),
      ]),
    ]);
    expect(rows(out.results)).toEqual([[["inner"]], [["outer"]], [["inner continues"]], [["after signal"]]]);
  });

  it("an error in a DEFAULT is not handled when its own block has a matching handler (not active yet)", () => {
    const { out } = callProc([
      b.handler("CONTINUE", [b.sqlexception], say("outer caught")),
      b.block([
        b.declare(["v"], b.type("INT"), b.fn("NO_SUCH_FUNCTION_XYZ")),
        b.handler("CONTINUE", [b.sqlexception], say("inner caught")),
        say("inner body"),
      ]),
      say("end"),
    ]);
    expect(out.error?.errno).toBeDefined();
    expect(rows(out.results)).toEqual([]);
  });

  it("an error in a DEFAULT goes to the enclosing block when its own block has no handler for it", () => {
    const { out } = callProc([
      b.handler("CONTINUE", [b.sqlexception], say("outer caught")),
      b.block([b.declare(["v"], b.type("INT"), b.fn("NO_SUCH_FUNCTION_XYZ")), say("inner body")]),
      say("end"),
    ]);
    expect(out.error).toBeUndefined();
    expect(rows(out.results)).toEqual([[["outer caught"]], [["inner body"]], [["end"]]]);
  });
});

describe("CONTINUE and EXIT (B1, B8)", () => {
  it("EXIT leaves the block that declares the handler, even from a nested block", () => {
    const { db, out } = callProc([
      b.declare(["x"], b.type("INT"), b.num(0)),
      b.block(
        [
          b.handler("EXIT", [b.sqlexception], b.set("x", b.bin("+", b.col("x"), b.num(10)))),
          b.block([b.set("x", b.num(1)), b.dropTable("no_such_table"), b.set("x", b.num(2))]),
          b.set("x", b.num(3)),
        ],
        "b1",
      ),
      b.select([b.col("x")]),
    ]);
    expect(out.error).toBeUndefined();
    expect(rows(out.results)).toEqual([[[11]]]);
    expect(db.conn.diagnostics.number).toBe(0);
  });

  it("an outer EXIT handler taking a condition raised in an inner CONTINUE handler's body leaves the outer block", () => {
    const { out } = callProc([
      b.block(
        [
          b.handler("EXIT", [b.sqlstate("45002")], say("outer exit")),
          b.block([
            b.handler(
              "CONTINUE",
              [b.sqlstate("45001")],
              b.block([say("inner handler"), b.signal(b.sqlstate("45002"))]),
            ),
            b.signal(b.sqlstate("45001")),
            say("inner block not resumed"),
          ]),
          say("outer block not resumed"),
        ],
        "outer",
      ),
      say("after outer"),
    ]);
    expect(out.error).toBeUndefined();
    expect(rows(out.results)).toEqual([[["inner handler"]], [["outer exit"]], [["after outer"]]]);
  });

  it("an unhandled error ends the procedure after the earlier result sets", () => {
    const { out } = callProc([
      b.handler("CONTINUE", [b.errno(1062)], say("dup")),
      say("before"),
      b.dropTable("no_such_table"),
      say("never"),
    ]);
    expect(out.error).toEqual({ errno: 1051, sqlstate: "42S02", message: "Unknown table 't.no_such_table'" });
    expect(rows(out.results)).toEqual([[["before"]]]);
  });
});

describe("conditions raised by IF/CASE/WHILE/REPEAT conditions (B6)", () => {
  it("a warning in an IF condition taken by a CONTINUE handler skips the whole IF", () => {
    const { out } = callProc([
      b.handler("CONTINUE", [b.sqlwarning], say("warning handler")),
      b.ifs([[b.bin("=", b.str("1abc"), b.num(1)), [say("then")]]], [say("else")]),
      say("after if"),
    ]);
    expect(rows(out.results)).toEqual([[["warning handler"]], [["after if"]]]);
  });

  it("an error in a REPEAT ... UNTIL leaves the loop", () => {
    const { out } = callProc([
      b.declare(["i"], b.type("INT"), b.num(0)),
      b.handler("CONTINUE", [b.sqlexception], b.select([b.str("handler"), b.col("i")])),
      b.repeat([b.set("i", b.bin("+", b.col("i"), b.num(1)))], b.fn("NO_SUCH_FUNCTION_XYZ")),
      b.select([b.str("end"), b.col("i")]),
    ]);
    expect(rows(out.results)).toEqual([[["handler", 1]], [["end", 1]]]);
  });

  it("NULL conditions are false and CASE v WHEN NULL never matches (E1)", () => {
    const { out } = callProc([
      b.declare(["n"], b.type("INT")),
      b.declare(["i"], b.type("INT"), b.num(0)),
      b.ifs(
        [
          [b.col("n"), [say("null is true")]],
          [{ kind: "Unary", op: "NOT", operand: b.col("n"), start: 0, end: 0 }, [say("not null is true")]],
        ],
        [say("neither")],
      ),
      b.whileLoop(b.col("n"), [b.set("i", b.bin("+", b.col("i"), b.num(1)))]),
      b.caseStmt(b.col("n"), [[b.nul(), [say("when null matched")]]], [say("else")]),
      b.select([b.col("i")]),
    ]);
    expect(rows(out.results)).toEqual([[["neither"]], [["else"]], [[0]]]);
  });

  it("CASE without a match and without ELSE is 1339, which a handler can take", () => {
    const db = new TestDb();
    db.ok(
      b.procedure(
        "p",
        [b.param("IN", "v", b.type("INT"))],
        b.caseStmt(b.col("v"), [
          [b.num(1), [say("one")]],
          [b.num(2), [say("two")]],
        ]),
      ),
    );
    expect(rows(db.ok(b.call("p", b.num(2))))).toEqual([[["two"]]]);
    expect(db.run(b.call("p", b.num(3))).error).toEqual({
      errno: 1339,
      sqlstate: "20000",
      message: "Case not found for CASE statement",
    });
    const { out } = callProc([
      b.handler("CONTINUE", [b.errno(1339)], say("case handler")),
      b.caseStmt(b.num(5), [[b.num(1), [say("one")]]]),
      say("after case"),
    ]);
    expect(rows(out.results)).toEqual([[["case handler"]], [["after case"]]]);
  });
});

describe("notes", () => {
  it("a note (DROP TABLE IF EXISTS) does not fire a SQLWARNING handler", () => {
    const { out } = callProc([
      b.handler("CONTINUE", [b.sqlwarning], say("warn handler")),
      { ...b.dropTable("nonexist_zz"), ifExists: true },
      say("after drop"),
    ]);
    expect(rows(out.results)).toEqual([[["after drop"]]]);
  });
});
