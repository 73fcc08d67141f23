// The recorded corpus: spbed must answer every case as the server did (with the listed MySQL-vs-MariaDB differences
// resolved in MySQL's favour). No server is needed: the answers were recorded by scripts/record.ts.

import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { KNOWN_DIFFERENCES_FILE, listCases, loadPending } from "../../src/diff/cases.ts";
import { compareRecords } from "../../src/diff/compare.ts";
import { parseJsonl } from "../../src/diff/jsonl.ts";
import { expectationFor, loadKnownDifferences } from "../../src/diff/known.ts";
import { runOnSpbed } from "../../src/diff/spbed.ts";

const cases = listCases();
const known = loadKnownDifferences(KNOWN_DIFFERENCES_FILE);
const pending = loadPending();

describe("differential corpus", () => {
  it("has cases, each recorded", () => {
    expect(cases.length).toBeGreaterThan(50);
    const missing = cases.filter((c) => !existsSync(c.expectedPath)).map((c) => c.name);
    expect(missing, "run: npx tsx scripts/record.ts").toEqual([]);
  });

  it("lists known differences only for existing cases, and every one still applies", () => {
    const names = new Set(cases.map((c) => c.name));
    const unknown = known.differences.filter((d) => !names.has(d.case)).map((d) => d.case);
    expect(unknown).toEqual([]);
    const stale: string[] = [];
    for (const c of cases) {
      if (!existsSync(c.expectedPath)) continue;
      const recorded = parseJsonl(readFileSync(c.expectedPath, "utf8"), c.expectedPath);
      stale.push(...expectationFor(c.name, recorded, known).stale);
    }
    expect(stale).toEqual([]);
  });

  it("lists pending cases only for existing cases", () => {
    const names = new Set(cases.map((c) => c.name));
    expect([...pending.keys()].filter((name) => !names.has(name))).toEqual([]);
  });

  for (const c of cases) {
    const compare = () => {
      const recorded = parseJsonl(readFileSync(c.expectedPath, "utf8"), c.expectedPath);
      const expected = expectationFor(c.name, recorded, known).records;
      const actual = runOnSpbed(readFileSync(c.sqlPath, "utf8"), { force: true, name: c.sqlPath });
      return compareRecords(expected, actual, { expected: "mysql", actual: "spbed" });
    };
    const reason = pending.get(c.name);
    if (reason !== undefined) {
      it(`${c.name} (pending: ${reason})`, () => {
        expect(compare().messagesAgree, `${c.name} now agrees: remove it from pending.json`).toBe(false);
      });
      continue;
    }
    it(c.name, () => {
      const comparison = compare();
      // The diff is the failure message: it shows each record where spbed and the recording part ways.
      expect(comparison.messagesAgree, `${c.name}\n${comparison.diff}`).toBe(true);
    });
  }
});
