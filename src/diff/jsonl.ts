// Reading and writing recorded outputs: one JSON object per line, exactly as `spbed run --format jsonl` prints them.

import type { JsonlRecord } from "../session/output.ts";

/** Canonical text of one record, with a fixed key order so that recordings diff cleanly in git. */
export function formatRecord(record: JsonlRecord): string {
  if ("error" in record) {
    const { errno, sqlstate, message } = record.error;
    return JSON.stringify({ error: { errno, sqlstate, message } });
  }
  return JSON.stringify({ columns: record.columns, rows: record.rows });
}

export function formatJsonl(records: readonly JsonlRecord[]): string {
  return records.map((r) => `${formatRecord(r)}\n`).join("");
}

function isRecord(value: unknown): value is JsonlRecord {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  if ("error" in v) {
    const e = v.error as Record<string, unknown> | null;
    return (
      typeof e === "object" &&
      e !== null &&
      typeof e.errno === "number" &&
      typeof e.sqlstate === "string" &&
      typeof e.message === "string"
    );
  }
  return Array.isArray(v.columns) && Array.isArray(v.rows);
}

/** Parses jsonl text; `source` names the file in error messages. */
export function parseJsonl(text: string, source = "<jsonl>"): JsonlRecord[] {
  const out: JsonlRecord[] = [];
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Error(`${source}:${i + 1}: not JSON: ${(error as Error).message}`);
    }
    if (!isRecord(value)) throw new Error(`${source}:${i + 1}: not a result set or error record`);
    out.push(value);
  });
  return out;
}
