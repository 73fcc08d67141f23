// A constant string compared with a DATE or DATETIME operand (`d = '2024-01-05'`).
//
// MySQL 8 converts such a constant once, when it prepares the comparison (Arg_comparator::get_date_from_const), and
// since 8.0.16 refuses one that is not a date in the current sql_mode (bug #93513; using-date.html): warning 1292
// `Incorrect date value: 'x' for column 'd' at row 1` (`Truncated incorrect date value: 'x'` when the date operand is
// not a column), then error 1525 `Incorrect DATE value: 'x'` (DATETIME, or TIMESTAMP for a TIMESTAMP operand). MariaDB
// warns and compares instead.

import type { ExecContext } from "../compile/types.ts";
import { SqlError } from "../errors.ts";

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** A date and time read from text: the numbers as written, `frac` the fractional-second digits ('' for none). */
export interface DateParts {
  y: number;
  m: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  frac: string;
}

const twoDigitYear = (y: number): number => (y < 70 ? 2000 + y : 1900 + y);

/**
 * The parts MySQL's str_to_datetime reads: a digit run (YYMMDD, YYYYMMDD, with hhmmss, optionally .ffffff) or numbers
 * with any punctuation between them; whatever follows a complete value is ignored. Null when there is no date.
 */
export function relaxedDateParts(text: string): DateParts | null {
  const s = text.replace(/^\s+/, "");
  const run = /^(\d+)(?:\.(\d*))?\s*$/.exec(s);
  if (run !== null) {
    const all = run[1];
    const wide = all.length === 8 || all.length === 14;
    if (!wide && all.length !== 6 && all.length !== 12) return null;
    const yl = wide ? 4 : 2;
    const y = Number(all.slice(0, yl));
    const at = (i: number) => Number(all.slice(yl + i, yl + i + 2) || 0);
    const frac = all.length > 8 ? (run[2] ?? "") : "";
    return { y: wide ? y : twoDigitYear(y), m: at(0), d: at(2), h: at(4), mi: at(6), s: at(8), frac };
  }
  const m =
    /^(\d{1,4})[^\d]+(\d{1,2})[^\d]+(\d{1,2})(?:(?:[T ]|\s)+(\d{1,2})[^\d](\d{1,2})(?:[^\d](\d{1,2})(?:\.(\d+))?)?)?/.exec(
      s,
    );
  if (m === null) return null;
  const y = Number(m[1]);
  return {
    y: m[1].length <= 2 ? twoDigitYear(y) : y,
    m: Number(m[2]),
    d: Number(m[3]),
    h: Number(m[4] ?? 0),
    mi: Number(m[5] ?? 0),
    s: Number(m[6] ?? 0),
    frac: m[7] ?? "",
  };
}

/** True when `text` reads as a date under `sqlMode` (NO_ZERO_DATE, NO_ZERO_IN_DATE, ALLOW_INVALID_DATES). */
export function readsAsDate(text: string, sqlMode: string): boolean {
  const p = relaxedDateParts(text);
  if (p === null) return false;
  if (p.m > 12 || p.h > 23 || p.mi > 59 || p.s > 59) return false;
  if (p.y === 0 && p.m === 0 && p.d === 0) return !sqlMode.includes("NO_ZERO_DATE");
  if (p.m === 0 || p.d === 0) return !sqlMode.includes("NO_ZERO_IN_DATE") && p.d <= 31;
  return p.d <= (sqlMode.includes("ALLOW_INVALID_DATES") ? 31 : daysIn(p.y, p.m));
}

/**
 * Refuses a constant that is not a date as MySQL's comparison does: the 1292 warning, then error 1525.
 * `target` is the date operand's type and `column` its name when it is a column.
 */
export function checkDateConstant(
  text: string,
  target: "DATE" | "DATETIME" | "TIMESTAMP",
  column: string | undefined,
  ctx: ExecContext,
): void {
  if (readsAsDate(text, ctx.sqlMode)) return;
  const kind = target === "DATE" ? "date" : "datetime";
  ctx.session.warn(
    1292,
    "22007",
    column === undefined
      ? `Truncated incorrect ${kind} value: '${text}'`
      : `Incorrect ${kind} value: '${text}' for column '${column}' at row 1`,
  );
  throw new SqlError(1525, "HY000", `Incorrect ${target} value: '${text}'`);
}
