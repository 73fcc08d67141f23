// Storing a value into a typed target (a column, a local variable, a parameter), with MySQL's strict-mode rules.
//
// In strict mode a bad value is an error; otherwise (non-strict sql_mode, INSERT/UPDATE IGNORE) MySQL stores a
// clipped value and adds a warning with the same number and text. Some conditions are never errors: rounding a
// DECIMAL to the column's scale is a Note 1265, and truncating only trailing spaces of a string is a Note 1265 too.
// Messages follow MySQL 8 (`for column 'c'`); MariaDB prints `for column `db`.`t`.`c`` in 1366 and 1292
// (docs/mysql-vs-mariadb.md).
//
// Conversions are chosen by type name through an exhaustive map, so a new type name cannot be silently ignored.

import type { DataType, TypeName } from "../ast.ts";
import type { ExecContext, StoreConverter } from "../compile/types.ts";
import { SqlError } from "../errors.ts";
import { bytesToText, normInt, roundHalfEven, temporalToNumeric, textToBytes, toText } from "../values/coerce.ts";
import { decimalFromDouble, decimalToDouble, parseDecimal, pow10, rescale } from "../values/decimal.ts";
import { parseJson } from "../values/json-parse.ts";
import { formatDouble, scanFloatPrefix } from "../values/numtext.ts";
import { parseTemporal } from "../values/temporal.ts";
import { readTime, timeOf } from "../values/time-text.ts";
import { shiftDateTime, zoneOffsetMinutes } from "../values/timezone.ts";
import { Bytes, Decimal, Double, isSingleFloat, JsonValue, Temporal, type Value } from "../values/value.ts";

export interface StoreTarget {
  /** Column or variable name, as the message shows it. */
  readonly column: string;
  /** The table of a column, for the messages that name it as `t.col` (3140). */
  readonly table?: string;
  /** 1-based row number of the statement (MySQL 8 says row 1 for a local variable). */
  readonly row: number;
  /** INSERT IGNORE / UPDATE IGNORE: errors become warnings with clipped values, as in non-strict mode. */
  readonly ignore?: boolean;
}

/** Thrown or warned, depending on the mode. */
interface Problem {
  readonly errno: number;
  readonly sqlstate: string;
  readonly message: string;
}

class Store {
  /** In "collect" mode the first strict-mode error is kept here instead of thrown, and the clipped value returned. */
  collected: SqlError | undefined;

  constructor(
    readonly ctx: ExecContext,
    readonly target: StoreTarget,
    readonly collect = false,
  ) {}

  get strict(): boolean {
    return this.ctx.strict && !this.target.ignore;
  }

  private raise(p: Problem): void {
    const e = new SqlError(p.errno, p.sqlstate, p.message);
    if (!this.collect) throw e;
    this.collected ??= e;
  }

  /** An error in strict mode, a warning otherwise (then the caller stores its clipped value). */
  fail(p: Problem): void {
    if (this.strict) this.raise(p);
    else this.ctx.session.warn(p.errno, p.sqlstate, p.message, "Warning");
  }

  /** A different condition in each mode: strict raises `strictly`, otherwise MySQL warns `leniently`. */
  failAs(strictly: Problem, leniently: Problem): void {
    if (this.strict) this.raise(strictly);
    else this.ctx.session.warn(leniently.errno, leniently.sqlstate, leniently.message, "Warning");
  }

  note(p: Problem): void {
    this.ctx.session.warn(p.errno, p.sqlstate, p.message, "Note");
  }

  outOfRange(): Problem {
    return {
      errno: 1264,
      sqlstate: "22003",
      message: `Out of range value for column '${this.target.column}' at row ${this.target.row}`,
    };
  }

  truncated(): Problem {
    return {
      errno: 1265,
      sqlstate: "01000",
      message: `Data truncated for column '${this.target.column}' at row ${this.target.row}`,
    };
  }

  tooLong(): Problem {
    return {
      errno: 1406,
      sqlstate: "22001",
      message: `Data too long for column '${this.target.column}' at row ${this.target.row}`,
    };
  }

  incorrect(kind: string, text: string, errno = 1366): Problem {
    return {
      errno,
      sqlstate: errno === 1366 ? "HY000" : "22007",
      message: `Incorrect ${kind} value: '${text}' for column '${this.target.column}' at row ${this.target.row}`,
    };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers

const INT_BITS: Partial<Record<TypeName, number>> = {
  TINYINT: 8,
  SMALLINT: 16,
  MEDIUMINT: 24,
  INT: 32,
  BIGINT: 64,
  BOOLEAN: 8,
};

function intRange(type: DataType): [bigint, bigint] {
  if (type.name === "BIT") return [0n, (1n << BigInt(type.length ?? 1)) - 1n];
  const bits = BigInt(INT_BITS[type.name] ?? 64);
  return type.unsigned ? [0n, (1n << bits) - 1n] : [-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n];
}

/**
 * Reads a string as a number for a numeric column: the numeric prefix as an exact DECIMAL. Non-numeric text is 1366
 * (0 when not strict); a numeric prefix followed by garbage is 1265 (the prefix when not strict).
 */
function stringToExact(s: string, st: Store, kind: string): Decimal {
  const p = scanFloatPrefix(s);
  if (p.begin < 0) {
    st.fail(st.incorrect(kind, s));
    return new Decimal(0n, 0);
  }
  if (!p.clean) st.fail(st.truncated());
  let text = s.slice(p.begin, p.end);
  if (text.endsWith(".")) text = text.slice(0, -1);
  const d = parseDecimal(text);
  return d;
}

/** An exact or double value in numeric form for an integer column, rounded as MySQL does. */
function toIntegerForStore(v: Exclude<Value, null>, st: Store): bigint {
  if (typeof v === "number") return BigInt(v);
  if (typeof v === "bigint") return v;
  if (v instanceof Double) {
    // Field_long::store(double) uses rint: half to even.
    const r = roundHalfEven(v.value);
    if (!Number.isFinite(r)) return r > 0 ? 2n ** 64n : -(2n ** 64n);
    return BigInt(r);
  }
  if (v instanceof Decimal) return rescale(v, 0).unscaled;
  if (v instanceof Temporal) {
    const n = temporalToNumeric(v);
    return typeof n === "number" ? BigInt(n) : rescale(n, 0).unscaled;
  }
  const text = v instanceof Bytes ? bytesToText(v) : v instanceof JsonValue ? toText(v) : v;
  return rescale(stringToExact(text, st, "integer"), 0).unscaled;
}

function storeInteger(v: Exclude<Value, null>, type: DataType, st: Store): Value {
  let n = toIntegerForStore(v, st);
  const [lo, hi] = intRange(type);
  if (n < lo || n > hi) {
    st.fail(st.outOfRange());
    n = n < lo ? lo : hi;
  }
  return normInt(n);
}

function storeDecimal(v: Exclude<Value, null>, type: DataType, st: Store): Value {
  const precision = type.length ?? 10;
  const scale = type.scale ?? 0;
  let d: Decimal;
  if (typeof v === "number" || typeof v === "bigint") d = new Decimal(BigInt(v), 0);
  else if (v instanceof Decimal) d = v;
  else if (v instanceof Double) {
    if (!Number.isFinite(v.value)) {
      st.fail(st.outOfRange());
      d = new Decimal(v.value > 0 ? 1n : -1n, -1);
    } else d = decimalFromDouble(v.value);
  } else if (v instanceof Temporal) {
    const n = temporalToNumeric(v);
    d = typeof n === "number" ? new Decimal(BigInt(n), 0) : n;
  } else {
    const text = v instanceof Bytes ? bytesToText(v) : v instanceof JsonValue ? toText(v) : v;
    d = stringToExact(text, st, "decimal");
  }
  const max = pow10(precision) - 1n;
  if (d.scale < 0) {
    // Infinity marker from above: clip to the extreme.
    return new Decimal(d.unscaled > 0n ? max : -max, scale);
  }
  let r = rescale(d, scale);
  if (r.unscaled < -max || r.unscaled > max) {
    st.fail(st.outOfRange());
    return new Decimal(r.unscaled < 0n ? -max : max, scale);
  }
  if (d.scale > scale && rescale(r, d.scale).unscaled !== d.unscaled) st.note(st.truncated());
  if (type.unsigned && r.unscaled < 0n) {
    st.fail(st.outOfRange());
    r = new Decimal(0n, scale);
  }
  return r;
}

function storeFloat(v: Exclude<Value, null>, type: DataType, st: Store): Value {
  let x: number;
  if (typeof v === "number") x = v;
  else if (typeof v === "bigint") x = Number(v);
  else if (v instanceof Double) x = v.value;
  else if (v instanceof Decimal) x = decimalToDouble(v);
  else if (v instanceof Temporal) {
    const n = temporalToNumeric(v);
    x = typeof n === "number" ? n : decimalToDouble(n);
  } else {
    const text = v instanceof Bytes ? bytesToText(v) : v instanceof JsonValue ? toText(v) : v;
    x = decimalToDouble(stringToExact(text, st, "double"));
  }
  // FLOAT(p) with p above 24 is a DOUBLE; FLOAT(M,D) and DOUBLE(M,D) keep D digits after the point.
  const fixed = type.scale !== undefined && type.length !== undefined;
  const single = isSingleFloat(type);
  let limit = single ? 3.4028234663852886e38 : Number.MAX_VALUE;
  if (type.unsigned && x < 0) {
    st.fail(st.outOfRange());
    x = 0;
  }
  if (fixed) {
    // Field_real::truncate: the fraction is rounded to D digits (rint, half to even), and the largest value is
    // 10^(M-D) - 10^-D, so 99999.999 does not fit FLOAT(7,2).
    const d = type.scale as number;
    const scale = 10 ** d;
    limit = 10 ** ((type.length as number) - d) - 1 / scale;
    if (Number.isFinite(x)) {
      const whole = Math.floor(x);
      x = whole + roundHalfEven((x - whole) * scale) / scale;
    }
  }
  if (!Number.isFinite(x) || Math.abs(x) > limit) {
    st.fail(st.outOfRange());
    x = x > 0 ? limit : -limit;
  }
  const stored = single ? Math.fround(x) : x;
  if (fixed) return new Double(stored, type.scale, single || undefined);
  return single ? new Double(stored, undefined, true) : new Double(stored);
}

// ---------------------------------------------------------------------------------------------------------------
// Strings

/** Byte budgets of the TEXT and BLOB types; CHAR/VARCHAR count characters. */
const BYTE_LIMITS: Partial<Record<TypeName, number>> = {
  TINYTEXT: 255,
  TEXT: 65535,
  MEDIUMTEXT: 16777215,
  LONGTEXT: 4294967295,
  TINYBLOB: 255,
  BLOB: 65535,
  MEDIUMBLOB: 16777215,
  LONGBLOB: 4294967295,
};

const encoder = new TextEncoder();

/** A value as the text a string column stores; a DOUBLE in its shortest form, whatever its display decimals. */
function asText(v: Exclude<Value, null>): string {
  if (v instanceof Double) return formatDouble(v.value);
  return v instanceof Bytes ? bytesToText(v) : toText(v);
}

/** Cuts `s` to at most `limit` characters (code points) or, for TEXT types, UTF-8 bytes. */
function cut(s: string, limit: number, bytes: boolean): string | undefined {
  if (!bytes) {
    if (s.length <= limit) return undefined;
    const cps = [...s];
    return cps.length <= limit ? undefined : cps.slice(0, limit).join("");
  }
  if (s.length * 3 <= limit || encoder.encode(s).length <= limit) return undefined;
  let out = "";
  let used = 0;
  for (const ch of s) {
    const n = encoder.encode(ch).length;
    if (used + n > limit) break;
    out += ch;
    used += n;
  }
  return out;
}

function storeString(v: Exclude<Value, null>, type: DataType, st: Store): Value {
  let s = asText(v);
  const byteLimit = BYTE_LIMITS[type.name];
  const limit = byteLimit ?? type.length ?? (type.name === "CHAR" ? 1 : 65535);
  const shorter = cut(s, limit, byteLimit !== undefined);
  if (shorter !== undefined) {
    const rest = s.slice(shorter.length);
    // Cutting only trailing spaces is a Note in every mode (MySQL: "Data truncated", level Note).
    if (/^ *$/.test(rest)) st.note(st.truncated());
    // Strict mode says 1406 "Data too long"; otherwise the warning is 1265 "Data truncated" (MariaDB 10.11, MySQL 8).
    else st.failAs(st.tooLong(), st.truncated());
    s = shorter;
  }
  // CHAR drops trailing spaces when read back (PAD_CHAR_TO_FULL_LENGTH is off); storing them stripped is the same.
  if (type.name === "CHAR") s = s.replace(/ +$/, "");
  return s;
}

function storeBinary(v: Exclude<Value, null>, type: DataType, st: Store): Value {
  let b = v instanceof Bytes ? v.bytes : textToBytes(asText(v)).bytes;
  const limit = BYTE_LIMITS[type.name] ?? type.length ?? 1;
  if (b.length > limit) {
    const rest = b.subarray(limit);
    if (rest.every((x) => x === 0 || x === 32)) st.note(st.truncated());
    else st.failAs(st.tooLong(), st.truncated());
    b = b.slice(0, limit);
  }
  if (type.name === "BINARY" && b.length < limit) {
    // BINARY(n) pads with 0x00 bytes to its full length.
    const padded = new Uint8Array(limit);
    padded.set(b);
    b = padded;
  }
  return new Bytes(b);
}

function storeEnum(v: Exclude<Value, null>, type: DataType, st: Store): Value {
  const members = type.values ?? [];
  if (typeof v === "number" || typeof v === "bigint") {
    const i = Number(v);
    if (i >= 1 && i <= members.length) return members[i - 1];
    if (i === 0) {
      st.fail(st.truncated());
      return "";
    }
  }
  const s = asText(v).replace(/ +$/, "");
  const lower = s.toLowerCase();
  const hit = members.find((m) => m.toLowerCase() === lower);
  if (hit !== undefined) return hit;
  st.fail(st.truncated());
  return "";
}

function storeJson(v: Exclude<Value, null>, _type: DataType, st: Store): Value {
  if (v instanceof JsonValue) return v;
  if (typeof v === "string" || v instanceof Bytes) {
    const r = parseJson(asText(v));
    // JSON columns reject bad text in every mode (error 3140).
    if (!r.ok) {
      throw new SqlError(
        3140,
        "22032",
        `Invalid JSON text: "${r.message}" at position ${r.position} in value for column '${st.target.table === undefined ? "" : `${st.target.table}.`}${st.target.column}'.`,
      );
    }
    return new JsonValue(r.value);
  }
  if (typeof v === "number" || typeof v === "bigint") return new JsonValue(v);
  if (v instanceof Double) return new JsonValue(new Double(v.value));
  if (v instanceof Decimal) return new JsonValue(v);
  return new JsonValue(asText(v));
}

// ---------------------------------------------------------------------------------------------------------------
// Temporal types

const DATE_RE = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.(\d+))?)?\s*$/;

function daysIn(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const p2 = (n: number) => String(n).padStart(2, "0");

/**
 * Why a text is no DATE/DATETIME, as MySQL's str_to_datetime flags it: `truncated` for a malformed text or a part out
 * of its range (month 13, hour 24), `range` for a zero date, a zero part or a day past the month's end that the
 * sql_mode refuses. The first is warning 1265 when not strict, the second 1264; strict mode makes both error 1292.
 */
type DateReading = { readonly text: string } | { readonly problem: "truncated" | "range" };

/** The date flags a column's sql_mode gives (Field_newdate::date_flags; TIMESTAMP always refuses zero parts). */
interface DateFlags {
  readonly noZeroDate: boolean;
  readonly noZeroInDate: boolean;
  readonly invalidDates: boolean;
}

function dateFlags(sqlMode: string, timestamp: boolean): DateFlags {
  const modes = new Set(sqlMode.split(","));
  return {
    noZeroDate: modes.has("NO_ZERO_DATE"),
    noZeroInDate: timestamp || modes.has("NO_ZERO_IN_DATE"),
    invalidDates: modes.has("ALLOW_INVALID_DATES"),
  };
}

/** Reads a DATE/DATETIME text (or the YYYYMMDD[hhmmss] number form) under the sql_mode's date flags. */
function readDateTime(text: string, withTime: boolean, fsp: number, flags: DateFlags): DateReading {
  let s = text;
  if (/^\s*\d{8}(\d{6})?\s*$/.test(s)) {
    const t = s.trim();
    s = `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}${t.length > 8 ? ` ${t.slice(8, 10)}:${t.slice(10, 12)}:${t.slice(12, 14)}` : ""}`;
  }
  const m = DATE_RE.exec(s);
  if (!m) return { problem: "truncated" };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [h, mi, se] = [Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0)];
  const fraction = m[7] ?? "";
  if (mo > 12 || d > 31 || h > 23 || mi > 59 || se > 59) return { problem: "truncated" };
  const zero = y + mo + d + h + mi + se === 0 && !/[1-9]/.test(fraction);
  if (zero ? flags.noZeroDate : (mo === 0 || d === 0) && flags.noZeroInDate) return { problem: "range" };
  const real = mo > 0 && d > 0 && d <= daysIn(y, mo);
  if (mo > 0 && d > daysIn(y, mo) && !flags.invalidDates) return { problem: "range" };
  const date = `${String(y).padStart(4, "0")}-${p2(mo)}-${p2(d)}`;
  if (!withTime) return { text: date };
  const time = `${p2(h)}:${p2(mi)}:${p2(se)}`;
  if (real) {
    // More fractional digits than the column keeps are rounded, carrying into the seconds (MySQL 8; MariaDB truncates)
    const rounded = parseTemporal(`${date} ${time}.${fraction}`, "DATETIME", fsp);
    if (rounded !== null) return { text: rounded.text };
  }
  // A zero or invalid date the sql_mode lets through has no calendar to carry into: its fraction is cut instead.
  return { text: fsp > 0 ? `${date} ${time}.${fraction.slice(0, fsp).padEnd(fsp, "0")}` : `${date} ${time}` };
}

function storeDate(v: Exclude<Value, null>, type: DataType, st: Store): Value {
  const withTime = type.name !== "DATE";
  const fsp = withTime ? (type.scale ?? 0) : 0;
  const kind = type.name === "DATE" ? "DATE" : "DATETIME";
  const text = v instanceof Temporal ? v.text : asText(v);
  // The number 0 is the zero date (number_to_datetime), refused only by NO_ZERO_DATE; the string '0' is no date.
  const zeroNumber = (typeof v === "number" || typeof v === "bigint") && Number(v) === 0;
  const read = readDateTime(
    zeroNumber ? "0000-00-00 00:00:00" : text,
    withTime,
    fsp,
    dateFlags(st.ctx.sqlMode, type.name === "TIMESTAMP"),
  );
  const zero = withTime ? `0000-00-00 00:00:00${fsp > 0 ? `.${"0".repeat(fsp)}` : ""}` : "0000-00-00";
  if ("problem" in read) {
    // Not strict (or IGNORE): the zero date, with 1265 or 1264 by the problem's kind (Field_temporal::set_warnings).
    const incorrect = st.incorrect(type.name === "DATE" ? "date" : "datetime", text, 1292);
    st.failAs(incorrect, read.problem === "range" ? st.outOfRange() : st.truncated());
    return new Temporal(kind, zero);
  }
  const parsed = read.text;
  if (type.name === "TIMESTAMP" && !parsed.startsWith("0000-00-00")) {
    // A TIMESTAMP field holds its instant as UTC text (src/values/timezone.ts). Outside 1970-01-01 00:00:01 ..
    // 2038-01-19 03:14:07 UTC it is the zero timestamp, with 1264 when not strict.
    const utc = shiftDateTime(parsed, -zoneOffsetMinutes(st.ctx));
    if (utc !== undefined && inTimestampRange(utc)) return new Temporal(kind, utc);
    st.failAs(st.incorrect("datetime", text, 1292), st.outOfRange());
    return new Temporal(kind, zero);
  }
  // A DATETIME stored into a DATE loses its time part: a Note, as MySQL gives.
  if (!withTime && v instanceof Temporal && v.type === "DATETIME" && !/00:00:00(\.0*)?$/.test(v.text)) {
    st.note(st.truncated());
  }
  return new Temporal(kind, parsed);
}

/** Whether a UTC DATETIME text is inside TIMESTAMP's range (1 .. 2^31 - 1 seconds after the epoch). */
function inTimestampRange(utc: string): boolean {
  const seconds = utc.slice(0, 19);
  return seconds >= "1970-01-01 00:00:01" && seconds <= "2038-01-19 03:14:07";
}

/**
 * A TIME from text, a number or another temporal value (a DATE is midnight). Text that only starts with a number is
 * read as that number (1265 when not strict); past 838:59:59 is clipped (1264); strict mode makes both error 1292, as
 * Field_temporal::set_datetime_warning does.
 */
function storeTime(v: Exclude<Value, null>, type: DataType, st: Store): Value {
  const fsp = type.scale ?? 0;
  const text = v instanceof Temporal ? (v.type === "DATE" ? "00:00:00" : v.text) : asText(v);
  const r = readTime(text, true);
  if (r === null || r.truncated) st.failAs(st.incorrect("time", text, 1292), st.truncated());
  if (r === null) return new Temporal("TIME", fsp > 0 ? `00:00:00.${"0".repeat(fsp)}` : "00:00:00");
  const t = timeOf(r, fsp);
  if (t.clipped) st.failAs(st.incorrect("time", text, 1292), st.outOfRange());
  return t.value;
}

function storeYear(v: Exclude<Value, null>, _type: DataType, st: Store): Value {
  const isString = typeof v === "string";
  let n = Number(toIntegerForStore(v, st));
  // Two-digit years: 1-69 are 2001-2069, 70-99 are 1970-1999; the number 0 is 0000 but the string '0' is 2000.
  if (n >= 1 && n <= 69) n += 2000;
  else if (n >= 70 && n <= 99) n += 1900;
  else if (n === 0 && isString) n = 2000;
  if (n !== 0 && (n < 1901 || n > 2155)) {
    st.fail(st.outOfRange());
    return 0;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------------------------

type Converter = (v: Exclude<Value, null>, type: DataType, st: Store) => Value;

const CONVERTERS: Record<TypeName, Converter> = {
  TINYINT: storeInteger,
  SMALLINT: storeInteger,
  MEDIUMINT: storeInteger,
  INT: storeInteger,
  BIGINT: storeInteger,
  BOOLEAN: storeInteger,
  BIT: storeInteger,
  DECIMAL: storeDecimal,
  FLOAT: storeFloat,
  DOUBLE: storeFloat,
  CHAR: storeString,
  VARCHAR: storeString,
  TINYTEXT: storeString,
  TEXT: storeString,
  MEDIUMTEXT: storeString,
  LONGTEXT: storeString,
  BINARY: storeBinary,
  VARBINARY: storeBinary,
  TINYBLOB: storeBinary,
  BLOB: storeBinary,
  MEDIUMBLOB: storeBinary,
  LONGBLOB: storeBinary,
  DATE: storeDate,
  DATETIME: storeDate,
  TIMESTAMP: storeDate,
  TIME: storeTime,
  YEAR: storeYear,
  JSON: storeJson,
  ENUM: storeEnum,
};

/**
 * Converts `value` to `type` for storing into `target`. NULL passes through (NOT NULL is checked by the row writer,
 * which knows the column). Throws SqlError in strict mode; warns and clips otherwise.
 */
export function storeValue(value: Value, type: DataType, ctx: ExecContext, target: StoreTarget): Value {
  if (value === null) return null;
  return CONVERTERS[type.name](value, type, new Store(ctx, target));
}

/**
 * Like storeValue, but a strict-mode error does not stop the conversion: the clipped value MySQL's field would hold
 * comes back together with the error to raise. A trigger's `SET NEW.c = <out of range>` caught by a CONTINUE
 * handler leaves the clipped value in NEW.c (MariaDB 10.11 stores 2147483647 for an INT), which needs both.
 */
export function storeValueOrClip(
  value: Value,
  type: DataType,
  ctx: ExecContext,
  target: StoreTarget,
): { readonly value: Value; readonly error?: SqlError } {
  if (value === null) return { value: null };
  const st = new Store(ctx, target, true);
  const out = CONVERTERS[type.name](value, type, st);
  return st.collected ? { value: out, error: st.collected } : { value: out };
}

/** The same conversion in the shape src/compile/types.ts declares (for local variables and parameters). */
export const storeConverter: StoreConverter = (value, type, ctx, name, row) =>
  storeValue(value, type, ctx, { column: name, row });

/** Error 1048 for NULL into a NOT NULL column. */
export function columnCannotBeNull(column: string): SqlError {
  return new SqlError(1048, "23000", `Column '${column}' cannot be null`);
}

export { decimalToDouble };
