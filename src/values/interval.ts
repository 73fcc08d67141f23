// `date + INTERVAL n unit` and `date - INTERVAL n unit` (also what DATE_ADD / DATE_SUB compute).
//
// A DATE stays a DATE when the unit is days or larger; otherwise the result is a DATETIME. Month arithmetic clamps
// the day to the end of the month (2026-01-31 + INTERVAL 1 MONTH is 2026-02-28). A result outside years 1..9999 is
// NULL with warning 1441, as MySQL does.

import type { ExecContext } from "../compile/types.ts";
import { SqlError } from "../errors.ts";
import { type NonNullValue, toText } from "./coerce.ts";
import { parseDateTime } from "./temporal.ts";
import { Decimal, Double, Temporal } from "./value.ts";

/** The fields of each unit, most significant first: MICROSECOND, SECOND, MINUTE, HOUR, DAY, MONTH, YEAR. */
const UNIT_FIELDS: Record<string, readonly string[]> = {
  MICROSECOND: ["us"],
  SECOND: ["s"],
  MINUTE: ["mi"],
  HOUR: ["h"],
  DAY: ["d"],
  WEEK: ["w"],
  MONTH: ["mo"],
  QUARTER: ["q"],
  YEAR: ["y"],
  SECOND_MICROSECOND: ["s", "us"],
  MINUTE_MICROSECOND: ["mi", "s", "us"],
  MINUTE_SECOND: ["mi", "s"],
  HOUR_MICROSECOND: ["h", "mi", "s", "us"],
  HOUR_SECOND: ["h", "mi", "s"],
  HOUR_MINUTE: ["h", "mi"],
  DAY_MICROSECOND: ["d", "h", "mi", "s", "us"],
  DAY_SECOND: ["d", "h", "mi", "s"],
  DAY_MINUTE: ["d", "h", "mi"],
  DAY_HOUR: ["d", "h"],
  YEAR_MONTH: ["y", "mo"],
};

const DATE_UNITS = new Set(["DAY", "WEEK", "MONTH", "QUARTER", "YEAR", "YEAR_MONTH"]);

export function isIntervalUnit(unit: string): boolean {
  return unit.toUpperCase() in UNIT_FIELDS;
}

interface Amount {
  months: number;
  micros: number;
}

function amountOf(v: NonNullValue, unit: string): Amount {
  const fields = UNIT_FIELDS[unit];
  let values: number[];
  let negative = false;
  if (fields.length === 1) {
    // A single unit takes the value as an integer, rounded (INTERVAL 1.5 DAY is 2 days).
    let n: number;
    if (typeof v === "number") n = v;
    else if (typeof v === "bigint") n = Number(v);
    else if (v instanceof Double) n = Math.round(v.value);
    else if (v instanceof Decimal) n = Math.round(Number(toText(v)));
    else n = Math.trunc(Number.parseFloat(toText(v)) || 0);
    negative = n < 0;
    values = [Math.abs(n)];
  } else {
    const text = toText(v).trim();
    negative = text.startsWith("-");
    const digits = text.match(/\d+/g) ?? [];
    // The microseconds of a composite unit are a fraction: '5.5' SECOND_MICROSECOND is 5.500000 seconds, as MySQL's
    // get_interval_info scales the last field read to six digits.
    if (fields[fields.length - 1] === "us" && digits.length > 0) {
      const last = digits[digits.length - 1];
      if (last.length < 6) digits[digits.length - 1] = last.padEnd(6, "0");
    }
    values = digits.map(Number);
    // Fewer parts than fields fill the least significant ones: '1:2' HOUR_SECOND is 1 minute 2 seconds.
    while (values.length < fields.length) values.unshift(0);
    values = values.slice(values.length - fields.length);
  }
  let months = 0;
  let micros = 0;
  fields.forEach((f, i) => {
    const x = values[i];
    switch (f) {
      case "y":
        months += 12 * x;
        break;
      case "q":
        months += 3 * x;
        break;
      case "mo":
        months += x;
        break;
      case "w":
        micros += 7 * 86400e6 * x;
        break;
      case "d":
        micros += 86400e6 * x;
        break;
      case "h":
        micros += 3600e6 * x;
        break;
      case "mi":
        micros += 60e6 * x;
        break;
      case "s":
        micros += 1e6 * x;
        break;
      case "us":
        micros += x;
        break;
    }
  });
  return negative ? { months: -months, micros: -micros } : { months, micros };
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, "0");
}

/** Days since the epoch of a proleptic Gregorian date; setUTCFullYear, because Date.UTC reads years 0..99 as 19xx. */
function epochDay(y: number, m: number, d: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getTime() / 86400000;
}

function daysIn(y: number, m: number): number {
  return epochDay(y, m + 1, 1) - epochDay(y, m, 1);
}

/**
 * Adds (sign 1) or subtracts (sign -1) an interval. `base` is a DATE/DATETIME or a string holding one; NULL with
 * warning 1292 when it is not a date, NULL with warning 1441 when the result leaves years 1..9999.
 */
export function addInterval(
  base: NonNullValue,
  amount: NonNullValue,
  unitName: string,
  sign: 1 | -1,
  ctx: ExecContext,
) {
  const unit = unitName.toUpperCase();
  if (!(unit in UNIT_FIELDS)) throw new SqlError(1064, "42000", `Unknown interval unit '${unitName}'`);
  let t: Temporal | null = base instanceof Temporal ? base : null;
  if (t === null) {
    const text = toText(base);
    const fsp = Math.min(6, /\.(\d+)\s*$/.exec(text)?.[1].length ?? 0);
    t = /\d[ T]\d/.test(text.trim()) ? parseDateTime(text, "DATETIME", fsp) : parseDateTime(text, "DATE");
  }
  if (t === null || t.type === "TIME") {
    ctx.session.warn(1292, "22007", `Incorrect datetime value: '${toText(base)}'`);
    return null;
  }
  const a = amountOf(amount, unit);
  const m = /^(\d{4})-(\d{2})-(\d{2})(?: (\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?)?$/.exec(t.text);
  if (m === null) return null;
  let y = Number(m[1]);
  let mo = Number(m[2]);
  let d = Number(m[3]);
  const fracDigits = m[7]?.length ?? 0;
  const months = y * 12 + (mo - 1) + sign * a.months;
  y = Math.floor(months / 12);
  mo = (months % 12) + 1;
  d = Math.min(d, daysIn(y, mo));
  const usOfDay =
    (Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0)) * 1e6 + Number((m[7] ?? "").padEnd(6, "0"));
  const epochDays = epochDay(y, mo, d);
  const total = epochDays * 86400e6 + usOfDay + sign * a.micros;
  const days = Math.floor(total / 86400e6);
  const rest = total - days * 86400e6;
  const date = new Date(days * 86400000);
  const yy = date.getUTCFullYear();
  if (yy < 1 || yy > 9999) {
    ctx.session.warn(1441, "22008", "Datetime function: datetime field overflow");
    return null;
  }
  const dateText = `${pad(yy, 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  if (t.type === "DATE" && DATE_UNITS.has(unit)) return new Temporal("DATE", dateText);
  const secs = Math.floor(rest / 1e6);
  const us = rest - secs * 1e6;
  const shownFrac = Math.max(fracDigits, unit.includes("MICROSECOND") || us !== 0 ? 6 : 0);
  const frac = shownFrac > 0 ? `.${pad(us, 6).slice(0, shownFrac)}` : "";
  const time = `${pad(Math.floor(secs / 3600))}:${pad(Math.floor(secs / 60) % 60)}:${pad(secs % 60)}`;
  return new Temporal("DATETIME", `${dateText} ${time}${frac}`);
}
