// The listed differences between MySQL 8 and MariaDB that spbed resolves in MySQL's favour.
//
// The server the tests run against is MariaDB, but spbed promises MySQL 8 semantics. Where the two servers answer
// differently, an entry in test/differential/known-differences.json says, for one record of one case, what MySQL
// answers instead, with the reason and a MySQL manual reference. The harness turns the MariaDB recording into the
// MySQL expectation with these entries and nothing else, so every other difference still fails. An entry that no
// longer applies to the recording (the record moved or its text changed) is reported as stale.

import { readFileSync } from "node:fs";
import type { JsonlRecord } from "../session/output.ts";

export interface KnownDifference {
  /** Case name: the path under test/differential/cases without `.sql`, e.g. "handlers/precedence". */
  readonly case: string;
  /** 1-based index of the recorded record this entry rewrites. */
  readonly record?: number;
  /** Instead of `record`: insert `mysql` after this many recorded records (0 = at the start). */
  readonly insertAfter?: number;
  /** Text substitutions applied to the record's strings (error message, column names, cells); each must occur. */
  readonly replace?: readonly (readonly [string, string])[];
  /** With `replace`: the SQLSTATE MySQL gives the error instead of the recorded one. */
  readonly sqlstate?: string;
  /** The records MySQL answers in place of the recorded one (an empty list when MySQL answers nothing). */
  readonly mysql?: readonly JsonlRecord[];
  /** Why MySQL and MariaDB differ here. */
  readonly reason: string;
  /** The MySQL 8.0 reference manual page (or worklog) that documents MySQL's behaviour. */
  readonly reference: string;
}

export interface KnownDifferences {
  readonly differences: readonly KnownDifference[];
}

export function loadKnownDifferences(path: string): KnownDifferences {
  const data = JSON.parse(readFileSync(path, "utf8")) as KnownDifferences;
  const problems = validateKnownDifferences(data);
  if (problems.length > 0) throw new Error(`${path}:\n${problems.join("\n")}`);
  return data;
}

/** Checks the shape of every entry; the answer lists the problems. */
export function validateKnownDifferences(data: KnownDifferences): string[] {
  const problems: string[] = [];
  if (!Array.isArray(data.differences)) return ["`differences` must be a list"];
  data.differences.forEach((d, i) => {
    const where = `entry ${i + 1} (${d.case ?? "no case"})`;
    if (typeof d.case !== "string" || d.case === "") problems.push(`${where}: needs a case`);
    if ((d.record === undefined) === (d.insertAfter === undefined)) {
      problems.push(`${where}: needs exactly one of record or insertAfter`);
    }
    if (d.sqlstate !== undefined && d.replace === undefined) problems.push(`${where}: sqlstate goes with replace`);
    if ((d.replace === undefined) === (d.mysql === undefined)) {
      problems.push(`${where}: needs exactly one of replace or mysql`);
    }
    if (d.insertAfter !== undefined && d.replace !== undefined) {
      problems.push(`${where}: insertAfter needs mysql records, not replace`);
    }
    if (typeof d.reason !== "string" || d.reason.length < 10) problems.push(`${where}: needs a reason`);
    if (typeof d.reference !== "string" || !d.reference.startsWith("https://")) {
      problems.push(`${where}: needs a reference URL`);
    }
  });
  return problems;
}

export interface Expectation {
  /** What MySQL answers: the recording with the listed differences applied. */
  readonly records: JsonlRecord[];
  /** Entries of this case that no longer match the recording. */
  readonly stale: string[];
  /** How many entries applied. */
  readonly applied: number;
}

/** Turns a MariaDB recording of `caseName` into the MySQL expectation. */
export function expectationFor(
  caseName: string,
  recorded: readonly JsonlRecord[],
  known: KnownDifferences,
): Expectation {
  const entries = known.differences.filter((d) => d.case === caseName);
  const records: JsonlRecord[] = [...recorded];
  const stale: string[] = [];
  // From the last record backwards, so that each entry's index refers to the recording as it was.
  const position = (d: KnownDifference) => (d.record !== undefined ? d.record : (d.insertAfter ?? 0) + 0.5);
  const ordered = [...entries].sort((a, b) => position(b) - position(a));
  for (const d of ordered) {
    if (d.insertAfter !== undefined) {
      if (d.insertAfter < 0 || d.insertAfter > recorded.length) {
        stale.push(`${caseName}: insertAfter ${d.insertAfter} is past the recording's ${recorded.length} records`);
        continue;
      }
      records.splice(d.insertAfter, 0, ...(d.mysql ?? []));
      continue;
    }
    const index = (d.record ?? 0) - 1;
    const original = recorded[index];
    if (original === undefined) {
      stale.push(`${caseName}: record ${d.record} does not exist (the recording has ${recorded.length})`);
      continue;
    }
    if (d.mysql !== undefined) {
      records.splice(index, 1, ...d.mysql);
      continue;
    }
    const rewritten = rewrite(original, d);
    if (typeof rewritten === "string") stale.push(`${caseName}: record ${d.record} ${rewritten}`);
    else records.splice(index, 1, rewritten);
  }
  return { records, stale, applied: entries.length - stale.length };
}

/** Applies an entry's substitutions and SQLSTATE to one record; a string says why it does not apply. */
function rewrite(record: JsonlRecord, d: KnownDifference): JsonlRecord | string {
  const pairs = d.replace ?? [];
  const used = new Set<number>();
  const edit = (text: string): string =>
    pairs.reduce((t, [from, to], i) => {
      if (!t.includes(from)) return t;
      used.add(i);
      return t.split(from).join(to);
    }, text);
  let out: JsonlRecord;
  if ("error" in record) {
    if (d.sqlstate !== undefined && record.error.sqlstate === d.sqlstate) return `already has SQLSTATE ${d.sqlstate}`;
    out = {
      error: { ...record.error, sqlstate: d.sqlstate ?? record.error.sqlstate, message: edit(record.error.message) },
    };
  } else {
    if (d.sqlstate !== undefined) return "is a result set, not an error with a SQLSTATE";
    out = {
      columns: record.columns.map(edit),
      rows: record.rows.map((row) => row.map((v) => (v === null ? null : edit(v)))),
    };
  }
  const missing = pairs.findIndex((_, i) => !used.has(i));
  if (missing >= 0) return `no longer contains ${JSON.stringify(pairs[missing]?.[0])}`;
  return out;
}
