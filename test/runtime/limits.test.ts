// The statement and wall-clock budgets end runaway loops with 3024, which no handler can catch.

import { describe, expect, it } from "vitest";
import { budgetOf } from "../../src/runtime/frame.ts";
import * as b from "./build.ts";
import { TestDb } from "./harness.ts";

describe("budgets", () => {
  it("an endless LOOP ends with 3024 under the statement budget, even with a CONTINUE handler", () => {
    const db = new TestDb();
    budgetOf(db.conn).limits.maxStatements = 10_000;
    db.ok(
      b.procedure(
        "spin",
        [],
        b.block([
          b.handler("CONTINUE", [b.sqlexception], b.set(b.uv("caught"), b.num(1))),
          b.loop([b.iterate("l")], "l"),
        ]),
      ),
    );
    expect(db.run(b.call("spin")).error).toEqual({
      errno: 3024,
      sqlstate: "HY000",
      message: "Query execution was interrupted, maximum statement execution time exceeded",
    });
    expect(db.userVar("caught")).toBeUndefined();
    // The budget is per top-level statement: the next one starts afresh.
    db.ok(b.procedure("short", [], b.block([b.set(b.uv("z"), b.num(1))])));
    expect(db.run(b.call("short")).error).toBeUndefined();
  });

  it("the wall-clock budget ends a loop that would run for long", () => {
    const db = new TestDb();
    budgetOf(db.conn).limits.maxMillis = 50;
    db.ok(
      b.procedure(
        "spin",
        [],
        b.block([
          b.declare(["i"], b.type("BIGINT"), b.num(0)),
          b.whileLoop(b.num(1), [b.set("i", b.bin("+", b.col("i"), b.num(1)))]),
        ]),
      ),
    );
    const started = Date.now();
    expect(db.run(b.call("spin")).error?.errno).toBe(3024);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
