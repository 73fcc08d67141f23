import { describe, expect, it } from "vitest";
import * as b from "./build.ts";
import { rows, TestDb } from "./harness.ts";

describe("procedures run", () => {
  it("declares, loops and returns a result set", () => {
    const db = new TestDb();
    db.ok(
      b.procedure(
        "p",
        [],
        b.block([
          b.declare(["i"], b.type("INT"), b.num(0)),
          b.declare(["s"], b.type("VARCHAR", 20), b.str("")),
          b.whileLoop(b.bin("<", b.col("i"), b.num(3)), [
            b.set("i", b.bin("+", b.col("i"), b.num(1))),
            b.set("s", b.fn("CONCAT", b.col("s"), b.col("i"))),
          ]),
          b.select([b.col("i"), b.col("s")]),
        ]),
      ),
    );
    expect(rows(db.ok(b.call("p")))).toEqual([[[3, "123"]]]);
  });
});
