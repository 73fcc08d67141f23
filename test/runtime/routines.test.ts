// CALL and stored functions (checklist G1–G3, B10), with MariaDB 10.11's answers for the same procedures
// (test/differential/cases/runtime/routines.sql).

import { describe, expect, it } from "vitest";
import { budgetOf } from "../../src/runtime/frame.ts";
import * as b from "./build.ts";
import { rows, TestDb } from "./harness.ts";

const INT = b.type("INT");

describe("CALL", () => {
  it("copies OUT and INOUT values back to user variables; OUT starts as NULL", () => {
    const db = new TestDb();
    db.ok(
      b.procedure(
        "po",
        [b.param("OUT", "a", INT), b.param("INOUT", "c", INT)],
        b.block([b.select([b.col("a")]), b.set("a", b.num(1)), b.set("c", b.bin("+", b.col("c"), b.num(1)))]),
      ),
    );
    db.ok(b.set(b.uv("a"), b.num(99)));
    db.ok(b.set(b.uv("c"), b.num(5)));
    expect(rows(db.ok(b.call("po", b.uv("a"), b.uv("c"))))).toEqual([[[null]]]);
    expect([db.userVar("a"), db.userVar("c")]).toEqual([1, 6]);
  });

  it("1305, 1318 and 1414", () => {
    const db = new TestDb();
    db.ok(b.procedure("po", [b.param("OUT", "a", INT)], b.block([])));
    expect(db.run(b.call("nope")).error).toEqual({
      errno: 1305,
      sqlstate: "42000",
      message: "PROCEDURE t.nope does not exist",
    });
    expect(db.run(b.call("po")).error).toEqual({
      errno: 1318,
      sqlstate: "42000",
      message: "Incorrect number of arguments for PROCEDURE t.po; expected 1, got 0",
    });
    expect(db.run(b.call("po", b.num(1))).error).toEqual({
      errno: 1414,
      sqlstate: "42000",
      message: "OUT or INOUT argument 1 for routine t.po is not a variable or NEW pseudo-variable in BEFORE trigger",
    });
  });

  it("does not copy OUT/INOUT back when the callee fails (B10)", () => {
    const db = new TestDb();
    db.ok(
      b.procedure(
        "callee",
        [b.param("INOUT", "io", INT), b.param("OUT", "o", INT)],
        b.block([
          b.set("io", b.bin("+", b.col("io"), b.num(100))),
          b.set("o", b.num(7)),
          b.signal(b.sqlstate("45000"), [["MESSAGE_TEXT", b.str("callee failed")]]),
        ]),
      ),
    );
    db.ok(
      b.procedure(
        "caller",
        [],
        b.block([
          b.declare(["a"], INT, b.num(1)),
          b.declare(["c"], INT, b.num(2)),
          b.handler("CONTINUE", [b.sqlexception], b.select([b.str("caught"), b.col("a"), b.col("c")])),
          b.call("callee", b.col("a"), b.col("c")),
          b.select([b.str("end"), b.col("a"), b.col("c")]),
        ]),
      ),
    );
    expect(rows(db.ok(b.call("caller")))).toEqual([[["caught", 1, 2]], [["end", 1, 2]]]);
    db.ok(b.set(b.uv("x"), b.num(1)));
    db.ok(b.set(b.uv("y"), b.num(2)));
    expect(db.run(b.call("callee", b.uv("x"), b.uv("y"))).error?.message).toBe("callee failed");
    expect([db.userVar("x"), db.userVar("y")]).toEqual([1, 2]);
  });

  it("a NOT FOUND warning from the callee reaches the caller's handler and OUT is still copied (B7)", () => {
    const db = new TestDb();
    db.ok(b.createTable("tt", [["id", INT]], "id"));
    db.ok(
      b.procedure(
        "callee",
        [b.param("OUT", "o", INT)],
        b.block([
          b.declare(["v"], INT),
          b.set("o", b.num(42)),
          b.selectFrom([b.col("id")], "tt", b.bin("=", b.col("id"), b.num(-1)), [b.local("v")]),
        ]),
      ),
    );
    db.ok(
      b.procedure(
        "caller",
        [],
        b.block([
          b.declare(["r"], INT, b.num(0)),
          b.declare(["done"], INT, b.num(0)),
          b.handler("CONTINUE", [b.notfound], b.set("done", b.num(1))),
          b.call("callee", b.col("r")),
          b.select([b.col("r"), b.col("done")]),
        ]),
      ),
    );
    expect(rows(db.ok(b.call("caller")))).toEqual([[[42, 1]]]);
  });

  it("nested CALLs' result sets all belong to the top-level CALL", () => {
    const db = new TestDb();
    db.ok(b.procedure("inner1", [], b.select([b.str("inner")])));
    db.ok(
      b.procedure("outer1", [], b.block([b.select([b.str("outer")]), b.call("inner1"), b.select([b.str("done")])])),
    );
    expect(rows(db.ok(b.call("outer1")))).toEqual([[["outer"]], [["inner"]], [["done"]]]);
  });

  it("recursion follows max_sp_recursion_depth (1456)", () => {
    const db = new TestDb();
    const n = b.col("n");
    db.ok(
      b.procedure(
        "rec",
        [b.param("IN", "n", INT)],
        b.block([b.ifs([[b.bin(">", n, b.num(0)), [b.call("rec", b.bin("-", n, b.num(1)))]]])]),
      ),
    );
    db.ok(b.call("rec", b.num(0)));
    expect(db.run(b.call("rec", b.num(1))).error).toEqual({
      errno: 1456,
      sqlstate: "HY000",
      message: "Recursive limit 0 (as set by the max_sp_recursion_depth variable) was exceeded for routine rec",
    });
    db.ok(b.set(b.sysvar("max_sp_recursion_depth"), b.num(2)));
    db.ok(b.call("rec", b.num(2)));
    expect(db.run(b.call("rec", b.num(3))).error?.message).toContain("Recursive limit 2");
  });

  it("deep recursion fails cleanly instead of overflowing the JavaScript stack", () => {
    const db = new TestDb();
    const n = b.col("n");
    db.ok(
      b.procedure(
        "rec",
        [b.param("IN", "n", INT)],
        b.block([b.ifs([[b.bin(">", n, b.num(0)), [b.call("rec", b.bin("-", n, b.num(1)))]]])]),
      ),
    );
    db.ok(b.set(b.sysvar("max_sp_recursion_depth"), b.num(255)));
    expect(db.run(b.call("rec", b.num(255))).error).toBeUndefined();
    budgetOf(db.conn).limits.maxDepth = 50;
    expect(db.run(b.call("rec", b.num(100))).error?.errno).toBe(1436);
  });
});

describe("stored functions", () => {
  it("work inside expressions and convert the return value", () => {
    const db = new TestDb();
    db.ok(b.func("twice", [b.param("IN", "x", INT)], INT, b.ret(b.bin("*", b.col("x"), b.num(2)))));
    expect(rows(db.ok(b.select([b.bin("+", b.fn("twice", b.num(21)), b.num(0))])))).toEqual([[[42]]]);
  });

  it("1321 without RETURN at run time, 1320 without any RETURN at CREATE, 1424 on recursion, 1318", () => {
    const db = new TestDb();
    db.ok(
      b.func(
        "fnr",
        [b.param("IN", "n", INT)],
        INT,
        b.block([b.ifs([[b.bin(">", b.col("n"), b.num(0)), [b.ret(b.num(1))]]])]),
      ),
    );
    expect(db.run(b.select([b.fn("fnr", b.num(0))])).error).toEqual({
      errno: 1321,
      sqlstate: "2F005",
      message: "FUNCTION fnr ended without RETURN",
    });
    expect(db.run(b.func("fnone", [], INT, b.block([b.set(b.uv("x"), b.num(1))]))).error).toEqual({
      errno: 1320,
      sqlstate: "42000",
      message: "No RETURN found in FUNCTION t.fnone",
    });
    db.ok(
      b.func(
        "fr",
        [b.param("IN", "n", INT)],
        INT,
        b.block([
          b.ifs([[b.bin(">", b.col("n"), b.num(0)), [b.ret(b.fn("fr", b.bin("-", b.col("n"), b.num(1))))]]]),
          b.ret(b.num(0)),
        ]),
      ),
    );
    expect(db.run(b.select([b.fn("fr", b.num(2))])).error).toEqual({
      errno: 1424,
      sqlstate: "HY000",
      message: "Recursive stored functions and triggers are not allowed",
    });
    expect(db.run(b.select([b.fn("fnr", b.num(1), b.num(2))])).error).toEqual({
      errno: 1318,
      sqlstate: "42000",
      message: "Incorrect number of arguments for FUNCTION t.fnr; expected 1, got 2",
    });
  });

  it("rejects result sets (1415) and RETURN in procedures (1313) at CREATE", () => {
    const db = new TestDb();
    expect(db.run(b.func("fs", [], INT, b.block([b.select([b.num(1)]), b.ret(b.num(1))]))).error).toEqual({
      errno: 1415,
      sqlstate: "0A000",
      message: "Not allowed to return a result set from a function",
    });
    expect(db.run(b.procedure("pr", [], b.block([b.ret(b.num(1))]))).error).toEqual({
      errno: 1313,
      sqlstate: "42000",
      message: "RETURN is only allowed in a FUNCTION",
    });
  });
});
