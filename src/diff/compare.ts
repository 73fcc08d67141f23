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

/**
 * Compares `actual` with `expected`. The labels name the two sides in the diff, e.g. "server" and "spbed".
 */
export function compareRecords(
  expected: readonly JsonlRecord[],
  actual: readonly JsonlRecord[],
  labels: { readonly expected: string; readonly actual: string } = { expected: "expected", actual: "actual" },
): Comparison {
  let rowsAgree = expected.length === actual.length;
  let messagesAgree = true;
  const lines: string[] = [];
  const width = Math.max(labels.expected.length, labels.actual.length);
  const n = Math.max(expected.length, actual.length);
  for (let i = 0; i < n; i++) {
    const e = expected[i];
    const a = actual[i];
    const rowsSame = e !== undefined && a !== undefined && sameRows(e, a);
    const messageSame = rowsSame && e !== undefined && a !== undefined && sameMessage(e, a);
    if (!rowsSame) rowsAgree = false;
    if (!messageSame) messagesAgree = false;
    if (rowsSame && messageSame) continue;
    lines.push(`record ${i + 1}${rowsSame ? " (message text only)" : ""}:`);
    lines.push(`  - ${labels.expected.padEnd(width)}  ${describeRecord(e)}`);
    lines.push(`  + ${labels.actual.padEnd(width)}  ${describeRecord(a)}`);
  }
  return { rowsAgree, messagesAgree: rowsAgree && messagesAgree, diff: lines.join("\n") };
}
