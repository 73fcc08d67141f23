// CAST(.. AS JSON) and the -> / ->> operators (MySQL 8 only; MariaDB has no JSON type, so these follow the manual:
// json.html "Normalization" sorts object keys, json-search-functions.html for ->).
import { describe, expect, it } from "vitest";
import { compileExpr, emptyScope } from "../../src/compile/expr.ts";
import type { ExecContext, Scope } from "../../src/compile/types.ts";
import { SqlError } from "../../src/errors.ts";
import { parseExpression } from "../../src/parse.ts";
import { render } from "../../src/values/render.ts";
import { testContext } from "../support/session.ts";

const doc: Scope = {
  resolve: (ref) =>
    ref.name === "c"
      ? {
          eval: (ctx: ExecContext) => ctx.slots[0],
          type: { kind: "string", collation: "utf8mb4_0900_ai_ci", binary: false },
          constant: false,
        }
      : undefined,
};

function run(sql: string, c: string | null = null): string | null {
  const ctx = testContext();
  ctx.slots[0] = c;
  return render(compileExpr(parseExpression(sql), doc).eval(ctx));
}

describe("JSON", () => {
  it("CAST(.. AS JSON) normalises objects: keys sorted, MySQL's spacing", () => {
    expect(run(`CAST('{"b": 1, "a": [1, 2.5, true, null], "aa": "x"}' AS JSON)`)).toBe(
      '{"a": [1, 2.5, true, null], "b": 1, "aa": "x"}',
    );
    expect(run("CAST(1 AS JSON)")).toBe("1");
    expect(run("CAST(NULL AS JSON)")).toBeNull();
  });
  it("invalid JSON text is error 3141", () => {
    let err: unknown;
    try {
      run("CAST('{x' AS JSON)");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SqlError);
    expect((err as SqlError).errno).toBe(3141);
    expect((err as SqlError).message).toBe(
      'Invalid JSON text in argument 1 to function cast_as_json: "Missing a name for object member." at position 1.',
    );
  });
  it("-> extracts JSON, ->> unquotes", () => {
    const d = '{"a": [1, 2], "s": "x\\ty"}';
    expect(run("c->'$.a'", d)).toBe("[1, 2]");
    expect(run("c->'$.a[1]'", d)).toBe("2");
    expect(run("c->'$.s'", d)).toBe('"x\\ty"');
    expect(run("c->>'$.s'", d)).toBe("x\ty");
    expect(run("c->'$.missing'", d)).toBeNull();
    expect(run("c->'$.a'", null)).toBeNull();
  });
  it("a JSON scalar compares as its SQL value", () => {
    expect(run("c->'$.a[1]' = 2", '{"a": [1, 2]}')).toBe("1");
    expect(run("c->>'$.s' = 'X'", '{"s": "x"}')).toBe("1");
  });
  it("emptyScope knows no names", () => {
    expect(() => compileExpr(parseExpression("c"), emptyScope)).toThrow("Unknown column 'c' in 'field list'");
  });
});
