// Mutated scripts never make the parser throw anything but SqlSyntaxError (no TypeError from a grammar action, no
// Chevrotain internals, no hang).

import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SqlSyntaxError } from "../../src/errors.ts";
import { parseScript } from "../../src/parse.ts";

const seeds = [
  readFileSync(new URL("../../sql/seed/40_fibonacci_trigger.sql", import.meta.url), "utf8"),
  readFileSync(new URL("../../sql/seed/30_chaos_monkey.sql", import.meta.url), "utf8"),
  "SELECT a, COUNT(*) FROM t LEFT JOIN u ON t.id = u.id WHERE x BETWEEN 1 AND 2 GROUP BY a HAVING SUM(b) > 0 ORDER BY 1 LIMIT 3;\n" +
    "INSERT INTO t (a) VALUES (CAST('1' AS SIGNED)), (TRIM(LEADING 'x' FROM 'xy')), (_utf8mb4'z' COLLATE utf8mb4_bin);\n" +
    "UPDATE t SET a = @v := CASE WHEN a IS NOT NULL THEN a << 1 ELSE X'41' END WHERE b NOT IN (SELECT c FROM d);",
];

type Mutation = { kind: "drop" | "dup" | "swap"; at: number };

function mutate(text: string, mutations: readonly Mutation[]): string {
  let s = text;
  for (const m of mutations) {
    if (s.length < 2) break;
    const i = m.at % (s.length - 1);
    if (m.kind === "drop") s = s.slice(0, i) + s.slice(i + 1);
    else if (m.kind === "dup") s = s.slice(0, i + 1) + s.slice(i);
    else s = s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
  }
  return s;
}

const mutationArb = fc.record({
  kind: fc.constantFrom<Mutation["kind"]>("drop", "dup", "swap"),
  at: fc.nat(),
});

describe("fuzz", () => {
  it("mutated scripts parse or raise SqlSyntaxError", () => {
    let errors = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.array(mutationArb, { minLength: 1, maxLength: 6 }),
        (seed, mutations) => {
          const text = mutate(seed, mutations);
          try {
            parseScript({ name: "fuzz.sql", text });
          } catch (e) {
            if (!(e instanceof SqlSyntaxError)) throw e;
            errors++;
            // the position is inside the file (or just after its end) and formatting works
            expect(e.offset).toBeGreaterThanOrEqual(0);
            expect(e.offset).toBeLessThanOrEqual(text.length);
            expect(e.format()).toContain("fuzz.sql:");
          }
        },
      ),
      { numRuns: 400 },
    );
    // the property would be vacuous if mutations never broke anything
    expect(errors).toBeGreaterThan(0);
  });
});
