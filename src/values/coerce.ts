// Conversions between runtime values, with MySQL's warnings.
//
// Every conversion a function or operator needs goes through here so that the warnings are the same everywhere:
// string → number takes the longest numeric prefix and warns 1292 `Truncated incorrect DOUBLE value: 'x'` (INTEGER,
// DECIMAL in the integer and decimal contexts) unless only trailing whitespace was left over. MySQL 8 ignores trailing
// whitespace silently (check_if_only_end_space); MariaDB adds a Note there, see docs/mysql-vs-mariadb.md.

import type { ExecContext } from "../compile/types.ts";
import { decimalFromDouble, decimalToDouble, decimalToInteger, parseDecimal } from "./decimal.ts";
import { jsonText } from "./json-text.ts";
import { formatDecimal, formatDoubleValue, scanFloatPrefix, scanIntPrefix } from "./numtext.ts";
import { Bytes, Decimal, Double, JsonValue, Temporal, type Value } from "./value.ts";

export type NonNullValue = Exclude<Value, null>;
/** A value in a numeric context: an integer (number or bigint), a DOUBLE, or a DECIMAL. */
export type Numeric = number | bigint | Double | Decimal;

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;
/** 2^63 and 2^64 as doubles, the limits of double → integer conversion. */
const TWO63 = 2 ** 63;
const TWO64 = 2 ** 64;
const SAFE_MIN = BigInt(Number.MIN_SAFE_INTEGER);
const SAFE_MAX = BigInt(Number.MAX_SAFE_INTEGER);

/** Normalises an integer result: a bigint that fits the safe range becomes a number (the value-model invariant). */
export function normInt(b: bigint): number | bigint {
  return b >= SAFE_MIN && b <= SAFE_MAX ? Number(b) : b;
}

const utf8Decoder = new TextDecoder("utf-8");
const utf8Encoder = new TextEncoder();

/** The characters of a binary string, bytes read as UTF-8 (invalid sequences become U+FFFD). */
export function bytesToText(b: Bytes): string {
  return utf8Decoder.decode(b.bytes);
}

export function textToBytes(s: string): Bytes {
  return new Bytes(utf8Encoder.encode(s));
}

/** Warning 1292 for a string that did not convert cleanly; `what` is DOUBLE, INTEGER or DECIMAL. */
export function warnTruncated(ctx: ExecContext, what: string, text: string): void {
  ctx.session.warn(1292, "22007", `Truncated incorrect ${what} value: '${text}'`);
}

/** How a value reads as a string: what CONCAT sees. DECIMAL keeps its scale; DOUBLE prints with its display decimals, else in MySQL's short form. */
export function toText(v: NonNullValue): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "bigint") return v.toString();
  if (v instanceof Decimal) return formatDecimal(v.unscaled, v.scale);
  if (v instanceof Double) return formatDoubleValue(v);
  if (v instanceof Bytes) return bytesToText(v);
  if (v instanceof Temporal) return v.text;
  return jsonText(v.value);
}

/** Like toText, with NULL passed through. */
export function toTextOrNull(v: Value): string | null {
  return v === null ? null : toText(v);
}

/**
 * What a user variable keeps of a value: a DOUBLE is stored as a bare double (user_var_entry holds REAL_RESULT, read
 * back with DECIMAL_NOT_SPECIFIED decimals), so neither a FLOAT's 6-digit display nor fixed display decimals survive:
 * `SET @a = PI(); SELECT @a` shows 3.141592653589793.
 */
export function userVarValue(v: Value): Value {
  return v instanceof Double && (v.decimals !== undefined || v.single) ? new Double(v.value) : v;
}

/** The longest numeric prefix of a string as a DOUBLE, without any warning (how a user variable converts). */
export function doublePrefix(s: string): number {
  const p = scanFloatPrefix(s);
  if (p.begin < 0) return 0;
  const x = Number(s.slice(p.begin, p.end));
  return Number.isFinite(x) ? x : x > 0 ? Number.MAX_VALUE : -Number.MAX_VALUE;
}

/** Parses a string as a DOUBLE: the longest numeric prefix, warning when more than whitespace is left over. */
export function stringToDouble(s: string, ctx: ExecContext): number {
  const p = scanFloatPrefix(s);
  if (p.begin < 0) {
    warnTruncated(ctx, "DOUBLE", s);
    return 0;
  }
  if (!p.clean) warnTruncated(ctx, "DOUBLE", s);
  const x = Number(s.slice(p.begin, p.end));
  // An overflowing exponent ("1e999") saturates to the largest double, as strtod does with ERANGE.
  if (!Number.isFinite(x)) return x > 0 ? Number.MAX_VALUE : -Number.MAX_VALUE;
  return x;
}

/**
 * Parses a string as a signed or unsigned 64-bit integer: sign and digits only, so '1.9' is 1 and '1e3' is 1, both
 * with a warning. Out of range values saturate (with the warning), as my_strtoll10 does.
 */
export function stringToInteger(s: string, ctx: ExecContext, unsigned = false): bigint {
  const p = scanIntPrefix(s);
  if (p.begin < 0) {
    warnTruncated(ctx, "INTEGER", s);
    return 0n;
  }
  let b = BigInt(s.slice(p.begin, p.end));
  let warned = false;
  if (b < INT64_MIN) {
    b = unsigned ? 0n : INT64_MIN;
    warned = true;
  } else if (b > UINT64_MAX) {
    b = UINT64_MAX;
    warned = true;
  }
  if (!p.clean || warned) warnTruncated(ctx, "INTEGER", s);
  return b;
}

/** Parses a string as a DECIMAL (exponents allowed: '1e2' is 100), warning like the others. */
export function stringToDecimal(s: string, ctx: ExecContext): Decimal {
  const p = scanFloatPrefix(s);
  if (p.begin < 0) {
    warnTruncated(ctx, "DECIMAL", s);
    return new Decimal(0n, 0);
  }
  if (!p.clean) warnTruncated(ctx, "DECIMAL", s);
  let text = s.slice(p.begin, p.end);
  // "1." and ".5" are fine for the scanner; make them well formed for the parser.
  if (text.endsWith(".")) text = text.slice(0, -1);
  return parseDecimal(text);
}

/** A temporal as a number: DATE 2026-11-26 is 20261126, DATETIME adds hhmmss[.ffffff], TIME is [-]hhmmss. */
export function temporalToNumeric(t: Temporal): number | Decimal {
  const neg = t.text.startsWith("-");
  const dot = t.text.indexOf(".");
  const whole = (dot >= 0 ? t.text.slice(0, dot) : t.text).replace(/[^0-9]/g, "");
  if (dot >= 0) {
    const frac = t.text.slice(dot + 1);
    const d = parseDecimal(`${neg ? "-" : ""}${whole}.${frac}`);
    return d;
  }
  const n = Number(whole);
  return neg ? -n : n;
}

function jsonToNumeric(j: JsonValue, ctx: ExecContext): Numeric {
  const v = j.value;
  if (typeof v === "number") return Number.isInteger(v) ? v : new Double(v);
  if (typeof v === "bigint" || v instanceof Double || v instanceof Decimal) return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "string") return new Double(stringToDouble(v, ctx));
  return 0;
}

/**
 * The value in a numeric context, as arithmetic sees it: integers and DECIMALs stay exact, strings become DOUBLE
 * (MySQL evaluates `'1' + 1` in floating point), temporals become their numeric form.
 */
export function toNumeric(v: Value, ctx: ExecContext): Numeric | null {
  if (v === null || typeof v === "number" || typeof v === "bigint") return v;
  if (typeof v === "string") return new Double(stringToDouble(v, ctx));
  if (v instanceof Double || v instanceof Decimal) return v;
  if (v instanceof Bytes) return new Double(stringToDouble(bytesToText(v), ctx));
  if (v instanceof Temporal) return temporalToNumeric(v);
  return jsonToNumeric(v, ctx);
}

/** The value as a DOUBLE (a plain JS number). */
export function toDouble(v: Value, ctx: ExecContext): number | null {
  if (v === null) return null;
  if (typeof v === "number") return v;
  if (typeof v === "string") return stringToDouble(v, ctx);
  if (typeof v === "bigint") return Number(v);
  if (v instanceof Double) return v.value;
  if (v instanceof Decimal) return decimalToDouble(v);
  const n = toNumeric(v, ctx);
  return n === null ? null : toDouble(n, ctx);
}

/** A DOUBLE rounded to an integer as MySQL's val_int does (rint: half to even) and clamped to the 64-bit range. */
export function doubleToInt64(x: number, unsigned = false): bigint {
  const r = roundHalfEven(x);
  if (unsigned) {
    if (r <= 0) return r <= -TWO63 ? INT64_MIN & UINT64_MAX : BigInt.asUintN(64, BigInt(r));
    return r >= TWO64 ? UINT64_MAX : BigInt(r);
  }
  if (r >= TWO63) return INT64_MAX;
  if (r <= -TWO63) return INT64_MIN;
  return BigInt(r);
}

export function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const diff = x - f;
  if (diff < 0.5) return f;
  if (diff > 0.5) return f + 1;
  return f % 2 === 0 ? f : f + 1;
}

/** The value as a signed 64-bit integer (bigint). DECIMAL rounds half away from zero, DOUBLE half to even. */
export function toInt64(v: Value, ctx: ExecContext): bigint | null {
  if (v === null) return null;
  if (typeof v === "number") return BigInt(v);
  if (typeof v === "bigint") return BigInt.asIntN(64, v);
  if (typeof v === "string") return BigInt.asIntN(64, stringToInteger(v, ctx));
  if (v instanceof Double) return doubleToInt64(v.value);
  if (v instanceof Decimal) {
    const r = decimalToInteger(v);
    return r < INT64_MIN ? INT64_MIN : r > INT64_MAX ? INT64_MAX : r;
  }
  if (v instanceof Bytes) return BigInt.asIntN(64, stringToInteger(bytesToText(v), ctx));
  const n = toNumeric(v, ctx);
  return n === null ? null : toInt64(n, ctx);
}

/** The value as a signed 64-bit integer, normalised (a number when it is safe). Use for positions, counts, lengths. */
export function toInteger(v: Value, ctx: ExecContext): number | bigint | null {
  if (v === null || typeof v === "number") return v;
  const b = toInt64(v, ctx);
  return b === null ? null : normInt(b);
}

/** The value as an unsigned 64-bit integer (bigint); negative values wrap to their two's complement, as CAST does. */
export function toUint64(v: Value, ctx: ExecContext): bigint | null {
  if (v === null) return null;
  if (typeof v === "number") return BigInt.asUintN(64, BigInt(v));
  if (typeof v === "bigint") return BigInt.asUintN(64, v);
  if (typeof v === "string") return BigInt.asUintN(64, stringToInteger(v, ctx, false));
  if (v instanceof Double) return doubleToInt64(v.value, true);
  if (v instanceof Decimal) {
    const r = decimalToInteger(v);
    return r < 0n ? (r < INT64_MIN ? 0n : BigInt.asUintN(64, r)) : r > UINT64_MAX ? UINT64_MAX : r;
  }
  if (v instanceof Bytes) return BigInt.asUintN(64, stringToInteger(bytesToText(v), ctx));
  const n = toNumeric(v, ctx);
  return n === null ? null : toUint64(n, ctx);
}

/** The value as an exact DECIMAL (DOUBLE goes through its shortest printed digits). */
export function toDecimal(v: Value, ctx: ExecContext): Decimal | null {
  if (v === null) return null;
  if (typeof v === "number" || typeof v === "bigint") return new Decimal(BigInt(v), 0);
  if (v instanceof Decimal) return v;
  if (v instanceof Double) return decimalFromDouble(v.value);
  if (typeof v === "string") return stringToDecimal(v, ctx);
  if (v instanceof Bytes) return stringToDecimal(bytesToText(v), ctx);
  if (v instanceof Temporal) {
    const n = temporalToNumeric(v);
    return typeof n === "number" ? new Decimal(BigInt(n), 0) : n;
  }
  const n = jsonToNumeric(v, ctx);
  return toDecimal(n, ctx);
}

/** Three-valued truth of a value in a boolean context (WHERE, IF, AND...): NULL is unknown, zero is false. */
export function truth(v: Value, ctx: ExecContext): boolean | null {
  if (v === null) return null;
  if (typeof v === "number") return v !== 0;
  if (typeof v === "bigint") return v !== 0n;
  if (v instanceof Decimal) return v.unscaled !== 0n;
  if (v instanceof Double) return v.value !== 0;
  if (v instanceof JsonValue) {
    const n = jsonToNumeric(v, ctx);
    return truth(n, ctx);
  }
  if (v instanceof Temporal) {
    const n = temporalToNumeric(v);
    return typeof n === "number" ? n !== 0 : n.unscaled !== 0n;
  }
  return toDouble(v, ctx) !== 0;
}

/** The SQL boolean of a JS boolean or null: 1, 0 or NULL. */
export function sqlBool(b: boolean | null): Value {
  return b === null ? null : b ? 1 : 0;
}
