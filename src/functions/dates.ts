// Date and time builtins on values (no clock): parts of a date (YEAR, MONTH, WEEK, ...), day arithmetic (DATEDIFF,
// TIMESTAMPDIFF, TO_DAYS, FROM_DAYS, MAKEDATE, LAST_DAY), TIME arithmetic (ADDTIME, SUBTIME, TIMEDIFF, SEC_TO_TIME,
// TIME_TO_SEC, MAKETIME), EXTRACT and STR_TO_DATE. Day numbers and weeks are MySQL's (calendar.ts); a text that is not
// a date gives NULL with warning 1292, as the server does.

import type { ExecContext, StaticType } from "../compile/types.ts";
import { toText } from "../values/coerce.ts";
import { readingMicros, readTime } from "../values/time-text.ts";
import { Decimal, Temporal, type Value } from "../values/value.ts";
import { argInt, argText, DATE, DATETIME, INT, TEXT } from "./args.ts";
import {
  calcWeek,
  DAY_NAMES as DAYS,
  type DateTimeParts,
  dateText,
  dayNumber,
  MONTH_NAMES as MONTHS,
  parseDateTime,
  timeText,
  weekday,
} from "./calendar.ts";
import { fn } from "./define.ts";
import type { Builtin } from "./types.ts";

const TIME: StaticType = { kind: "temporal", type: "TIME" };

/** calc_week's mode bits (sql_time.h). */
const MONDAY_FIRST = 1;
const WEEK_YEAR = 2;
const FIRST_WEEKDAY = 4;

function warnBad(text: string, ctx: ExecContext, what = "datetime"): null {
  ctx.session.warn(1292, "22007", `Incorrect ${what} value: '${text}'`);
  return null;
}

/** A DATE or DATETIME argument's parts, or null (warning 1292) when it is not one. */
function dateOf(v: Value, ctx: ExecContext): DateTimeParts | null {
  if (v instanceof Temporal && v.type === "TIME") return warnBad(v.text, ctx);
  const text = v instanceof Temporal ? v.text : argText(v);
  return parseDateTime(text) ?? warnBad(text, ctx);
}

/** A time of day or duration, in microseconds (negative allowed), and the fractional digits it was written with. */
interface Duration {
  micros: number;
  fsp: number;
}

/**
 * A TIME argument, read by the shared TIME reader (values/time-text.ts) with its fraction cut at six digits. A text
 * that is no time but starts with a number is read as that number (warning 1292 "Truncated incorrect time value", so
 * '2024-01-02' is 00:20:24, as on the server); anything else is NULL with warning 1292.
 */
function durationOf(v: Value, ctx: ExecContext): Duration | null {
  const text = v instanceof Temporal ? v.text : argText(v);
  const r = readTime(text, true);
  if (r === null) return warnBad(text, ctx, "time");
  if (r.truncated) ctx.session.warn(1292, "22007", `Truncated incorrect time value: '${text}'`);
  const abs = readingMicros(r);
  return { micros: r.neg ? -abs : abs, fsp: r.digits };
}

/** MySQL's TIME range: at most 838:59:59 either way (clamped, as the server does with warning 1292). */
const MAX_TIME = ((838 * 60 + 59) * 60 + 59) * 1e6;

function timeValue(micros: number, fsp: number): Temporal {
  const clamped = Math.max(-MAX_TIME - 999_999, Math.min(MAX_TIME + 999_999, micros));
  const abs = Math.abs(clamped);
  const secs = Math.floor(abs / 1e6);
  const h = Math.floor(secs / 3600);
  const pad = (n: number) => String(n).padStart(2, "0");
  const frac =
    fsp > 0
      ? `.${String(abs % 1e6)
          .padStart(6, "0")
          .slice(0, fsp)}`
      : "";
  const text = `${clamped < 0 ? "-" : ""}${pad(h)}:${pad(Math.floor(secs / 60) % 60)}:${pad(secs % 60)}${frac}`;
  return new Temporal("TIME", text);
}

const MICROS_PER_DAY = 86_400_000_000;
/** dayNumber(1970, 1, 1): the day number of the Unix epoch. */
const EPOCH_DAY = 719528;

/** MySQL's get_date_from_daynr on the proleptic Gregorian calendar. */
function fromDayNumber(n: number): DateTimeParts {
  const d = new Date((n - EPOCH_DAY) * 86_400_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: 0,
    minute: 0,
    second: 0,
    micro: 0,
  };
}

function dayValue(n: number): Value {
  // FROM_DAYS of a day before year 1 (or beyond 9999) is the zero date on the server.
  if (n < 366 || n > 3652424) return new Temporal("DATE", "0000-00-00");
  return new Temporal("DATE", dateText(fromDayNumber(n)));
}

/** Microseconds since day 0 of a date-time's parts. */
function absMicros(p: DateTimeParts): number {
  return (
    dayNumber(p.year, p.month, p.day) * MICROS_PER_DAY + ((p.hour * 60 + p.minute) * 60 + p.second) * 1e6 + p.micro
  );
}

/**
 * b - a in microseconds. Days and times are subtracted apart: a day number times MICROS_PER_DAY is past 2^53, where
 * absMicros(b) - absMicros(a) would lose the last microsecond.
 */
function diffMicros(b: DateTimeParts, a: DateTimeParts): number {
  const days = dayNumber(b.year, b.month, b.day) - dayNumber(a.year, a.month, a.day);
  const time = (p: DateTimeParts) => ((p.hour * 60 + p.minute) * 60 + p.second) * 1e6 + p.micro;
  return days * MICROS_PER_DAY + (time(b) - time(a));
}

/** MySQL's week_mode(): bit 0 of WEEK's mode flips the meaning of FIRST_WEEKDAY. */
function weekMode(mode: number): number {
  let m = mode & 7;
  if ((m & MONDAY_FIRST) === 0) m ^= FIRST_WEEKDAY;
  return m;
}

const UNIT_MICROS: Record<string, number> = {
  MICROSECOND: 1,
  SECOND: 1e6,
  MINUTE: 60e6,
  HOUR: 3600e6,
  DAY: MICROS_PER_DAY,
  WEEK: 7 * MICROS_PER_DAY,
};

/** TIMESTAMPDIFF as MySQL computes it: whole months (a later day or time in the month counts), else truncated units. */
function timestampDiff(unit: string, a: DateTimeParts, b: DateTimeParts): number {
  const per = UNIT_MICROS[unit];
  if (per !== undefined) return Math.trunc(diffMicros(b, a) / per);
  const sign = diffMicros(b, a) >= 0 ? 1 : -1;
  const [lo, hi] = sign > 0 ? [a, b] : [b, a];
  let months = (hi.year - lo.year) * 12 + (hi.month - lo.month);
  const rest = (p: DateTimeParts) => absMicros({ ...p, year: 0, month: 1 });
  if (rest(hi) < rest(lo)) months--;
  const n = unit === "YEAR" ? Math.trunc(months / 12) : unit === "QUARTER" ? Math.trunc(months / 3) : months;
  return sign * n;
}

/** EXTRACT's units read from the time of day (or of a TIME): MySQL's get_time branch of Item_extract. */
const TIME_UNITS = new Set([
  "HOUR",
  "MINUTE",
  "SECOND",
  "MICROSECOND",
  "DAY_HOUR",
  "DAY_MINUTE",
  "DAY_SECOND",
  "DAY_MICROSECOND",
  "HOUR_MINUTE",
  "HOUR_SECOND",
  "HOUR_MICROSECOND",
  "MINUTE_SECOND",
  "MINUTE_MICROSECOND",
  "SECOND_MICROSECOND",
]);

/** True for a DATE/DATETIME value, or a text holding a date and a time. */
function hasDate(v: Value): boolean {
  if (v instanceof Temporal) return v.type !== "TIME";
  const text = argText(v).trim();
  return /^\d+[-/.]\d+[-/.]\d+[ T]\d/.test(text) && parseDateTime(text) !== null;
}

/**
 * EXTRACT(unit FROM v); `signed` is false for HOUR(), MINUTE(), SECOND() and MICROSECOND(), which drop a negative
 * TIME's sign while EXTRACT keeps it.
 */
function extract(unit: string, v: Value, ctx: ExecContext, signed = true): Value {
  if (TIME_UNITS.has(unit)) {
    let day = 0;
    let hour: number;
    let minute: number;
    let second: number;
    let micro: number;
    let sign = 1;
    if (hasDate(v)) {
      const p = dateOf(v, ctx);
      if (p === null) return null;
      ({ day, hour, minute, second, micro } = p);
    } else {
      const d = durationOf(v, ctx);
      if (d === null) return null;
      const abs = Math.abs(d.micros);
      if (d.micros < 0 && signed) sign = -1;
      const secs = Math.floor(abs / 1e6);
      hour = Math.floor(secs / 3600);
      minute = Math.floor(secs / 60) % 60;
      second = secs % 60;
      micro = abs % 1e6;
    }
    const dh = day * 100 + hour;
    const hm = hour * 100 + minute;
    const value: Record<string, number> = {
      HOUR: hour,
      MINUTE: minute,
      SECOND: second,
      MICROSECOND: micro,
      DAY_HOUR: dh,
      DAY_MINUTE: dh * 100 + minute,
      DAY_SECOND: (dh * 100 + minute) * 100 + second,
      DAY_MICROSECOND: ((dh * 100 + minute) * 100 + second) * 1e6 + micro,
      HOUR_MINUTE: hm,
      HOUR_SECOND: hm * 100 + second,
      HOUR_MICROSECOND: (hm * 100 + second) * 1e6 + micro,
      MINUTE_SECOND: minute * 100 + second,
      MINUTE_MICROSECOND: (minute * 100 + second) * 1e6 + micro,
      SECOND_MICROSECOND: second * 1e6 + micro,
    };
    return sign * value[unit];
  }
  const p = dateOf(v, ctx);
  if (p === null) return null;
  switch (unit) {
    case "YEAR":
      return p.year;
    case "QUARTER":
      return Math.ceil(p.month / 3);
    case "MONTH":
      return p.month;
    case "WEEK":
      return calcWeek(p, weekMode(0)).week;
    case "DAY":
      return p.day;
    case "YEAR_MONTH":
      return p.year * 100 + p.month;
    default:
      return null;
  }
}

/** STR_TO_DATE's reading of `text` by `format`: the common specifiers; null when the text does not fit. */
function strToDate(text: string, format: string, onTrailing?: (message: string) => void): Value {
  const p: DateTimeParts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, micro: 0 };
  let hasDate = false;
  let hasTime = false;
  let pm: boolean | undefined;
  // Week-based dates (extract_date_time): a week number with a weekday, and %X/%x's year for %V/%v.
  let weekNumber = -1;
  let weekDay = 0;
  let sundayFirst = false;
  let strictWeek = false;
  let weekYear = -1;
  let weekYearSundayFirst = false;
  let i = 0;
  const num = (max: number): number | null => {
    // Leading spaces before a number are skipped, as MySQL's extract_date_time does.
    while (text[i] === " ") i++;
    const m = new RegExp(`^\\d{1,${max}}`).exec(text.slice(i));
    if (m === null) return null;
    i += m[0].length;
    return Number(m[0]);
  };
  const name = (names: readonly string[], len?: number): number | null => {
    const rest = text.slice(i).toLowerCase();
    const k = names.findIndex((n) => rest.startsWith((len ? n.slice(0, len) : n).toLowerCase()));
    if (k < 0) return null;
    i += len ?? names[k].length;
    return k;
  };
  for (let f = 0; f < format.length; f++) {
    const c = format[f];
    if (c !== "%" || f + 1 === format.length) {
      while (/\s/.test(text[i] ?? "") && /\s/.test(c)) i++;
      if (/\s/.test(c)) continue;
      if (text[i] !== c) return null;
      i++;
      continue;
    }
    const spec = format[++f];
    let v: number | null;
    switch (spec) {
      case "Y":
        v = num(4);
        if (v !== null) p.year = v;
        hasDate = true;
        break;
      case "y":
        v = num(2);
        if (v !== null) p.year = v + (v < 70 ? 2000 : 1900);
        hasDate = true;
        break;
      case "m":
      case "c":
        v = num(2);
        if (v !== null) p.month = v;
        hasDate = true;
        break;
      case "M":
        v = name(MONTHS);
        if (v !== null) p.month = v + 1;
        hasDate = true;
        break;
      case "b":
        v = name(MONTHS, 3);
        if (v !== null) p.month = v + 1;
        hasDate = true;
        break;
      case "d":
      case "e":
        v = num(2);
        if (v !== null) p.day = v;
        hasDate = true;
        break;
      case "D":
        // The day with an English suffix: 1st, 2nd, 3rd, 4th...
        v = num(2);
        if (v !== null) {
          p.day = v;
          if (/^(st|nd|rd|th)/i.test(text.slice(i))) i += 2;
          else v = null;
        }
        hasDate = true;
        break;
      case "H":
      case "k":
      case "h":
      case "I":
      case "l":
        v = num(2);
        if (v !== null) p.hour = v;
        hasTime = true;
        break;
      case "i":
        v = num(2);
        if (v !== null) p.minute = v;
        hasTime = true;
        break;
      case "s":
      case "S":
        v = num(2);
        if (v !== null) p.second = v;
        hasTime = true;
        break;
      case "f": {
        // Microseconds are a fraction: '5' is 500000.
        const start = i;
        v = num(6);
        if (v !== null) p.micro = v * 10 ** (6 - (i - start));
        hasTime = true;
        break;
      }
      case "r":
      case "T": {
        // %r is hh:mm:ss [AM|PM] (12-hour), %T hh:mm:ss.
        const m = /^(\d{1,2}):(\d{1,2}):(\d{1,2})/.exec(text.slice(i));
        v = m === null ? null : 1;
        if (m !== null) {
          i += m[0].length;
          p.hour = Number(m[1]);
          p.minute = Number(m[2]);
          p.second = Number(m[3]);
          if (spec === "r") {
            while (text[i] === " ") i++;
            const ap = /^(AM|PM)/i.exec(text.slice(i));
            if (ap !== null) {
              i += 2;
              pm = ap[1].toUpperCase() === "PM";
            }
            if (p.hour > 12 || p.hour === 0) v = null;
          }
        }
        hasTime = true;
        break;
      }
      case "p":
        v = name(["AM", "PM"]);
        if (v !== null) pm = v === 1;
        break;
      case "W":
      case "a":
        // Monday is 1 ... Sunday 7.
        v = spec === "W" ? name(DAYS) : name(DAYS, 3);
        if (v !== null) weekDay = v + 1;
        hasDate = true;
        break;
      case "w":
        v = num(1);
        if (v !== null && v > 6) v = null;
        if (v !== null) weekDay = v === 0 ? 7 : v;
        hasDate = true;
        break;
      case "U":
      case "u":
      case "V":
      case "v":
        v = num(2);
        if (v !== null) weekNumber = v;
        sundayFirst = spec === "U" || spec === "V";
        strictWeek = spec === "V" || spec === "v";
        hasDate = true;
        break;
      case "X":
      case "x":
        v = num(4);
        if (v !== null) weekYear = v;
        weekYearSundayFirst = spec === "X";
        hasDate = true;
        break;
      case "%":
        v = text[i] === "%" ? 1 : null;
        i++;
        break;
      default:
        return null;
    }
    if (v === null) return null;
  }
  if (pm !== undefined) p.hour = (p.hour % 12) + (pm ? 12 : 0);
  if (weekNumber >= 0 && weekDay !== 0) {
    // %V/%v need %X/%x of the same kind; %U/%u go with %Y, not %X/%x.
    if (strictWeek ? weekYear < 0 || weekYearSundayFirst !== sundayFirst : weekYear >= 0) return null;
    let days = dayNumber(strictWeek ? weekYear : p.year, 1, 1);
    const first = weekday(days, sundayFirst);
    days += sundayFirst
      ? (first === 0 ? 0 : 7) - first + (weekNumber - 1) * 7 + (weekDay % 7)
      : (first <= 3 ? 0 : 7) - first + (weekNumber - 1) * 7 + (weekDay - 1);
    if (days <= 0 || days > 3652424) return null;
    const d = fromDayNumber(days);
    p.year = d.year;
    p.month = d.month;
    p.day = d.day;
  }
  if (text.slice(i).trim() !== "") {
    const what = hasDate && hasTime ? "datetime" : hasDate ? "date" : "time";
    onTrailing?.(`Truncated incorrect ${what} value: '${text}'`);
  }
  // MySQL's extract_date_time checks each part's range only, not the day against its month: '2024-02-30' is
  // returned as it is, without a warning (the manual's example is STR_TO_DATE('04/31/2004', ...) = '2004-04-31').
  if (p.month > 12 || p.day > 31 || p.hour > 23 || p.minute > 59 || p.second > 59) return null;
  if (!hasTime) return new Temporal("DATE", dateText(p));
  if (!hasDate) return new Temporal("TIME", timeText(p, 0));
  return new Temporal("DATETIME", `${dateText(p)} ${timeText(p, p.micro > 0 ? 6 : 0)}`);
}

/** True for a DATETIME value or a text with a date and a time. */
function isDateTimeArg(v: Value): boolean {
  if (v instanceof Temporal) return v.type === "DATETIME";
  return /\d[ T]\d/.test(argText(v).trim());
}

/** A result of time arithmetic shows six fractional digits when an argument had any (as recorded on the server). */
function fractionDigits(...d: Duration[]): number {
  return d.some((x) => x.fsp > 0) ? 6 : 0;
}

/** ADDTIME/SUBTIME: a DATETIME first argument gives a DATETIME, anything else a TIME. */
function addTime(a: readonly Value[], ctx: ExecContext, sign: 1 | -1): Value {
  const delta = durationOf(a[1], ctx);
  if (delta === null) return null;
  const text = a[0] instanceof Temporal ? a[0].text : argText(a[0]);
  if (isDateTimeArg(a[0])) {
    const p = dateOf(a[0], ctx);
    if (p === null) return null;
    const total = absMicros(p) + sign * delta.micros;
    const day = Math.floor(total / MICROS_PER_DAY);
    const t = total - day * MICROS_PER_DAY;
    const d = fromDayNumber(day);
    const secs = Math.floor(t / 1e6);
    const parts = {
      ...d,
      hour: Math.floor(secs / 3600),
      minute: Math.floor(secs / 60) % 60,
      second: secs % 60,
      micro: t % 1e6,
    };
    const fsp = delta.fsp > 0 || /\.\d+$/.test(text.trim()) ? 6 : 0;
    return new Temporal("DATETIME", `${dateText(parts)} ${timeText(parts, fsp)}`);
  }
  const base = durationOf(a[0], ctx);
  if (base === null) return null;
  return timeValue(base.micros + sign * delta.micros, fractionDigits(base, delta));
}

const datePart = (name: string, type: () => StaticType, f: (p: DateTimeParts, a: readonly Value[]) => Value) =>
  fn(name, 1, 1, type, (a, ctx) => {
    const p = dateOf(a[0], ctx);
    return p === null ? null : f(p, a);
  });
const intPart = (name: string, f: (p: DateTimeParts) => number) => datePart(name, () => INT, f);
const timePart = (name: string, unit: string) =>
  fn(
    name,
    1,
    1,
    () => INT,
    (a, ctx) => extract(unit, a[0], ctx, false),
  );
const dnr = (p: DateTimeParts) => dayNumber(p.year, p.month, p.day);
const dayOfMonth = intPart("DAYOFMONTH", (p) => p.day);

export const dateBuiltins: readonly Builtin[] = [
  datePart(
    "DATE",
    () => DATE,
    (p) => new Temporal("DATE", dateText(p)),
  ),
  fn(
    "TIME",
    1,
    1,
    () => TIME,
    (a, ctx) => {
      const d = durationOf(a[0], ctx);
      if (d === null) return null;
      if (Math.abs(d.micros) > MAX_TIME + 999_999) {
        ctx.session.warn(1292, "22007", `Truncated incorrect time value: '${argText(a[0])}'`);
        return timeValue(d.micros, 0);
      }
      return timeValue(d.micros, d.fsp);
    },
  ),
  intPart("YEAR", (p) => p.year),
  intPart("MONTH", (p) => p.month),
  intPart("QUARTER", (p) => Math.ceil(p.month / 3)),
  dayOfMonth,
  { ...dayOfMonth, name: "DAY" },
  intPart("DAYOFYEAR", (p) => dnr(p) - dayNumber(p.year, 1, 1) + 1),
  intPart("DAYOFWEEK", (p) => weekday(dnr(p), true) + 1),
  intPart("WEEKDAY", (p) => weekday(dnr(p), false)),
  intPart("TO_DAYS", dnr),
  datePart(
    "MONTHNAME",
    () => TEXT,
    (p) => (p.month === 0 ? null : MONTHS[p.month - 1]),
  ),
  datePart(
    "DAYNAME",
    () => TEXT,
    (p) => DAYS[weekday(dnr(p), false)],
  ),
  datePart(
    "LAST_DAY",
    () => DATE,
    (p) => {
      if (p.month === 0) return null;
      const next = p.month === 12 ? dayNumber(p.year + 1, 1, 1) : dayNumber(p.year, p.month + 1, 1);
      return dayValue(next - 1);
    },
  ),
  fn(
    "WEEK",
    1,
    2,
    () => INT,
    (a, ctx) => {
      const p = dateOf(a[0], ctx);
      if (p === null) return null;
      const mode = a.length > 1 && a[1] !== null ? argInt(a[1], ctx) : 0;
      return calcWeek(p, weekMode(mode)).week;
    },
    { nullPropagating: false },
  ),
  intPart("WEEKOFYEAR", (p) => calcWeek(p, weekMode(3)).week),
  fn(
    "YEARWEEK",
    1,
    2,
    () => INT,
    (a, ctx) => {
      const p = dateOf(a[0], ctx);
      if (p === null) return null;
      const mode = a.length > 1 && a[1] !== null ? argInt(a[1], ctx) : 0;
      const w = calcWeek(p, weekMode(mode) | WEEK_YEAR);
      return w.year * 100 + w.week;
    },
    { nullPropagating: false },
  ),
  fn(
    "HOUR",
    1,
    1,
    () => INT,
    (a, ctx) => {
      const d = durationOf(a[0], ctx);
      return d === null ? null : Math.floor(Math.abs(d.micros) / 3600e6);
    },
  ),
  timePart("MINUTE", "MINUTE"),
  timePart("SECOND", "SECOND"),
  timePart("MICROSECOND", "MICROSECOND"),
  fn(
    "EXTRACT",
    2,
    2,
    () => INT,
    (a, ctx) => extract(argText(a[0]), a[1], ctx),
  ),
  fn(
    "DATEDIFF",
    2,
    2,
    () => INT,
    (a, ctx) => {
      const x = dateOf(a[0], ctx);
      const y = dateOf(a[1], ctx);
      return x === null || y === null ? null : dnr(x) - dnr(y);
    },
  ),
  fn(
    "TIMESTAMPDIFF",
    3,
    3,
    () => INT,
    (a, ctx) => {
      const x = dateOf(a[1], ctx);
      const y = dateOf(a[2], ctx);
      return x === null || y === null ? null : timestampDiff(argText(a[0]), x, y);
    },
  ),
  fn(
    "FROM_DAYS",
    1,
    1,
    () => DATE,
    (a, ctx) => dayValue(argInt(a[0], ctx)),
  ),
  fn(
    "MAKEDATE",
    2,
    2,
    () => DATE,
    (a, ctx) => {
      const doy = argInt(a[1], ctx);
      let year = argInt(a[0], ctx);
      if (doy <= 0 || year < 0 || year > 9999) return null;
      if (year < 100) year += year < 70 ? 2000 : 1900;
      const n = dayNumber(year, 1, 1) + doy - 1;
      // Past 9999-12-31 (MAX_DAY_NUMBER) is NULL.
      return n > 3652424 ? null : dayValue(n);
    },
  ),
  fn(
    "STR_TO_DATE",
    2,
    2,
    () => DATETIME,
    (a, ctx) => {
      let r = strToDate(argText(a[0]), argText(a[1]), (m) => ctx.session.warn(1292, "22007", m));
      // Zero parts are refused as a DATE column would refuse them: NO_ZERO_IN_DATE and NO_ZERO_DATE (strict or not).
      if (r instanceof Temporal && r.type !== "TIME") {
        const [y, m, d] = r.text.slice(0, 10).split("-").map(Number);
        const mode = ctx.sqlMode.toUpperCase();
        if (
          y === 0 && m === 0 && d === 0
            ? mode.includes("NO_ZERO_DATE")
            : (m === 0 || d === 0) && mode.includes("NO_ZERO_IN_DATE")
        )
          r = null;
      }
      if (r === null)
        ctx.session.warn(1411, "HY000", `Incorrect datetime value: '${argText(a[0])}' for function str_to_date`);
      return r;
    },
    // Not folded at compile time: the answer depends on the sql_mode in force when it runs.
    { volatile: true },
  ),
  fn(
    "ADDTIME",
    2,
    2,
    () => TIME,
    (a, ctx) => addTime(a, ctx, 1),
  ),
  fn(
    "SUBTIME",
    2,
    2,
    () => TIME,
    (a, ctx) => addTime(a, ctx, -1),
  ),
  fn(
    "TIMEDIFF",
    2,
    2,
    () => TIME,
    (a, ctx) => {
      if (isDateTimeArg(a[0]) && isDateTimeArg(a[1])) {
        const x = dateOf(a[0], ctx);
        const y = dateOf(a[1], ctx);
        return x === null || y === null ? null : timeValue(diffMicros(x, y), x.micro || y.micro ? 6 : 0);
      }
      const x = durationOf(a[0], ctx);
      const y = durationOf(a[1], ctx);
      return x === null || y === null ? null : timeValue(x.micros - y.micros, fractionDigits(x, y));
    },
  ),
  fn(
    "SEC_TO_TIME",
    1,
    1,
    () => TIME,
    (a, ctx) => {
      const v = a[0];
      const digits = v instanceof Decimal ? Math.min(6, v.scale) : 0;
      const micros = v instanceof Decimal ? Math.trunc(Number(toText(v)) * 1e6) : argInt(v, ctx) * 1e6;
      if (Math.abs(micros) > MAX_TIME + 999_999) {
        ctx.session.warn(1292, "22007", `Truncated incorrect seconds value: '${argText(v)}'`);
        return timeValue(micros, 0);
      }
      return timeValue(micros, digits);
    },
  ),
  fn(
    "TIME_TO_SEC",
    1,
    1,
    () => INT,
    (a, ctx) => {
      const d = durationOf(a[0], ctx);
      if (d === null) return null;
      if (d.fsp === 0) return Math.trunc(d.micros / 1e6);
      // A time with fractional seconds gives a DECIMAL with as many digits: '00:00:01.9' is 1.9.
      return new Decimal(BigInt(Math.trunc(d.micros / 10 ** (6 - d.fsp))), d.fsp);
    },
  ),
  fn(
    "MAKETIME",
    3,
    3,
    () => TIME,
    (a, ctx) => {
      const m = argInt(a[1], ctx);
      // The seconds may have a fraction, kept with its digits (at most 6): MAKETIME(12, 15, 30.5) is 12:15:30.5.
      const sv = a[2];
      const digits = sv instanceof Decimal ? Math.min(6, sv.scale) : 0;
      const sMicros = sv instanceof Decimal ? Math.trunc(Number(argText(sv)) * 1e6) : argInt(sv, ctx) * 1e6;
      if (m < 0 || m > 59 || sMicros < 0 || sMicros >= 60e6) return null;
      const h = argInt(a[0], ctx);
      const abs = (Math.abs(h) * 60 + m) * 60e6 + sMicros;
      return timeValue(h < 0 ? -abs : abs, digits);
    },
  ),
];
