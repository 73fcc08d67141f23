// The session time zone, @@time_zone. spbed's simulated host runs in UTC, as the test server does, so 'SYSTEM' is
// UTC; otherwise the zone is an offset '+HH:MM' from -13:59 to +14:00. Named zones ('Europe/Paris') need the time
// zone tables, which a fresh MySQL has not loaded, so SET refuses them (1298). One parser serves SET's check and
// every reader (NOW(), TIMESTAMP ranges, ON UPDATE CURRENT_TIMESTAMP), so they cannot disagree.
//
// A TIMESTAMP field (a column, a NEW/OLD field, a routine variable or parameter) holds its instant as UTC text, as
// MySQL stores it (datetime.html: converted from the session zone for storage and back for retrieval). The engine's
// storeValue writes that form; the compiled readers of such fields show it through `sessionTimestamp`.

import type { ExecContext } from "../compile/types.ts";
import { SqlError } from "../errors.ts";
import { Temporal, type Value } from "./value.ts";

const OFFSET = /^([+-])(\d{1,2}):(\d{2})$/;

/** Minutes east of UTC that a time_zone value stands for, or undefined when MySQL would refuse it. */
export function timeZoneOffsetMinutes(zone: string): number | undefined {
  if (zone.toUpperCase() === "SYSTEM") return 0;
  const m = OFFSET.exec(zone);
  if (!m || Number(m[3]) >= 60) return undefined;
  const minutes = (Number(m[2]) * 60 + Number(m[3])) * (m[1] === "-" ? -1 : 1);
  return minutes >= -(13 * 60 + 59) && minutes <= 14 * 60 ? minutes : undefined;
}

/**
 * The name @@time_zone shows for an accepted value: 'SYSTEM', or the offset with two-digit hours and a sign that
 * follows the value ('+5:00' is '+05:00', '-0:00' is '+00:00'), as MySQL's Time_zone_offset names it.
 */
export function timeZoneName(zone: string): string | undefined {
  const minutes = timeZoneOffsetMinutes(zone);
  if (minutes === undefined) return undefined;
  if (zone.toUpperCase() === "SYSTEM") return "SYSTEM";
  const a = Math.abs(minutes);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${minutes < 0 ? "-" : "+"}${two(Math.floor(a / 60))}:${two(a % 60)}`;
}

let lastZone = "SYSTEM";
let lastMinutes = 0;

/**
 * The session time zone's offset east of UTC in minutes; a session without the variable (a test double) is in UTC.
 * Read on every TIMESTAMP field read, so the last zone's parse is kept.
 */
export function zoneOffsetMinutes(ctx: ExecContext): number {
  let zone: Value;
  try {
    zone = ctx.session.getSystemVar("time_zone", "SESSION");
  } catch (e) {
    // Only a missing variable means UTC; anything else (constant folding's abort) must go through.
    if (e instanceof SqlError && e.errno === 1193) return 0;
    throw e;
  }
  if (zone === lastZone) return lastMinutes;
  const minutes = (typeof zone === "string" ? timeZoneOffsetMinutes(zone) : undefined) ?? 0;
  if (typeof zone === "string") {
    lastZone = zone;
    lastMinutes = minutes;
  }
  return minutes;
}

const DATETIME_TEXT = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})/;
const p2 = (n: number) => String(n).padStart(2, "0");

/**
 * A 'YYYY-MM-DD hh:mm:ss[.ffffff]' text moved by `minutes` (the fraction is kept), or undefined when the result
 * leaves years 0000-9999. The zero date, which is no instant, is returned as it is.
 */
export function shiftDateTime(text: string, minutes: number): string | undefined {
  const m = DATETIME_TEXT.exec(text);
  if (!m || minutes === 0 || text.startsWith("0000-00-00")) return text;
  // setUTCFullYear keeps years below 100 literal, which Date.UTC would move to the 1900s.
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  d.setUTCHours(Number(m[4]), Number(m[5]) + minutes, Number(m[6]));
  const year = d.getUTCFullYear();
  if (year < 0 || year > 9999) return undefined;
  const date = `${String(year).padStart(4, "0")}-${p2(d.getUTCMonth() + 1)}-${p2(d.getUTCDate())}`;
  const time = `${p2(d.getUTCHours())}:${p2(d.getUTCMinutes())}:${p2(d.getUTCSeconds())}`;
  return `${date} ${time}${text.slice(19)}`;
}

/** Seconds since the epoch of a UTC 'YYYY-MM-DD hh:mm:ss[.ffffff]' text, as decimal text keeping the fraction. */
export function epochSecondsText(utc: string): string {
  const m = DATETIME_TEXT.exec(utc);
  if (!m) return "0";
  const d = new Date(0);
  d.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  d.setUTCHours(Number(m[4]), Number(m[5]), Number(m[6]));
  return `${d.getTime() / 1000}${utc.slice(19)}`;
}

/** The session's view of a TIMESTAMP field's stored (UTC) value: the same instant in @@time_zone. */
export function sessionTimestamp(v: Value, ctx: ExecContext): Value {
  if (!(v instanceof Temporal)) return v;
  const minutes = zoneOffsetMinutes(ctx);
  if (minutes === 0) return v;
  return new Temporal(v.type, shiftDateTime(v.text, minutes) ?? v.text);
}
