import { describe, expect, test } from "vitest";
import { INT, TEXT } from "../../src/functions/args.ts";
import { charLength, charSlice, utf8Length } from "../../src/functions/chars.ts";
import { lookupBuiltin } from "../../src/functions/registry.ts";
import type { EagerBuiltin } from "../../src/functions/types.ts";
import { testContext } from "./support.ts";

describe("character positions", () => {
  test("code points, not UTF-16 units", () => {
    expect(charLength("a😀b")).toBe(3);
    expect(charSlice("a😀b😀c", 1, 3)).toBe("😀b😀");
    expect(utf8Length("hé😀")).toBe(7);
  });

  test("SUBSTRING(doc, i, 1) over a large document stays linear", () => {
    const sub = lookupBuiltin("substring") as EagerBuiltin;
    const ctx = testContext();
    const types = [TEXT, INT, INT];
    const measure = (doc: string): number => {
      const t0 = performance.now();
      let n = 0;
      for (let i = 1; i <= doc.length; i++) if (sub.impl([doc, i, 1], ctx, types) === "a") n++;
      expect(n).toBeGreaterThan(0);
      return performance.now() - t0;
    };
    const small = measure("ab".repeat(50_000));
    const big = measure("ab".repeat(500_000));
    // Ten times the input may cost at most ~10x (with slack for noise), never the 100x of a quadratic walk.
    expect(big).toBeLessThan(small * 40 + 50);
  });

  test("a document with an emoji is still walked correctly", () => {
    const sub = lookupBuiltin("SUBSTRING") as EagerBuiltin;
    const ctx = testContext();
    const doc = `${"x".repeat(100)}😀y`;
    expect(sub.impl([doc, 101, 1], ctx, [TEXT, INT, INT])).toBe("😀");
    expect(sub.impl([doc, 102, 1], ctx, [TEXT, INT, INT])).toBe("y");
  });
});
