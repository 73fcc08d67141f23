// Date and time builtins on the session's simulated clock, so tests are deterministic: NOW() is
// session.nowMicros() in the session time zone, and SLEEP(n) advances that clock instead of waiting.

import type { ExecContext, StaticType } from "../compile/types.ts";
import { SqlError } from "../errors.ts";
import { zoneOffsetMinutes } from "../values/timezone.ts";
import { Decimal, Temporal, type Value } from "../values/value.ts";
import { argDouble, argInt, argText, DATE, DATETIME, INT, TEXT } from "./args.ts";
import {
  calcWeek,
  DAY_NAMES as DAYS,
  type DateTimeParts,
  dateText,
  dayNumber,
  epochMicros,
  MONTH_NAMES as MONTHS,
  parseDateTime,
  partsOf,
  timeText,
  WEEK_U,
  WEEK_u,
  WEEK_V,
  WEEK_v,
  weekday,
} from "./calendar.ts";
import { fn } from "./define.ts";
import type { Builtin } from "./types.ts";

const TIME: StaticType = { kind: "temporal", type: "TIME" };
const volatile = { volatile: true };

function fsp(a: readonly Value[], ctx: ExecContext, name: string): number {
  if (a.length === 0 || a[0] === null) return 0;
  const p = argInt(a[0], ctx);
  if (p > 6 || p < 0) {
    throw new SqlError(1426, "42000", `Too-big precision ${p} specified for '${name}'. Maximum is 6.`);
  }
  return p;
}

function localParts(ctx: ExecContext, micros = ctx.session.nowMicros()): DateTimeParts {
  return partsOf(micros, zoneOffsetMinutes(ctx));
}

/**
 * The wall clock for SYSDATE(): unlike NOW() it is neither fixed for the statement nor by SET timestamp. Sessions
 * on spbed's simulated clock expose it as `clock.realMicros()`; any other session falls back to NOW()'s time.
 */
function wallMicros(ctx: ExecContext): number {
  const clock = (ctx.session as { clock?: { realMicros?: () => number } }).clock;
  return typeof clock?.realMicros === "function" ? clock.realMicros() : ctx.session.nowMicros();
}

function nowBuiltin(name: string, when: "statement" | "utc" | "wall"): Builtin {
  return fn(
    name,
    0,
    1,
    () => DATETIME,
    (a, ctx) => {
      const p =
        when === "utc"
          ? partsOf(ctx.session.nowMicros(), 0)
          : localParts(ctx, when === "wall" ? wallMicros(ctx) : ctx.session.nowMicros());
      return new Temporal("DATETIME", `${dateText(p)} ${timeText(p, fsp(a, ctx, name.toLowerCase()))}`);
    },
    volatile,
  );
}

/** Reads a DATE_FORMAT / UNIX_TIMESTAMP argument; warns 1292 and gives null when it is not a date. */
function dateArg(v: Value, ctx: ExecContext): { parts: DateTimeParts; fraction: number } | null {
  const text = v instanceof Temporal ? v.text : argText(v);
  const parts = v instanceof Temporal && v.type === "TIME" ? null : parseDateTime(text);
  if (parts === null) {
    ctx.session.warn(1292, "22007", `Incorrect datetime value: '${text}'`);
    return null;
  }
  const dot = /\.(\d+)$/.exec(text.trim());
  return { parts, fraction: dot ? Math.min(6, dot[1].length) : 0 };
}

function ordinalSuffix(d: number): string {
  if (d >= 11 && d <= 13) return "th";
  return ["th", "st", "nd", "rd"][d % 10] ?? "th";
}

const p2 = (n: number): string => String(n).padStart(2, "0");

export function dateFormat(p: DateTimeParts, format: string): string {
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== "%" || i + 1 === format.length) {
      out += c;
      continue;
    }
    const f = format[++i];
    const dnr = dayNumber(p.year, p.month, p.day);
    const h12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
    switch (f) {
      case "a":
        out += DAYS[weekday(dnr, false)].slice(0, 3);
        break;
      case "b":
        out += MONTHS[p.month - 1].slice(0, 3);
        break;
      case "c":
        out += String(p.month);
        break;
      case "D":
        out += `${p.day}${ordinalSuffix(p.day)}`;
        break;
      case "d":
        out += p2(p.day);
        break;
      case "e":
        out += String(p.day);
        break;
      case "f":
        out += String(p.micro).padStart(6, "0");
        break;
      case "H":
        out += p2(p.hour);
        break;
      case "h":
      case "I":
        out += p2(h12);
        break;
      case "i":
        out += p2(p.minute);
        break;
      case "j":
        out += String(dnr - dayNumber(p.year, 1, 1) + 1).padStart(3, "0");
        break;
      case "k":
        out += String(p.hour);
        break;
      case "l":
        out += String(h12);
        break;
      case "M":
        out += MONTHS[p.month - 1];
        break;
      case "m":
        out += p2(p.month);
        break;
      case "p":
        out += p.hour < 12 ? "AM" : "PM";
        break;
      case "r":
        out += `${p2(h12)}:${p2(p.minute)}:${p2(p.second)} ${p.hour < 12 ? "AM" : "PM"}`;
        break;
      case "S":
      case "s":
        out += p2(p.second);
        break;
      case "T":
        out += `${p2(p.hour)}:${p2(p.minute)}:${p2(p.second)}`;
        break;
      case "U":
        out += p2(calcWeek(p, WEEK_U).week);
        break;
      case "u":
        out += p2(calcWeek(p, WEEK_u).week);
        break;
      case "V":
        out += p2(calcWeek(p, WEEK_V).week);
        break;
      case "v":
        out += p2(calcWeek(p, WEEK_v).week);
        break;
      case "W":
        out += DAYS[weekday(dnr, false)];
        break;
      case "w":
        out += String(weekday(dnr, true));
        break;
      case "X":
        out += String(calcWeek(p, WEEK_V).year).padStart(4, "0");
        break;
      case "x":
        out += String(calcWeek(p, WEEK_v).year).padStart(4, "0");
        break;
      case "Y":
        out += String(p.year).padStart(4, "0");
        break;
      case "y":
        out += p2(p.year % 100);
        break;
      default:
        // '%%' is '%'; any other letter stands for itself.
        out += f;
    }
  }
  return out;
}

/** The largest timestamp MySQL 8.0.28+ accepts on 64-bit platforms: 3001-01-18 23:59:59.999999 UTC. */
const MAX_UNIX_SECONDS = 32536771199;

function unixTimestamp(a: readonly Value[], ctx: ExecContext): Value {
  if (a.length === 0) return Math.floor(ctx.session.nowMicros() / 1_000_000);
  const d = dateArg(a[0], ctx);
  if (d === null) return null;
  const micros = epochMicros(d.parts, zoneOffsetMinutes(ctx));
  // Out of range (before 1970 or after 3001) is 0 in MySQL 8; MariaDB answers NULL.
  if (micros < 0 || micros > MAX_UNIX_SECONDS * 1_000_000 + 999_999) return 0;
  if (d.fraction === 0) return Math.floor(micros / 1_000_000);
  const unscaled = BigInt(Math.floor(micros / 10 ** (6 - d.fraction)));
  return new Decimal(unscaled, d.fraction);
}

/**
 * FROM_UNIXTIME(ts[, format]): the session-time DATETIME of `ts` seconds since the epoch, with as many fractional
 * digits as the argument has (at most 6, truncated); NULL for a negative ts or one past MySQL 8's 64-bit limit
 * (32536771199.999999, 3001-01-18 23:59:59.999999 UTC).
 */
function fromUnixtime(a: readonly Value[], ctx: ExecContext): Value {
  const v = a[0];
  // Whole seconds and microseconds apart: the microseconds of year 3001 are beyond a double's exact integers.
  let seconds: number;
  let micro = 0;
  let digits = 0;
  if (typeof v === "number" || typeof v === "bigint") {
    seconds = Number(v);
  } else if (v instanceof Decimal) {
    digits = Math.min(6, v.scale);
    const scale = 10n ** BigInt(v.scale);
    if (v.unscaled < 0n) return null;
    seconds = Number(v.unscaled / scale);
    const frac = v.unscaled % scale;
    micro = Number(v.scale <= 6 ? frac * 10n ** BigInt(6 - v.scale) : frac / 10n ** BigInt(v.scale - 6));
  } else {
    const d = argDouble(v, ctx);
    seconds = Math.floor(d);
    micro = Math.min(999_999, Math.round((d - seconds) * 1e6));
    digits = Number.isInteger(d) ? 0 : 6;
  }
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > MAX_UNIX_SECONDS) return null;
  const p = { ...localParts(ctx, seconds * 1_000_000), micro };
  if (a.length > 1) {
    if (a[1] === null) return null;
    return dateFormat(p, argText(a[1]));
  }
  return new Temporal("DATETIME", `${dateText(p)} ${timeText(p, digits)}`);
}

const now = nowBuiltin("NOW", "statement");
const curdate = fn(
  "CURDATE",
  0,
  0,
  () => DATE,
  (_a, ctx) => new Temporal("DATE", dateText(localParts(ctx))),
  volatile,
);
const curtime = fn(
  "CURTIME",
  0,
  1,
  () => TIME,
  (a, ctx) => new Temporal("TIME", timeText(localParts(ctx), fsp(a, ctx, "curtime"))),
  volatile,
);

export const timeBuiltins: readonly Builtin[] = [
  now,
  { ...now, name: "CURRENT_TIMESTAMP" },
  { ...now, name: "LOCALTIME" },
  { ...now, name: "LOCALTIMESTAMP" },
  // SYSDATE() is the time of the call rather than of the statement (and ignores SET timestamp); on the simulated
  // clock they differ only after something advanced the clock (SLEEP, a simulated function's duration).
  nowBuiltin("SYSDATE", "wall"),
  nowBuiltin("UTC_TIMESTAMP", "utc"),
  curdate,
  { ...curdate, name: "CURRENT_DATE" },
  curtime,
  { ...curtime, name: "CURRENT_TIME" },
  fn(
    "UTC_DATE",
    0,
    0,
    () => DATE,
    (_a, ctx) => new Temporal("DATE", dateText(partsOf(ctx.session.nowMicros(), 0))),
    volatile,
  ),
  fn(
    "UTC_TIME",
    0,
    1,
    () => TIME,
    (a, ctx) => new Temporal("TIME", timeText(partsOf(ctx.session.nowMicros(), 0), fsp(a, ctx, "utc_time"))),
    volatile,
  ),
  fn(
    "FROM_UNIXTIME",
    1,
    2,
    (t) => (t.length > 1 ? TEXT : DATETIME),
    (a, ctx) => fromUnixtime(a, ctx),
  ),
  fn(
    "UNIX_TIMESTAMP",
    0,
    1,
    (t) => (t.length === 0 ? INT : { kind: "any" }),
    (a, ctx) => unixTimestamp(a, ctx),
    volatile,
  ),
  fn(
    "DATE_FORMAT",
    2,
    3,
    () => TEXT,
    (a, ctx) => {
      const d = dateArg(a[0], ctx);
      const format = argText(a[1]);
      // An empty format is NULL (Item_func_date_format::val_str).
      return d === null || format === "" ? null : dateFormat(d.parts, format);
    },
  ),
  fn(
    "SLEEP",
    1,
    1,
    () => INT,
    (a, ctx) => {
      const s = a[0] === null ? 0 : argDouble(a[0], ctx);
      if (s > 0) ctx.session.sleep(s);
      return 0;
    },
    { volatile: true, nullPropagating: false },
  ),
];
