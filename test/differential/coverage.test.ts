// What the recorded corpus covers: every rule of the stored-program checklist is exercised by a case that says so
// (`-- rules: B3 B4` near its top), and every builtin spbed registers is called by at least one case. A new rule or
// builtin without a recorded case fails here, so the claim "checked against a real server" stays true.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { listCases } from "../../src/diff/cases.ts";
import { builtinNames } from "../../src/functions/registry.ts";
// Registers lambda_sync, so the list below is the one a session sees.
import "../../src/session/run.ts";

/** The checklist's rule IDs (docs/differential.md names the checklist), by section. */
const RULES: Record<string, number> = { A: 7, B: 10, C: 5, D: 4, E: 3, F: 5, G: 4, H: 3 };
const RULE_IDS = Object.entries(RULES).flatMap(([section, n]) =>
  Array.from({ length: n }, (_, i) => `${section}${i + 1}`),
);

/** Builtins that are called under another spelling, and the pattern that finds them in a case. */
const SPELLED: Record<string, RegExp> = {
  TRIM_LEADING: /\bTRIM\s*\(\s*LEADING\b/i,
  TRIM_TRAILING: /\bTRIM\s*\(\s*TRAILING\b/i,
};
/** Builtins MySQL also accepts without parentheses. */
const BARE = new Set([
  "CURRENT_DATE",
  "CURRENT_TIME",
  "CURRENT_TIMESTAMP",
  "CURRENT_USER",
  "LOCALTIME",
  "LOCALTIMESTAMP",
]);
/** Builtins no recorded case can call, with the reason. */
const NOT_RECORDABLE: Record<string, string> = {
  LAMBDA_SYNC: "Aurora's native function; the seed cases call a SQL stub of the same name on the server",
};

const cases = listCases().map((c) => {
  const text = readFileSync(c.sqlPath, "utf8");
  const rules = [...text.matchAll(/^--\s*rules:\s*(.+)$/gim)].flatMap((m) => m[1]?.trim().split(/[\s,]+/) ?? []);
  const code = text.replace(/^\s*--.*$/gm, "").replace(/#.*$/gm, "");
  return { name: c.name, rules, code };
});

describe("corpus coverage", () => {
  it("tags only rules the checklist has", () => {
    const valid = new Set(RULE_IDS);
    const wrong = cases.flatMap((c) => c.rules.filter((r) => !valid.has(r)).map((r) => `${c.name}: ${r}`));
    expect(wrong).toEqual([]);
  });

  it("exercises every checklist rule in at least one case", () => {
    const tagged = new Set(cases.flatMap((c) => c.rules));
    expect(RULE_IDS.filter((r) => !tagged.has(r))).toEqual([]);
  });

  it("calls every registered builtin in at least one case", () => {
    const uncovered = builtinNames().filter((name) => {
      if (name in NOT_RECORDABLE) return false;
      const pattern = SPELLED[name] ?? new RegExp(`\\b${name}\\s*${BARE.has(name) ? "(\\(|\\b)" : "\\("}`, "i");
      return !cases.some((c) => pattern.test(c.code));
    });
    expect(uncovered).toEqual([]);
  });
});
