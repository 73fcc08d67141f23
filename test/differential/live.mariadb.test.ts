// The corpus against the live server: every recording must be what the server answers today, and spbed must answer
// every case as the server does (with the listed MySQL-vs-MariaDB differences resolved in MySQL's favour).
// Prints a summary: cases agreeing on rows, errno and SQLSTATE; cases also agreeing on message text; the diffs.

import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KNOWN_DIFFERENCES_FILE, listCases, loadPending } from "../../src/diff/cases.ts";
import { type Comparison, compareRecords } from "../../src/diff/compare.ts";
import { formatJsonl } from "../../src/diff/jsonl.ts";
import { expectationFor, loadKnownDifferences } from "../../src/diff/known.ts";
import { replayCase } from "../../src/diff/record.ts";
import type { ServerAddress } from "../../src/diff/server.ts";
import { runOnSpbed } from "../../src/diff/spbed.ts";
import type { JsonlRecord } from "../../src/session/output.ts";
import { testServer } from "./server.ts";

const cases = listCases();
const known = loadKnownDifferences(KNOWN_DIFFERENCES_FILE);
const live = new Map<string, JsonlRecord[]>();
const results = new Map<string, Comparison>();
let address: ServerAddress;

function readRecording(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

describe("differential corpus on the live server", () => {
  beforeAll(async () => {
    address = await testServer();
    for (const c of cases) live.set(c.name, await replayCase(address, c));
  });

  afterAll(() => {
    if (results.size === 0) return;
    const all = [...results.entries()];
    const rows = all.filter(([, r]) => r.rowsAgree).length;
    const messages = all.filter(([, r]) => r.messagesAgree).length;
    const lines = [
      "",
      `spbed vs server: ${all.length} cases`,
      `  agree on rows, errno and SQLSTATE: ${rows}/${all.length}`,
      `  also agree on message text:        ${messages}/${all.length}`,
    ];
    for (const [name, r] of all) {
      if (!r.messagesAgree) lines.push("", `--- ${name}`, r.diff);
    }
    console.log(lines.join("\n"));
  });

  it("has recordings that match what the server answers now", () => {
    const stale = cases
      .filter((c) => readRecording(c.expectedPath) !== formatJsonl(live.get(c.name) ?? []))
      .map((c) => c.name);
    expect(stale, "stale recordings: run npx tsx scripts/record.ts").toEqual([]);
  });

  const pending = loadPending();
  for (const c of cases) {
    const reason = pending.get(c.name);
    it(reason === undefined ? c.name : `${c.name} (pending: ${reason})`, () => {
      const expected = expectationFor(c.name, live.get(c.name) ?? [], known);
      expect(expected.stale).toEqual([]);
      const actual = runOnSpbed(readFileSync(c.sqlPath, "utf8"), { force: true, name: c.sqlPath });
      const comparison = compareRecords(expected.records, actual, { expected: "server", actual: "spbed" });
      results.set(c.name, comparison);
      if (reason !== undefined) {
        expect(comparison.messagesAgree, `${c.name} now agrees: remove it from pending.json`).toBe(false);
        return;
      }
      expect(comparison.messagesAgree, `${c.name}\n${comparison.diff}`).toBe(true);
    });
  }
});
