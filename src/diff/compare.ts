// Compares two runs of the same script, record by record, at two levels: what a program can act on (columns, rows,
// errno, SQLSTATE) and, on top of that, the message text.

import type { JsonlRecord } from "../session/output.ts";
import { formatRecord } from "./jsonl.ts";

export interface Comparison {
  /** Same number of records, same columns and rows, same errno and SQLSTATE. */
  readonly rowsAgree: boolean;
  /** rowsAgree, and every error message is the same too. */
  readonly messagesAgree: boolean;
  /** A readable diff of the records that differ ("" when everything agrees). */
  readonly diff: string;
}

function sameRows(a: JsonlRecord, b: JsonlRecord): boolean {
  if ("error" in a || "error" in b) {
    return "error" in a && "error" in b && a.error.errno === b.error.errno && a.error.sqlstate === b.error.sqlstate;
  }
  return JSON.stringify([a.columns, a.rows]) === JSON.stringify([b.columns, b.rows]);
}

function sameMessage(a: JsonlRecord, b: JsonlRecord): boolean {
  if ("error" in a && "error" in b) return a.error.message === b.error.message;
  return true;
}

/** How a record reads in a diff: an error as the mysql client prints it, a result set as its rows. */
export function describeRecord(record: JsonlRecord | undefined): string {
  if (record === undefined) return "(nothing)";
  if ("error" in record) return `ERROR ${record.error.errno} (${record.error.sqlstate}): ${record.error.message}`;
  return formatRecord(record);
}

type Step =
  | { readonly kind: "same"; readonly e: number; readonly a: number }
  | { readonly kind: "expected-only"; readonly e: number }
  | { readonly kind: "actual-only"; readonly a: number };

/**
 * Aligns the two record lists on their longest common subsequence (by rows, errno and SQLSTATE), so that one missing
 * or extra record shows up as itself instead of shifting every record after it.
 */
function align(expected: readonly JsonlRecord[], actual: readonly JsonlRecord[]): Step[] {
  const n = expected.length;
  const m = actual.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    const row = lcs[i] as number[];
    const below = lcs[i + 1] as number[];
    for (let j = m - 1; j >= 0; j--) {
      row[j] = sameRows(expected[i] as JsonlRecord, actual[j] as JsonlRecord)
        ? (below[j + 1] as number) + 1
        : Math.max(below[j] as number, row[j + 1] as number);
    }
  }
  const steps: Step[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && sameRows(expected[i] as JsonlRecord, actual[j] as JsonlRecord)) {
      steps.push({ kind: "same", e: i++, a: j++ });
    } else if (i < n && (j >= m || (lcs[i + 1]?.[j] ?? 0) >= (lcs[i]?.[j + 1] ?? 0))) {
      steps.push({ kind: "expected-only", e: i++ });
    } else {
      steps.push({ kind: "actual-only", a: j++ });
    }
  }
  return steps;
}

/**
 * Compares `actual` with `expected`. The labels name the two sides in the diff, e.g. "server" and "spbed".
 */
export function compareRecords(
  expected: readonly JsonlRecord[],
  actual: readonly JsonlRecord[],
  labels: { readonly expected: string; readonly actual: string } = { expected: "expected", actual: "actual" },
): Comparison {
  let rowsAgree = true;
  let messagesAgree = true;
  const lines: string[] = [];
  const width = Math.max(labels.expected.length, labels.actual.length);
  const minus = (i: number) => `  - ${labels.expected.padEnd(width)}  ${describeRecord(expected[i])}`;
  const plus = (j: number) => `  + ${labels.actual.padEnd(width)}  ${describeRecord(actual[j])}`;
  for (const step of align(expected, actual)) {
    if (step.kind === "same") {
      const e = expected[step.e] as JsonlRecord;
      const a = actual[step.a] as JsonlRecord;
      if (sameMessage(e, a)) continue;
      messagesAgree = false;
      lines.push(`record ${step.e + 1} (message text only):`, minus(step.e), plus(step.a));
    } else if (step.kind === "expected-only") {
      rowsAgree = false;
      lines.push(`record ${step.e + 1}:`, minus(step.e));
    } else {
      rowsAgree = false;
      lines.push(`${labels.actual} record ${step.a + 1}:`, plus(step.a));
    }
  }
  return { rowsAgree, messagesAgree: rowsAgree && messagesAgree, diff: lines.join("\n") };
}
