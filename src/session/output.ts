// Rendering of statement results for `spbed run`: the jsonl contract (see docs/ARCHITECTURE.md) and a table view
// that looks like the interactive mysql client's.

import { isNumericType } from "../compile/node.ts";
import type { ResultSet, StaticType } from "../compile/types.ts";
import type { SqlError } from "../errors.ts";
import { render } from "../values/render.ts";

/** One line of `spbed run --format jsonl` output. */
export type JsonlRecord =
  | { readonly columns: readonly string[]; readonly rows: readonly (readonly (string | null)[])[] }
  | { readonly error: { readonly errno: number; readonly sqlstate: string; readonly message: string } };

export function resultSetRecord(set: ResultSet): JsonlRecord {
  return { columns: set.columns, rows: set.rows.map((row) => row.map((v) => render(v))) };
}

export function errorRecord(error: SqlError): JsonlRecord {
  return { error: { errno: error.errno, sqlstate: error.sqlstate, message: error.message } };
}

function isNumeric(type: StaticType | undefined): boolean {
  return type !== undefined && isNumericType(type);
}

/** Display width in terminal columns: code points, as the mysql client counts them for utf8mb4. */
function width(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function pad(text: string, to: number, right: boolean): string {
  const fill = " ".repeat(Math.max(0, to - width(text)));
  return right ? fill + text : text + fill;
}

/** A result set as the mysql client draws it, followed by `N rows in set`. */
export function formatTable(set: ResultSet): string {
  if (set.rows.length === 0) return "Empty set\n";
  const cells = set.rows.map((row) => row.map((v) => render(v) ?? "NULL"));
  const widths = set.columns.map((name, i) => Math.max(width(name), ...cells.map((row) => width(row[i] ?? ""))));
  const rule = `+${widths.map((w) => "-".repeat(w + 2)).join("+")}+`;
  const line = (values: readonly string[], numeric: (i: number) => boolean) =>
    `| ${values.map((v, i) => pad(v, widths[i] ?? 0, numeric(i))).join(" | ")} |`;
  const out = [rule, line(set.columns, () => false), rule];
  for (const row of cells) out.push(line(row, (i) => isNumeric(set.types?.[i]) && row[i] !== "NULL"));
  out.push(rule);
  const n = set.rows.length;
  out.push(`${n} ${n === 1 ? "row" : "rows"} in set`);
  return `${out.join("\n")}\n`;
}

export function formatError(error: SqlError): string {
  return `ERROR ${error.errno} (${error.sqlstate}): ${error.message}\n`;
}
