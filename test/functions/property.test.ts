// Whatever values a builtin is given, it returns a value or throws an SqlError: never a JS exception.

import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { StaticType } from "../../src/compile/types.ts";
import { SqlError } from "../../src/errors.ts";
import { builtinNames, lookupBuiltin } from "../../src/functions/registry.ts";
import { Bytes, Decimal, Double, type Value } from "../../src/values/value.ts";
import { testContext } from "./support.ts";

const value: fc.Arbitrary<{ v: Value; t: StaticType }> = fc.oneof(
  fc.constant({ v: null, t: { kind: "null" } as StaticType }),
  fc.integer({ min: -1000, max: 1000 }).map((v) => ({ v, t: { kind: "int", unsigned: false } as StaticType })),
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 64n - 1n }).map((v) => ({
    v: v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v,
    t: { kind: "int", unsigned: v > 2n ** 63n - 1n } as StaticType,
  })),
  fc
    .double({ noNaN: true, noDefaultInfinity: true })
    .map((x) => ({ v: new Double(x), t: { kind: "double" } as StaticType })),
  fc.tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 10 })).map(([u, s]) => ({
    v: new Decimal(u, s),
    t: { kind: "decimal", scale: s } as StaticType,
  })),
  fc
    .oneof(
      fc.string(),
      fc.string({ unit: "grapheme" }),
      fc.constantFrom("$.a", "[1,2]", '{"a": 1}', "2020-01-01", "a.b", "(", "ab", ""),
    )
    .map((v) => ({ v, t: { kind: "string", collation: "utf8mb4_0900_ai_ci", binary: false } as StaticType })),
  fc
    .uint8Array({ maxLength: 8 })
    .map((b) => ({ v: new Bytes(b), t: { kind: "string", collation: "binary", binary: true } as StaticType })),
);

// Functions whose cost grows with an argument's value would make random inputs slow, not wrong.
const SKIP = new Set(["SLEEP", "REPEAT", "SPACE", "LPAD", "RPAD"]);

describe("builtins never throw anything but SqlError", () => {
  test.each(builtinNames().filter((n) => !SKIP.has(n)))("%s", (name) => {
    const b = lookupBuiltin(name);
    if (b === undefined || b.form !== "eager") return expect(b?.form).toBe("lazy");
    const max = Math.min(b.maxArgs, b.minArgs + 3);
    fc.assert(
      fc.property(fc.array(value, { minLength: b.minArgs, maxLength: max }), (args) => {
        const values = args.map((a) => a.v);
        if (b.nullPropagating && values.includes(null)) return;
        try {
          b.returnType(args.map((a) => a.t));
          b.impl(
            values,
            testContext(),
            args.map((a) => a.t),
          );
        } catch (e) {
          if (!(e instanceof SqlError)) throw e;
        }
      }),
      { numRuns: 150 },
    );
  });
});
