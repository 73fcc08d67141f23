// Property: compiling and evaluating any expression tree either yields a value or throws an SqlError, never another
// exception (a TypeError or RangeError would be a crash of the interpreter, not a MySQL error).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BinaryOp, CastType, Expr } from "../../src/ast.ts";
import { compileExpr, emptyScope } from "../../src/compile/expr.ts";
import { SqlError } from "../../src/errors.ts";
import { render } from "../../src/values/render.ts";
import { testContext, testSession } from "../support/session.ts";

const sp = { start: 0, end: 0 };

const intText = fc.oneof(
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.constantFrom("0", "9223372036854775807", "9223372036854775808", "18446744073709551615", "99999999999999999999999"),
  fc.bigInt({ min: -(2n ** 64n), max: 2n ** 64n }).map(String),
);
const number: fc.Arbitrary<Expr> = fc.oneof(
  intText.map((t) => ({ kind: "Number" as const, text: t.replace(/^-/, ""), numberKind: "int" as const, ...sp })),
  fc
    .tuple(fc.integer({ min: 0, max: 10 ** 6 }), fc.integer({ min: 0, max: 9999 }))
    .map(([a, b]) => ({ kind: "Number" as const, text: `${a}.${b}`, numberKind: "decimal" as const, ...sp })),
  fc
    .tuple(fc.integer({ min: 0, max: 999 }), fc.integer({ min: -330, max: 330 }))
    .map(([a, e]) => ({ kind: "Number" as const, text: `${a}e${e}`, numberKind: "double" as const, ...sp })),
);
const text = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.constantFrom("12abc", "", " 1 ", "1e400", "-", ".5", "2026-11-26", "ß", "😀", "%", "_", "\\", "{", "a "),
);
const leaf: fc.Arbitrary<Expr> = fc.oneof(
  number,
  text.map((value) => ({ kind: "String" as const, value, ...sp })),
  fc.constant({ kind: "Null" as const, ...sp }),
  fc.boolean().map((value) => ({ kind: "Bool" as const, value, ...sp })),
  fc
    .string({ unit: fc.constantFrom(..."0123456789abcdef"), maxLength: 20 })
    .map((digits) => ({ kind: "Hex" as const, digits, form: "x" as const, ...sp })),
  fc.constantFrom("a", "b").map((name) => ({ kind: "UserVar" as const, name, ...sp })),
);

const binaryOps: BinaryOp[] = [
  "OR",
  "XOR",
  "AND",
  "=",
  "<=>",
  "<>",
  "<",
  "<=",
  ">",
  ">=",
  "|",
  "&",
  "<<",
  ">>",
  "+",
  "-",
  "*",
  "/",
  "DIV",
  "%",
  "^",
];
const castTypes: CastType[] = (
  [
    ["SIGNED"],
    ["UNSIGNED"],
    ["DECIMAL", 5, 2],
    ["DECIMAL", 65, 30],
    ["CHAR", 3],
    ["CHAR"],
    ["BINARY", 2],
    ["DOUBLE"],
    ["DATE"],
    ["DATETIME", 6],
    ["TIME"],
    ["JSON"],
  ] as const
).map(([name, length, scale]) => ({ kind: "CastType" as const, name, length, scale, ...sp }));

const { expr } = fc.letrec<{ expr: Expr }>((tie) => {
  const e = () => tie("expr") as fc.Arbitrary<Expr>;
  return {
    expr: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      leaf,
      fc
        .tuple(fc.constantFrom(...binaryOps), e(), e())
        .map(([op, left, right]) => ({ kind: "Binary" as const, op, left, right, ...sp })),
      fc
        .tuple(
          fc.constantFrom("-" as const, "+" as const, "~" as const, "!" as const, "NOT" as const, "BINARY" as const),
          e(),
        )
        .map(([op, operand]) => ({ kind: "Unary" as const, op, operand, ...sp })),
      fc
        .tuple(
          e(),
          fc.constantFrom("NULL" as const, "TRUE" as const, "FALSE" as const, "UNKNOWN" as const),
          fc.boolean(),
        )
        .map(([operand, test, not]) => ({ kind: "Is" as const, operand, test, not, ...sp })),
      fc
        .tuple(e(), e(), fc.boolean())
        .map(([operand, pattern, not]) => ({ kind: "Like" as const, operand, pattern, not, ...sp })),
      fc
        .tuple(e(), e(), e(), fc.boolean())
        .map(([operand, low, high, not]) => ({ kind: "Between" as const, operand, low, high, not, ...sp })),
      fc
        .tuple(e(), fc.array(e(), { minLength: 1, maxLength: 3 }), fc.boolean())
        .map(([operand, list, not]) => ({ kind: "InList" as const, operand, list, not, ...sp })),
      fc.tuple(e(), fc.constantFrom(...castTypes)).map(([operand, target]) => ({
        kind: "Cast" as const,
        operand,
        target,
        syntax: "CAST" as const,
        ...sp,
      })),
      fc
        .tuple(
          fc.option(e(), { nil: undefined }),
          fc.array(fc.tuple(e(), e()), { minLength: 1, maxLength: 2 }),
          fc.option(e(), { nil: undefined }),
        )
        .map(([operand, whens, otherwise]) => ({
          kind: "CaseExpr" as const,
          operand,
          whens: whens.map(([when, then]) => ({ kind: "When" as const, when, then, ...sp })),
          else: otherwise,
          ...sp,
        })),
      fc
        .tuple(fc.constantFrom("utf8mb4_bin", "utf8mb4_general_ci", "utf8mb4_0900_ai_ci", "binary", "nope"), e())
        .map(([collation, operand]) => ({ kind: "Collate" as const, operand, collation, ...sp })),
      fc
        .tuple(fc.constantFrom("a", "b"), e())
        .map(([name, value]) => ({ kind: "AssignUserVar" as const, name, value, ...sp })),
    ),
  };
});

describe("expression evaluation", () => {
  it("never throws anything but SqlError, and values render", () => {
    fc.assert(
      fc.property(expr, (e) => {
        const session = testSession();
        session.userVars.set("a", 7);
        session.userVars.set("b", "x");
        try {
          const v = compileExpr(e, emptyScope).eval(testContext(session));
          const r = render(v);
          expect(r === null || typeof r === "string").toBe(true);
          expect(r ?? "").not.toMatch(/Infinity|NaN/);
          // The value-model invariant: a number is a safe integer, a bigint is outside the safe range.
          if (typeof v === "number") expect(Number.isSafeInteger(v)).toBe(true);
          if (typeof v === "bigint")
            expect(Number.isSafeInteger(Number(v)) && v >= -(2n ** 53n) && v <= 2n ** 53n).toBe(false);
        } catch (err) {
          if (!(err instanceof SqlError)) throw err;
        }
      }),
      { numRuns: 3000 },
    );
  });
});
