// Trigger bodies (H1–H3 as far as the runtime owns them): NEW/OLD, the seed's CONTINUE handler with GET DIAGNOSTICS,
// SIGNAL in triggers, and the creation-time checks 1362/1363.

import { describe, expect, it } from "vitest";
import type { Statement } from "../../src/ast.ts";
import * as b from "./build.ts";
import { rows, TestDb } from "./harness.ts";

const INT = b.type("INT");

function fibTable(db: TestDb) {
  db.ok(
    b.createTable(
      "fibonacci",
      [
        ["fib", INT],
        ["value", INT],
        ["correlation_id", b.type("CHAR", 36)],
        ["success", b.type("BOOLEAN")],
        ["error_sqlstate", b.type("CHAR", 5)],
        ["error_msg", b.type("TEXT")],
        ["error_errno", INT],
      ],
      "correlation_id",
    ),
  );
}

const newCol = (name: string) => b.col(name, "NEW");

/** The seed's trigger shape: a CONTINUE handler records the error in NEW columns. */
function seedTrigger(): Statement {
  return b.trigger(
    "fib_trigger",
    "BEFORE",
    "INSERT",
    "fibonacci",
    b.block([
      b.declare(["error_sqlstate"], b.type("CHAR", 5)),
      b.declare(["error_msg"], b.type("TEXT")),
      b.declare(["error_errno"], INT),
      b.handler(
        "CONTINUE",
        [b.sqlexception],
        b.block([
          b.getDiag(
            [
              [b.local("error_sqlstate"), "RETURNED_SQLSTATE"],
              [b.local("error_msg"), "MESSAGE_TEXT"],
              [b.local("error_errno"), "MYSQL_ERRNO"],
            ],
            b.num(1),
          ),
          b.set(b.newField("error_sqlstate"), b.col("error_sqlstate")),
          b.set(b.newField("error_msg"), b.col("error_msg")),
          b.set(b.newField("error_errno"), b.col("error_errno")),
          b.set(b.newField("success"), { kind: "Bool", value: false, start: 0, end: 0 }),
        ]),
      ),
      b.ifs([
        [
          b.bin("=", newCol("fib"), b.num(-2)),
          [
            b.signal(b.sqlstate("45000"), [
              ["MESSAGE_TEXT", b.str("Signal before function invocation")],
              ["MYSQL_ERRNO", b.num(1091)],
            ]),
          ],
        ],
      ]),
      b.ifs([
        [
          b.bin("<=>", newCol("success"), b.nul()),
          [b.set(b.newField("success"), b.num(1)), b.set(b.newField("value"), b.num(1))],
        ],
      ]),
    ]),
  );
}

describe("triggers", () => {
  it("the seed's BEFORE INSERT trigger records a SIGNAL in the row through GET DIAGNOSTICS", () => {
    const db = new TestDb();
    fibTable(db);
    db.ok(seedTrigger());
    db.ok(b.insert("fibonacci", [b.num(2), b.nul(), b.str("22"), b.nul(), b.nul(), b.nul(), b.nul()]));
    db.ok(b.insert("fibonacci", [b.num(-2), b.nul(), b.str("-22"), b.nul(), b.nul(), b.nul(), b.nul()]));
    const out = db.ok(
      b.selectFrom(
        [
          b.col("fib"),
          b.col("value"),
          b.col("correlation_id"),
          b.col("success"),
          b.col("error_sqlstate"),
          b.col("error_msg"),
          b.col("error_errno"),
        ],
        "fibonacci",
      ),
    );
    expect(rows(out)[0]).toEqual([
      [-2, null, "-22", 0, "45000", "Signal before function invocation", 1091],
      [2, 1, "22", 1, null, null, null],
    ]);
  });

  it("an unhandled SIGNAL fails the INSERT; a class '01' SIGNAL only warns", () => {
    const db = new TestDb();
    db.ok(b.createTable("t1", [["id", INT]], "id"));
    db.ok(
      b.trigger(
        "t1_bi",
        "BEFORE",
        "INSERT",
        "t1",
        b.block([
          b.ifs([
            [
              b.bin("<", newCol("id"), b.num(0)),
              [b.signal(b.sqlstate("45000"), [["MESSAGE_TEXT", b.str("negative")]])],
            ],
          ]),
          b.ifs([
            [b.bin("=", newCol("id"), b.num(0)), [b.signal(b.sqlstate("01000"), [["MESSAGE_TEXT", b.str("zero")]])]],
          ]),
        ]),
      ),
    );
    expect(db.run(b.insert("t1", [b.num(-1)])).error).toEqual({ errno: 1644, sqlstate: "45000", message: "negative" });
    expect(db.run(b.insert("t1", [b.num(0)])).error).toBeUndefined();
    expect(db.conn.diagnostics.conditions.map((c) => [c.level, c.errno, c.message])).toEqual([
      ["Warning", 1642, "zero"],
    ]);
    expect(rows(db.ok(b.selectFrom([b.col("id")], "t1")))).toEqual([[[0]]]);
  });

  it("writes NEW in BEFORE triggers and reads OLD in UPDATE triggers", () => {
    const db = new TestDb();
    db.ok(
      b.createTable(
        "t2",
        [
          ["id", INT],
          ["v", INT],
        ],
        "id",
      ),
    );
    db.ok(
      b.createTable(
        "log",
        [
          ["id", INT],
          ["msg", b.type("VARCHAR", 40)],
        ],
        "id",
      ),
    );
    db.ok(b.trigger("t2_bi", "BEFORE", "INSERT", "t2", b.set(b.newField("v"), b.bin("*", newCol("id"), b.num(10)))));
    db.ok(
      b.trigger(
        "t2_au",
        "AFTER",
        "UPDATE",
        "t2",
        b.insert("log", [newCol("id"), b.fn("CONCAT", b.col("v", "OLD"), b.str("->"), newCol("v"))]),
      ),
    );
    db.ok(b.insert("t2", [b.num(1), b.nul()]));
    db.ok({
      kind: "Update",
      ignore: false,
      tables: [{ kind: "TableName", name: b.qname("t2"), start: 0, end: 0 }],
      set: [{ kind: "Assignment", column: b.col("v"), value: b.num(5), start: 0, end: 0 }],
      orderBy: [],
      start: 0,
      end: 0,
    });
    expect(rows(db.ok(b.selectFrom([b.col("msg")], "log")))).toEqual([[["10->5"]]]);
  });

  it("rejects NEW/OLD misuse at CREATE TRIGGER (1362, 1363, 1054)", () => {
    const db = new TestDb();
    db.ok(b.createTable("t3", [["id", INT]], "id"));
    expect(db.run(b.trigger("a", "AFTER", "INSERT", "t3", b.set(b.newField("id"), b.num(1)))).error).toEqual({
      errno: 1362,
      sqlstate: "HY000",
      message: "Updating of NEW row is not allowed in after trigger",
    });
    expect(db.run(b.trigger("a", "BEFORE", "UPDATE", "t3", b.set(b.oldField("id"), b.num(1)))).error).toEqual({
      errno: 1362,
      sqlstate: "HY000",
      message: "Updating of OLD row is not allowed in trigger",
    });
    expect(db.run(b.trigger("a", "BEFORE", "INSERT", "t3", b.set(b.uv("x"), b.col("id", "OLD")))).error).toEqual({
      errno: 1363,
      sqlstate: "HY000",
      message: "There is no OLD row in on INSERT trigger",
    });
    expect(db.run(b.trigger("a", "BEFORE", "DELETE", "t3", b.set(b.uv("x"), b.col("id", "NEW")))).error).toEqual({
      errno: 1363,
      sqlstate: "HY000",
      message: "There is no NEW row in on DELETE trigger",
    });
    expect(db.run(b.trigger("a", "BEFORE", "INSERT", "t3", b.set(b.uv("x"), b.col("nope", "NEW")))).error).toEqual({
      errno: 1054,
      sqlstate: "42S22",
      message: "Unknown column 'nope' in 'NEW'",
    });
    expect(db.run(b.trigger("a", "BEFORE", "INSERT", "t3", b.select([b.num(1)]))).error?.errno).toBe(1415);
  });
});
