// Reading DATE, DATETIME and TIME values from strings and numbers, as CAST and comparisons need them.
//
// Only the forms stored programs use are accepted: 'YYYY-MM-DD', 'YYYY-MM-DD hh:mm[:ss[.ffffff]]' (any of -/. as
// date separator, T or spaces before the time) and the digit forms YYYYMMDD and YYYYMMDDhhmmss. TIME text goes through
// time-text.ts, the reader CAST, the TIME functions and stores share. Invalid dates (February 30) are rejected, as
// strict NO_ZERO_IN_DATE / NO_ZERO_DATE servers do for CAST.

import { readTime, timeOf } from "./time-text.ts";
import { Temporal, type TemporalType } from "./value.ts";

function pad(n: number, width = 2): string {
  return String(n).padStart(width, "0");
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

interface Parts {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  /** Fraction in microseconds. */
  us: number;
}

function fromDigits(digits: string): Parts | null {
  let y: number;
  let rest: string;
  if (digits.length === 8 || digits.length === 14) {
    y = Number(digits.slice(0, 4));
    rest = digits.slice(4);
  } else if (digits.length === 6 || digits.length === 12) {
    const yy = Number(digits.slice(0, 2));
    y = yy < 70 ? 2000 + yy : 1900 + yy;
    rest = digits.slice(2);
  } else return null;
  return {
    y,
    mo: Number(rest.slice(0, 2)),
    d: Number(rest.slice(2, 4)),
    h: Number(rest.slice(4, 6) || 0),
    mi: Number(rest.slice(6, 8) || 0),
    s: Number(rest.slice(8, 10) || 0),
    us: 0,
  };
}

function parseParts(text: string): Parts | null {
  const s = text.trim();
  if (/^\d+$/.test(s)) return fromDigits(s);
  const m = /^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d*))?)?)?$/.exec(
    s,
  );
  if (!m) return null;
  let y = Number(m[1]);
  if (m[1].length <= 2) y = y < 70 ? 2000 + y : 1900 + y;
  const frac = m[7] ?? "";
  return {
    y,
    mo: Number(m[2]),
    d: Number(m[3]),
    h: Number(m[4] ?? 0),
    mi: Number(m[5] ?? 0),
    s: Number(m[6] ?? 0),
    us: fractionMicros(frac),
  };
}

/** Fractional seconds digits as microseconds, rounded at the seventh digit (so the result may be 1000000). */
function fractionMicros(digits: string): number {
  if (digits === "") return 0;
  const us = Number(digits.slice(0, 6).padEnd(6, "0"));
  return digits.length > 6 && digits.charCodeAt(6) >= 53 ? us + 1 : us;
}

function valid(p: Parts): boolean {
  if (p.mo < 1 || p.mo > 12 || p.d < 1 || p.d > daysIn(p.y, p.mo)) return false;
  return p.h < 24 && p.mi < 60 && p.s < 60;
}

/** Adds one second to the parts (for rounding fractional seconds up), carrying into the date. */
function addSecond(p: Parts): void {
  p.s++;
  if (p.s < 60) return;
  p.s = 0;
  p.mi++;
  if (p.mi < 60) return;
  p.mi = 0;
  p.h++;
  if (p.h < 24) return;
  p.h = 0;
  p.d++;
  if (p.d <= daysIn(p.y, p.mo)) return;
  p.d = 1;
  p.mo++;
  if (p.mo <= 12) return;
  p.mo = 1;
  p.y++;
}

/**
 * Parses a DATE or DATETIME (with `fsp` fractional digits, rounded as MySQL 8 rounds them); null when invalid.
 */
export function parseDateTime(text: string, type: "DATE" | "DATETIME", fsp = 0): Temporal | null {
  const p = parseParts(text);
  if (p === null || !valid(p)) return null;
  const date = `${pad(p.y, 4)}-${pad(p.mo)}-${pad(p.d)}`;
  if (type === "DATE") return new Temporal("DATE", date);
  const unit = 10 ** (6 - fsp);
  let frac = Math.round(p.us / unit);
  if (frac >= 10 ** fsp) {
    frac -= 10 ** fsp;
    addSecond(p);
  }
  const d2 = `${pad(p.y, 4)}-${pad(p.mo)}-${pad(p.d)}`;
  const time = `${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}`;
  return new Temporal("DATETIME", `${d2} ${time}${fsp > 0 ? `.${pad(frac, fsp)}` : ""}`);
}

/** Parses a TIME (any form time-text.ts reads) rounded to `fsp` digits; null when invalid or past 838:59:59. */
export function parseTime(text: string, fsp = 0): Temporal | null {
  const r = readTime(text);
  if (r === null) return null;
  const t = timeOf(r, fsp);
  return t.clipped ? null : t.value;
}

export function parseTemporal(text: string, type: TemporalType, fsp = 0): Temporal | null {
  return type === "TIME" ? parseTime(text, fsp) : parseDateTime(text, type, fsp);
}

/** Converts between temporal types: DATETIME → DATE drops the time, DATE → DATETIME adds midnight. */
export function convertTemporal(t: Temporal, type: TemporalType, fsp = 0): Temporal | null {
  if (t.type === type && (type === "DATE" || fsp === 0) && !t.text.includes(".")) return t;
  if (type === "TIME") {
    const time = t.type === "TIME" ? t.text : t.type === "DATE" ? "00:00:00" : t.text.slice(11);
    return parseTime(time, fsp);
  }
  if (t.type === "TIME") return null;
  return parseDateTime(t.text, type, fsp);
}
