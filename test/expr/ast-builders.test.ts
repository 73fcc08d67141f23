// Hand-built ASTs for the compiler's core paths (independent of the parser).
import { describe, expect, it } from "vitest";
import type { BinaryOp, Expr } from "../../src/ast.ts";
import { compileExpr, emptyScope } from "../../src/compile/expr.ts";
import { SqlError } from "../../src/errors.ts";
import { render } from "../../src/values/render.ts";
import { testContext, testSession } from "../support/session.ts";

const sp = { start: 0, end: 0 };
const num = (text: string): Expr => ({
  kind: "Number",
  text,
  numberKind: text.includes("e") ? "double" : text.includes(".") ? "decimal" : "int",
  ...sp,
});
const str = (value: string): Expr => ({ kind: "String", value, ...sp });
const bin = (op: BinaryOp, left: Expr, right: Expr): Expr => ({ kind: "Binary", op, left, right, ...sp });

function run(e: Expr) {
  const session = testSession();
  const v = compileExpr(e, emptyScope).eval(testContext(session));
  return { value: render(v), warnings: session.warnings.map((w) => `${w.errno} ${w.message}`) };
}

describe("compiler core (hand-built ASTs)", () => {
  it("7/2 is 3.5000 and 1/3*3 is 1.0000", () => {
    expect(run(bin("/", num("7"), num("2"))).value).toBe("3.5000");
    expect(run(bin("*", bin("/", num("1"), num("3")), num("3"))).value).toBe("1.0000");
  });
  it("0.1 + 0.2 is exactly 0.3", () => {
    expect(run(bin("+", num("0.1"), num("0.2"))).value).toBe("0.3");
  });
  it("'12abc' + 0 is 12 with warning 1292", () => {
    expect(run(bin("+", str("12abc"), num("0")))).toEqual({
      value: "12",
      warnings: ["1292 Truncated incorrect DOUBLE value: '12abc'"],
    });
  });
  it("BIGINT overflow is 1690 with the expression text", () => {
    const e = bin("+", num("9223372036854775807"), num("1"));
    expect(() => run(e)).toThrowError(SqlError);
    expect(() => run(e)).toThrow("BIGINT value is out of range in '(9223372036854775807 + 1)'");
  });
  it("'abc' = 'ABC' is 1 and 'a ' = 'a' is 0 under utf8mb4_0900_ai_ci", () => {
    expect(run(bin("=", str("abc"), str("ABC"))).value).toBe("1");
    expect(run(bin("=", str("a "), str("a"))).value).toBe("0");
  });
});
