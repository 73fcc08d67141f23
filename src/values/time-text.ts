// The one reader of TIME text, behind CAST(... AS TIME), the TIME functions and stores into TIME columns and
// variables. It takes the forms MySQL's str_to_time takes:
//   '[-][D ]h:mm[:ss][.f]'   hours without limit here, days count 24 hours each
//   '[-]hhmmss[.f]'          digits right-aligned: '1234' is 00:12:34, '34' is 00:00:34
//   a date and a time        ('2024-02-29 13:14:15.678', or 12 and 14 digits): only the time is kept
// Zero date parts are accepted with a date, as MySQL reads them with TIME_FUZZY_DATE; an impossible day is not.
// Callers decide what a value past 838:59:59 means (clipped with a warning, or an error) and how many fractional
// digits to keep; `timeOf` rounds and clips as a TIME column or CAST does.

import { Temporal } from "./value.ts";

export interface TimeReading {
  readonly neg: boolean;
  /** Hours with the days folded in; TIME's 838-hour limit is not applied here. */
  readonly hours: number;
  readonly minutes: number;
  readonly seconds: number;
  /** The first six fractional digits, in microseconds. */
  readonly micros: number;
  /** Fractional digits as written, at most 6. */
  readonly digits: number;
  /** A seventh fractional digit of 5 or more: rounding to six digits goes up. */
  readonly roundUp: boolean;
  /** The text held a date too; rounding carries into the (dropped) date, not into the hours. */
  readonly dated: boolean;
  /** Only a leading number was read and the rest ignored (MySQL's "Truncated incorrect time value"). */
  readonly truncated: boolean;
}

const DATED = /^(\d{2,4})[-/.:](\d{1,2})[-/.:](\d{1,2})(?:T|\s+)(\d{1,2})[:.](\d{1,2})(?:[:.](\d{1,2})(?:\.(\d*))?)?$/;
const DATED_DIGITS = /^(\d{2}|\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d*))?$/;
const CLOCK = /^(-)?(?:(\d+)\s+)?(\d+):(\d{1,2})(?::(\d{1,2}))?(?:\.(\d*))?$/;
const DIGITS = /^(-)?(\d+)(?:\.(\d*))?$/;
const NUMBER_PREFIX = /^-?\d+(?:\.\d+)?/;

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

function reading(
  neg: boolean,
  hours: number,
  minutes: number,
  seconds: number,
  fraction: string,
  dated: boolean,
  truncated = false,
): TimeReading | null {
  if (minutes > 59 || seconds > 59 || !Number.isSafeInteger(hours)) return null;
  return {
    neg,
    hours,
    minutes,
    seconds,
    micros: Number(fraction.slice(0, 6).padEnd(6, "0")),
    digits: Math.min(6, fraction.length),
    roundUp: fraction.length > 6 && fraction.charCodeAt(6) >= 53,
    dated,
    truncated,
  };
}

function readDated(s: string): TimeReading | null | undefined {
  const m = DATED.exec(s) ?? DATED_DIGITS.exec(s);
  if (m === null) return undefined;
  const [year, month, day, hour] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
  if (month > 12 || day > 31 || (month > 0 && day > daysIn(year, month)) || hour > 23) return null;
  return reading(false, hour, Number(m[5]), Number(m[6] ?? 0), m[7] ?? "", true);
}

function readDigits(s: string, truncated: boolean): TimeReading | null {
  const d = DIGITS.exec(s);
  if (d === null) return null;
  const digits = d[2].padStart(6, "0");
  return reading(
    d[1] !== undefined,
    Number(digits.slice(0, -4)),
    Number(digits.slice(-4, -2)),
    Number(digits.slice(-2)),
    d[3] ?? "",
    false,
    truncated,
  );
}

/**
 * Reads a TIME text; null when it is none of the forms. With `prefix`, a text that is no time but starts with a number
 * is read as that number, flagged `truncated` ('2024-01-02' is 00:20:24, as on the server).
 */
export function readTime(text: string, prefix = false): TimeReading | null {
  const s = text.trim();
  const dated = readDated(s);
  if (dated !== undefined) return dated;
  const c = CLOCK.exec(s);
  if (c !== null) {
    const hours = Number(c[2] ?? 0) * 24 + Number(c[3]);
    return reading(c[1] !== undefined, hours, Number(c[4]), Number(c[5] ?? 0), c[6] ?? "", false);
  }
  const d = readDigits(s, false);
  if (d !== null || !prefix) return d;
  const lead = NUMBER_PREFIX.exec(s)?.[0];
  return lead === undefined ? null : readDigits(lead, true);
}

/** The reading's absolute value in microseconds, the fraction cut at six digits (as the TIME functions compute). */
export function readingMicros(r: TimeReading): number {
  return ((r.hours * 60 + r.minutes) * 60 + r.seconds) * 1e6 + r.micros;
}

const MAX_SECONDS = (838 * 60 + 59) * 60 + 59;
const DAY_SECONDS = 86_400;

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The TIME a reading stores as with `fsp` fractional digits: rounded half up (MySQL 8; a datetime's carry goes into
 * its date, which is dropped), and past ±838:59:59 clipped to it, `clipped` then telling the caller to warn.
 */
export function timeOf(r: TimeReading, fsp: number): { readonly value: Temporal; readonly clipped: boolean } {
  const sign = r.neg ? "-" : "";
  const zeros = fsp > 0 ? `.${"0".repeat(fsp)}` : "";
  const max = () => ({ value: new Temporal("TIME", `${sign}838:59:59${zeros}`), clipped: true });
  if (r.hours > 838) return max();
  const scale = 10 ** fsp;
  const unit = 10 ** (6 - fsp);
  let seconds = (r.hours * 60 + r.minutes) * 60 + r.seconds;
  let frac = Math.round((r.micros + (r.roundUp ? 1 : 0)) / unit);
  if (frac >= scale) {
    frac -= scale;
    seconds++;
    if (r.dated) seconds %= DAY_SECONDS;
  }
  if (seconds > MAX_SECONDS || (seconds === MAX_SECONDS && frac > 0)) return max();
  const text = `${sign}${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  return { value: new Temporal("TIME", fsp > 0 ? `${text}.${String(frac).padStart(fsp, "0")}` : text), clipped: false };
}
