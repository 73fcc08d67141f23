import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builtinNames } from "../../src/functions/registry.ts";

// TRIM(LEADING|TRAILING ...) are registered under internal names the parser maps to; users write TRIM.
const INTERNAL = new Set(["TRIM_LEADING", "TRIM_TRAILING"]);

describe("the README's list of builtin functions", () => {
  it("names every registered builtin", () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("**Builtin functions:**"), readme.indexOf("the operators"));
    const listed = new Set(
      section
        .replace("**Builtin functions:**", "")
        .split(/[\s,;]+/)
        .filter(Boolean),
    );
    const missing = builtinNames().filter((n) => !INTERNAL.has(n) && !listed.has(n));
    expect(missing).toEqual([]);
  });
});
