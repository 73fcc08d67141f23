// Compiler behaviour that does not depend on the parser: name resolution, calls, folding, strict-mode division.
import { describe, expect, it } from "vitest";
import type { ColumnRef, Expr } from "../../src/ast.ts";
import { compileExpr, emptyScope } from "../../src/compile/expr.ts";
import type { ExecContext, Scope } from "../../src/compile/types.ts";
import { SqlError } from "../../src/errors.ts";
import { render } from "../../src/values/render.ts";
import { testContext, testSession } from "../support/session.ts";

const sp = { start: 0, end: 0 };
const int = (text: string): Expr => ({ kind: "Number", text, numberKind: "int", ...sp });
const str = (value: string): Expr => ({ kind: "String", value, ...sp });
const col = (name: string, qualifier: string[] = []): Expr => ({ kind: "ColumnRef", qualifier, name, ...sp });
const call = (name: string, ...args: Expr[]): Expr => ({ kind: "FunctionCall", name, args, ...sp });

function sqlError(f: () => unknown): SqlError {
  try {
    f();
  } catch (e) {
    if (e instanceof SqlError) return e;
    throw e;
  }
  throw new Error("no error");
}

/** A routine scope with one INT variable `i` in slot 0, printed as MySQL prints it (`i@0`). */
const routineScope: Scope = {
  resolve(ref: ColumnRef) {
    if (ref.qualifier.length > 0 || ref.name.toLowerCase() !== "i") return undefined;
    return {
      eval: (ctx: ExecContext) => ctx.slots[0],
      type: { kind: "int", unsigned: false },
      constant: false,
      text: "i@0",
    };
  },
};

describe("names", () => {
  it("unknown names are 1054 with MySQL's text", () => {
    const e = sqlError(() => compileExpr(col("x"), emptyScope));
    expect([e.errno, e.sqlstate, e.message]).toEqual([1054, "42S22", "Unknown column 'x' in 'field list'"]);
    expect(sqlError(() => compileExpr(col("x", ["t"]), emptyScope, { clause: "where clause" })).message).toBe(
      "Unknown column 't.x' in 'where clause'",
    );
  });
  it("scope references are read at run time and print as the scope says in 1690", () => {
    const inc = compileExpr({ kind: "Binary", op: "+", left: col("i"), right: int("1"), ...sp }, routineScope);
    expect(inc.constant).toBe(false);
    const ctx = testContext();
    ctx.slots[0] = 41;
    expect(inc.eval(ctx)).toBe(42);
    ctx.slots[0] = 2 ** 53 - 1;
    expect(inc.eval(ctx)).toBe(2n ** 53n);
    ctx.slots[0] = 2n ** 63n - 1n;
    const e = sqlError(() => inc.eval(ctx));
    expect([e.errno, e.sqlstate, e.message]).toEqual([1690, "22003", "BIGINT value is out of range in '(i@0 + 1)'"]);
    ctx.slots[0] = null;
    expect(inc.eval(ctx)).toBeNull();
  });
});

describe("calls", () => {
  it("a builtin with a wrong argument count is 1582 naming the function as written", () => {
    const e = sqlError(() => compileExpr(call("substring", str("abc")), emptyScope));
    expect([e.errno, e.sqlstate, e.message]).toEqual([
      1582,
      "42000",
      "Incorrect parameter count in the call to native function 'substring'",
    ]);
  });
  it("an unknown function is a stored-function call, resolved at run time (1305 when missing)", () => {
    const f = compileExpr(call("no_such_fn", int("1")), emptyScope);
    const e = sqlError(() => f.eval(testContext()));
    expect([e.errno, e.message]).toEqual([1305, "FUNCTION test.no_such_fn does not exist"]);
    const session = testSession();
    session.callFunction = (_schema, name, args) => `${name}(${args.join(",")})`;
    expect(f.eval(testContext(session))).toBe("no_such_fn(1)");
  });
  it("a builtin over constants is folded", () => {
    const c = compileExpr(call("CONCAT", str("a"), str("b")), emptyScope);
    expect(c.constant).toBe(true);
    expect(c.eval(testContext())).toBe("ab");
  });
});

describe("folding keeps warnings", () => {
  it("a constant expression that warns warns at every evaluation", () => {
    const c = compileExpr({ kind: "Binary", op: "+", left: str("12abc"), right: int("0"), ...sp }, emptyScope);
    const session = testSession();
    const ctx = testContext(session);
    expect(render(c.eval(ctx))).toBe("12");
    expect(render(c.eval(ctx))).toBe("12");
    expect(session.warnings.map((w) => w.errno)).toEqual([1292, 1292]);
  });
  it("a constant expression that fails fails at run time, not at compile time", () => {
    const c = compileExpr(
      { kind: "Binary", op: "+", left: int("9223372036854775807"), right: int("1"), ...sp },
      emptyScope,
    );
    expect(sqlError(() => c.eval(testContext())).errno).toBe(1690);
  });
});

describe("division by zero", () => {
  const e: Expr = { kind: "Binary", op: "/", left: int("1"), right: int("0"), ...sp };
  it("is NULL with warning 1365 in a SELECT, even in strict mode", () => {
    const session = testSession();
    expect(compileExpr(e, emptyScope).eval(testContext(session, true))).toBeNull();
    expect(session.warnings).toEqual([{ level: "Warning", errno: 1365, sqlstate: "22012", message: "Division by 0" }]);
  });
  it("is error 1365 when a strict statement stores the value", () => {
    const ctx: ExecContext = { ...testContext(testSession(), true), storing: true };
    const err = sqlError(() => compileExpr(e, emptyScope).eval(ctx));
    expect([err.errno, err.sqlstate, err.message]).toEqual([1365, "22012", "Division by 0"]);
  });
  it("is NULL without a warning when sql_mode lacks ERROR_FOR_DIVISION_BY_ZERO, even when storing strictly", () => {
    // Item_func::signal_divide_by_null warns only under MODE_ERROR_FOR_DIVISION_BY_ZERO
    const session = testSession({ sql_mode: "STRICT_TRANS_TABLES" });
    const ctx: ExecContext = { ...testContext(session, true), storing: true };
    expect(compileExpr(e, emptyScope).eval(ctx)).toBeNull();
    expect(session.warnings).toEqual([]);
  });
});

describe("variables", () => {
  it("user variables default to NULL, are case-insensitive, and := assigns", () => {
    const session = testSession();
    const ctx = testContext(session);
    const read = compileExpr({ kind: "UserVar", name: "Counter", ...sp }, emptyScope);
    expect(read.eval(ctx)).toBeNull();
    compileExpr({ kind: "AssignUserVar", name: "counter", value: int("5"), ...sp }, emptyScope).eval(ctx);
    expect(read.eval(ctx)).toBe(5);
  });
  it("system variables are read through the session", () => {
    const c = compileExpr({ kind: "SystemVar", name: "div_precision_increment", scope: "SESSION", ...sp }, emptyScope);
    expect(c.eval(testContext())).toBe(4);
    const bad = compileExpr({ kind: "SystemVar", name: "no_such_var", scope: "SESSION", ...sp }, emptyScope);
    expect(sqlError(() => bad.eval(testContext())).errno).toBe(1193);
  });
});

describe("collation derivation", () => {
  const strCol = (collation: string) => ({
    eval: (ctx: ExecContext) => ctx.slots[collation === "utf8mb4_general_ci" ? 0 : 1],
    type: { kind: "string" as const, collation, binary: false },
    constant: false,
  });
  const scope: Scope = {
    resolve: (ref) =>
      ref.name === "g" ? strCol("utf8mb4_general_ci") : ref.name === "b" ? strCol("utf8mb4_bin") : undefined,
  };
  const eq = (l: Expr, r: Expr): Expr => ({ kind: "Binary", op: "=", left: l, right: r, ...sp });

  it("a column's collation beats a literal's", () => {
    const c = compileExpr(eq(col("g"), str("A")), scope);
    const ctx = testContext();
    ctx.slots[0] = "a ";
    // utf8mb4_general_ci is PAD SPACE and case-insensitive, whatever the connection collation says.
    expect(c.eval(ctx)).toBe(1);
  });
  it("COLLATE beats a column", () => {
    const c = compileExpr(eq(col("g"), { kind: "Collate", operand: str("A"), collation: "utf8mb4_bin", ...sp }), scope);
    const ctx = testContext();
    ctx.slots[0] = "a";
    expect(c.eval(ctx)).toBe(0);
  });
  it("two columns of different collations: a _bin one wins", () => {
    const c = compileExpr(eq(col("g"), col("b")), scope);
    const ctx = testContext();
    ctx.slots[0] = "a";
    ctx.slots[1] = "A";
    expect(c.eval(ctx)).toBe(0);
  });
  it("two explicit collations that differ are error 1267", () => {
    const e = sqlError(() =>
      compileExpr(
        eq(
          { kind: "Collate", operand: col("g"), collation: "utf8mb4_general_ci", ...sp },
          { kind: "Collate", operand: col("b"), collation: "utf8mb4_0900_ai_ci", ...sp },
        ),
        scope,
      ),
    );
    expect([e.errno, e.sqlstate, e.message]).toEqual([
      1267,
      "HY000",
      "Illegal mix of collations (utf8mb4_general_ci,EXPLICIT) and (utf8mb4_0900_ai_ci,EXPLICIT) for operation '='",
    ]);
  });
  it("the fold-free path for a constant without letters still finds UCA-equal non-ASCII text", () => {
    const vScope: Scope = {
      resolve: () => ({
        eval: (ctx: ExecContext) => ctx.slots[0],
        type: { kind: "string", collation: "utf8mb4_0900_ai_ci", binary: false },
        constant: false,
      }),
    };
    const c = compileExpr(eq(col("c"), str("{")), vScope);
    const ctx = testContext();
    for (const [v, want] of [
      ["{", 1],
      ["[", 0],
      ["｛", 1],
      ["{ ", 0],
      [null, null],
    ] as const) {
      ctx.slots[0] = v;
      expect(c.eval(ctx)).toBe(want);
    }
  });
});
