import { describe, expect, test } from "vitest";
import type { CompiledExpr, ExecContext } from "../../src/compile/types.ts";
import { SPBED_VERSION } from "../../src/functions/info.ts";
import { lookupBuiltin } from "../../src/functions/registry.ts";
import type { LazyBuiltin } from "../../src/functions/types.ts";
import { call, evaluate, evaluateSql, testContext, testSession } from "./support.ts";

describe("information functions read and write the session", () => {
  test("LAST_INSERT_ID() and LAST_INSERT_ID(expr)", () => {
    const ctx = testContext();
    ctx.session.lastInsertId = 42;
    expect(evaluate("LAST_INSERT_ID()", ctx).result).toBe("42");
    expect(evaluate("LAST_INSERT_ID(7)", ctx).result).toBe("7");
    expect(ctx.session.lastInsertId).toBe(7);
    expect(evaluate("LAST_INSERT_ID()", ctx).result).toBe("7");
    expect(evaluate("LAST_INSERT_ID(-1)", ctx).result).toBe("18446744073709551615");
    expect(evaluate("LAST_INSERT_ID(NULL)", ctx).result).toBeNull();
    expect(ctx.session.lastInsertId).toBe(0);
  });

  test("ROW_COUNT, FOUND_ROWS, CONNECTION_ID, USER, DATABASE, VERSION", () => {
    const s = testSession();
    const ctx = testContext(s);
    s.rowCount = -1;
    s.foundRows = 3;
    expect(evaluate("ROW_COUNT()", ctx).result).toBe("-1");
    expect(evaluate("FOUND_ROWS()", ctx).result).toBe("3");
    expect(evaluate("CONNECTION_ID()", ctx).result).toBe("1");
    expect(evaluate("USER()", ctx).result).toBe("root@localhost");
    expect(evaluate("CURRENT_USER()", ctx).result).toBe("root@localhost");
    expect(evaluate("DATABASE()", ctx).result).toBe("test");
    expect(evaluate("SCHEMA()", ctx).result).toBe("test");
    s.database = null;
    expect(evaluate("DATABASE()", ctx).result).toBeNull();
    expect(evaluate("VERSION()", ctx).result).toBe(SPBED_VERSION);
    expect(SPBED_VERSION).toMatch(/^8\.0\.\d+-spbed$/);
  });

  test("information functions are volatile, so they are never folded", () => {
    for (const name of ["LAST_INSERT_ID", "ROW_COUNT", "NOW", "RAND", "UUID", "SLEEP", "SYSDATE"]) {
      expect(lookupBuiltin(name)?.volatile, name).toBe(true);
    }
  });
});

describe("flow functions are lazy", () => {
  const boom: CompiledExpr = {
    type: { kind: "int", unsigned: false },
    constant: false,
    eval: () => {
      throw new Error("evaluated a branch that MySQL does not evaluate");
    },
  };
  const lit = (v: number | string | null): CompiledExpr => ({
    type:
      v === null
        ? { kind: "null" }
        : typeof v === "number"
          ? { kind: "int", unsigned: false }
          : { kind: "string", collation: "utf8mb4_0900_ai_ci", binary: false },
    constant: true,
    eval: () => v,
  });
  const run = (name: string, args: CompiledExpr[], ctx: ExecContext = testContext()) =>
    (lookupBuiltin(name) as LazyBuiltin).compile(args)(ctx);

  test("IF, IFNULL and COALESCE evaluate only what they need", () => {
    expect(run("IF", [lit(1), lit(5), boom])).toBe(5);
    expect(run("IF", [lit(0), boom, lit(6)])).toBe(6);
    expect(run("IFNULL", [lit(3), boom])).toBe(3);
    expect(run("COALESCE", [lit(null), lit(4), boom])).toBe(4);
  });

  test("signed and unsigned integer branches aggregate to DECIMAL (recorded on MariaDB 10.11)", () => {
    const ctx = testContext();
    expect(evaluateSql("0 - IF(127, 18446744073709551615, 0)", ctx).result).toBe("-18446744073709551615");
    expect(evaluateSql("COALESCE(NULL, 18446744073709551615, -1) + 1", ctx).result).toBe("18446744073709551616");
    expect(evaluateSql("CASE WHEN 1 THEN CAST(3 AS UNSIGNED) ELSE -1 END - 5", ctx).result).toBe("-2");
    expect(evaluateSql("IF(1, CAST(1 AS UNSIGNED), CAST(2 AS UNSIGNED)) - 2", ctx).error).toBe(1690);
  });

  test("lookup is case-insensitive and unknown names are undefined", () => {
    expect(lookupBuiltin("coalesce")?.name).toBe("COALESCE");
    expect(lookupBuiltin("SubStr")?.name).toBe("SUBSTR");
    expect(lookupBuiltin("no_such_function")).toBeUndefined();
  });

  test("argument counts are checked (1582) and unknown functions are 1305", () => {
    expect(() => call("SUBSTRING", [lit("a")])).toThrow(/Incorrect parameter count/);
    expect(evaluateSql("LEFT('a')").error).toBe(1582);
    expect(evaluateSql("CONCAT_WS(',')").error).toBe(1582);
    expect(evaluateSql("nope(1)").error).toBe(1305);
  });
});
