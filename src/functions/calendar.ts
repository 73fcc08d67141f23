// Calendar arithmetic as MySQL's sql_time.cc does it (day numbers, weekdays, week numbers), and reading date/time
// text, so that DATE_FORMAT's %U/%u/%V/%v/%X/%x agree with the server to the day.

/** English month and weekday names (lc_time_names en_US), for DATE_FORMAT, MONTHNAME and DAYNAME. */
export const MONTH_NAMES: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
export const DAY_NAMES: readonly string[] = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
];

export interface DateTimeParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  micro: number;
}

/** MySQL's calc_daynr: days since year 0 in its proleptic calendar. */
export function dayNumber(year: number, month: number, day: number): number {
  if (year === 0 && month === 0) return 0;
  let y = year;
  let delsum = 365 * y + 31 * (month - 1) + day;
  if (month <= 2) y--;
  else delsum -= Math.floor((month * 4 + 23) / 10);
  const temp = Math.floor(((Math.floor(y / 100) + 1) * 3) / 4);
  return delsum + Math.floor(y / 4) - temp;
}

/** 0 = Monday ... 6 = Sunday (or 0 = Sunday when sundayFirst). */
export function weekday(daynr: number, sundayFirst: boolean): number {
  return (daynr + 5 + (sundayFirst ? 1 : 0)) % 7;
}

function daysInYear(y: number): number {
  return (y & 3) === 0 && (y % 100 !== 0 || (y % 400 === 0 && y !== 0)) ? 366 : 365;
}

const MONDAY_FIRST = 1;
const WEEK_YEAR = 2;
const FIRST_WEEKDAY = 4;

/** MySQL's calc_week: the week number and the year it belongs to, for a week `mode` bit set. */
export function calcWeek(p: DateTimeParts, behaviour: number): { week: number; year: number } {
  const daynr = dayNumber(p.year, p.month, p.day);
  let firstDaynr = dayNumber(p.year, 1, 1);
  const mondayFirst = (behaviour & MONDAY_FIRST) !== 0;
  let weekYear = (behaviour & WEEK_YEAR) !== 0;
  const firstWeekday = (behaviour & FIRST_WEEKDAY) !== 0;
  let wd = weekday(firstDaynr, !mondayFirst);
  let year = p.year;
  if (p.month === 1 && p.day <= 7 - wd) {
    if (!weekYear && ((firstWeekday && wd !== 0) || (!firstWeekday && wd >= 4))) return { week: 0, year };
    weekYear = true;
    year--;
    const days = daysInYear(year);
    firstDaynr -= days;
    wd = (wd + 53 * 7 - days) % 7;
  }
  let days: number;
  if ((firstWeekday && wd !== 0) || (!firstWeekday && wd >= 4)) days = daynr - (firstDaynr + (7 - wd));
  else days = daynr - (firstDaynr - wd);
  if (weekYear && days >= 52 * 7) {
    wd = (wd + daysInYear(year)) % 7;
    if ((!firstWeekday && wd < 4) || (firstWeekday && wd === 0)) return { week: 1, year: year + 1 };
  }
  return { week: Math.floor(days / 7) + 1, year };
}

export const WEEK_U = FIRST_WEEKDAY;
export const WEEK_u = MONDAY_FIRST;
export const WEEK_V = WEEK_YEAR | FIRST_WEEKDAY;
export const WEEK_v = MONDAY_FIRST | WEEK_YEAR;

function daysInMonth(y: number, m: number): number {
  return [31, daysInYear(y) === 366 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

/**
 * Reads `YYYY-MM-DD[ HH:MM:SS[.ffffff]]` (any punctuation as separator, 'T' allowed) or the digits-only forms
 * `YYYYMMDD[HHMMSS]`; null when the text is not a valid date.
 */
export function parseDateTime(text: string): DateTimeParts | null {
  const s = text.trim();
  let m =
    /^(\d{2,4})[-/.:](\d{1,2})[-/.:](\d{1,2})(?:[ T](\d{1,2})[:.](\d{1,2})(?:[:.](\d{1,2})(?:\.(\d{1,6})\d*)?)?)?$/.exec(
      s,
    );
  if (!m) {
    // Digits only: YYYYMMDD[hhmmss] or YYMMDD[hhmmss] (two-digit years as elsewhere: 70..99 are 19xx).
    const d =
      /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})(?:\.(\d{1,6})\d*)?)?$/.exec(s) ??
      /^(\d{2})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})(?:\.(\d{1,6})\d*)?)?$/.exec(s);
    if (!d) return null;
    m = d;
  }
  let year = Number(m[1]);
  if (m[1].length === 2) year += year < 70 ? 2000 : 1900;
  const p: DateTimeParts = {
    year,
    month: Number(m[2]),
    day: Number(m[3]),
    hour: Number(m[4] ?? 0),
    minute: Number(m[5] ?? 0),
    second: Number(m[6] ?? 0),
    micro: Number((m[7] ?? "").padEnd(6, "0")),
  };
  // Zero months and days are accepted, as DATE_FORMAT('2006-06-00', '%d') is '00' on the server.
  if (p.month > 12 || (p.month > 0 && p.day > daysInMonth(p.year, p.month)) || p.day > 31) return null;
  if (p.hour > 23 || p.minute > 59 || p.second > 59) return null;
  return p;
}

/** Wall-clock parts of `micros` since the epoch, shifted by `offsetMinutes`. */
export function partsOf(micros: number, offsetMinutes: number): DateTimeParts {
  const shifted = micros + offsetMinutes * 60_000_000;
  const ms = Math.floor(shifted / 1000);
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    micro: ((shifted % 1_000_000) + 1_000_000) % 1_000_000,
  };
}

/** Microseconds since the epoch of wall-clock parts in a zone `offsetMinutes` east of UTC. */
export function epochMicros(p: DateTimeParts, offsetMinutes: number): number {
  const ms = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return (ms - offsetMinutes * 60_000) * 1000 + p.micro;
}

const pad2 = (n: number): string => String(n).padStart(2, "0");

export function dateText(p: DateTimeParts): string {
  return `${String(p.year).padStart(4, "0")}-${pad2(p.month)}-${pad2(p.day)}`;
}

/** `HH:MM:SS` plus `fsp` fractional digits (truncated, as MySQL's NOW(fsp) does). */
export function timeText(p: DateTimeParts, fsp: number): string {
  const frac = fsp > 0 ? `.${String(p.micro).padStart(6, "0").slice(0, fsp)}` : "";
  return `${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)}${frac}`;
}
