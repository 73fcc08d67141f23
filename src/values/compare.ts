// Comparison of two runtime values under MySQL's type-conversion rules (type-conversion.html):
// two strings compare as strings under the collation (binary strings byte by byte); two integers as integers;
// integers and DECIMALs exactly; a temporal with a string as temporals; everything else as DOUBLE, so that
// `'1abc' = 1` is true with warning 1292. NULL handling is the caller's: these functions take non-NULL values.

import type { ExecContext } from "../compile/types.ts";
import { bytesToText, type NonNullValue, toDouble, toText } from "./coerce.ts";
import { type Collation, compareBytes } from "./collation.ts";
import { relaxedDateParts } from "./date-constant.ts";
import { compare as compareDecimal, decimalToDouble } from "./decimal.ts";
import { jsonText } from "./json-text.ts";
import { Bytes, Decimal, Double, JsonValue, Temporal } from "./value.ts";

/** How two values are compared; chosen at compile time when both static types are known. */
export type CompareMode = "int" | "decimal" | "double" | "string" | "binary" | "temporal" | "dynamic";

export function compareInts(a: number | bigint, b: number | bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareNumbers(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function asDecimal(v: number | bigint | Decimal): Decimal {
  return v instanceof Decimal ? v : new Decimal(BigInt(v), 0);
}

function isInt(v: NonNullValue): v is number | bigint {
  return typeof v === "number" || typeof v === "bigint";
}

function asBytes(v: NonNullValue): Uint8Array {
  return v instanceof Bytes ? v.bytes : new TextEncoder().encode(toText(v));
}

/** Canonical text of a date-looking string for comparison with a Temporal: '2026-1-2' → '2026-01-02 00:00:00'. */
function temporalKey(s: string): string | null {
  const p = relaxedDateParts(s);
  if (p === null) return null;
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  const frac = p.frac.replace(/0+$/, "");
  return `${pad(p.y, 4)}-${pad(p.m)}-${pad(p.d)} ${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}${frac === "" ? "" : `.${frac}`}`;
}

function temporalText(t: Temporal): string {
  if (t.type === "DATE") return `${t.text} 00:00:00`;
  return t.text.includes(".") ? t.text.replace(/0+$/, "").replace(/\.$/, "") : t.text;
}

/** A TIME's signed length in microseconds: '-01:00:00' < '10:00:00' < '100:00:00', which their texts do not say. */
function timeMicros(text: string): number {
  const m = /^(-)?(\d+):(\d{2}):(\d{2})(?:\.(\d{1,6}))?$/.exec(text);
  if (m === null) return 0;
  const us = ((Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4])) * 1_000_000 + Number((m[5] ?? "").padEnd(6, "0"));
  return m[1] === "-" ? -us : us;
}

/**
 * Orders two temporal values as MySQL's packed temporal integers do: TIMEs by signed length, DATE and DATETIME by
 * their point in time (a DATE is its midnight); null for a TIME against a date, which this comparison does not cover.
 */
export function compareTemporals(a: Temporal, b: Temporal): number | null {
  if (a.type === "TIME" || b.type === "TIME") {
    if (a.type !== b.type) return null;
    return compareNumbers(timeMicros(a.text), timeMicros(b.text));
  }
  const x = temporalText(a);
  const y = temporalText(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Compares a Temporal with another Temporal or a string; null when the string is not a date (then compare as DOUBLE). */
function compareTemporal(a: Temporal, b: NonNullValue): number | null {
  if (b instanceof Temporal) return compareTemporals(a, b);
  if (typeof b !== "string" || a.type === "TIME") return null;
  const key = temporalKey(b);
  if (key === null) return null;
  const x = temporalText(a);
  return x < key ? -1 : x > key ? 1 : 0;
}

/** Compares any two non-NULL values by their runtime kinds, following the rules above. */
export function compareDynamic(a: NonNullValue, b: NonNullValue, coll: Collation, ctx: ExecContext): number {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === "string" && typeof b === "string") return coll.compare(a, b);
  if (isInt(a) && isInt(b)) return compareInts(a, b);
  const aStr = typeof a === "string" || a instanceof Bytes;
  const bStr = typeof b === "string" || b instanceof Bytes;
  if (aStr && bStr) return compareBytes(asBytes(a), asBytes(b));
  if ((isInt(a) || a instanceof Decimal) && (isInt(b) || b instanceof Decimal)) {
    return compareDecimal(asDecimal(a), asDecimal(b));
  }
  if (a instanceof Temporal) {
    const r = compareTemporal(a, b);
    if (r !== null) return r;
  } else if (b instanceof Temporal) {
    const r = compareTemporal(b, a);
    if (r !== null) return -r;
  }
  if (a instanceof JsonValue || b instanceof JsonValue) {
    const x = a instanceof JsonValue ? unwrapJson(a) : a;
    const y = b instanceof JsonValue ? unwrapJson(b) : b;
    if (x === null || y === null) {
      const s = a instanceof JsonValue ? jsonText(a.value) : toText(a);
      const t = b instanceof JsonValue ? jsonText(b.value) : toText(b);
      return s < t ? -1 : s > t ? 1 : 0;
    }
    return compareDynamic(x, y, coll, ctx);
  }
  return compareNumbers(doubleOf(a, ctx), doubleOf(b, ctx));
}

function doubleOf(v: NonNullValue, ctx: ExecContext): number {
  if (typeof v === "number") return v;
  if (v instanceof Double) return v.value;
  if (v instanceof Decimal) return decimalToDouble(v);
  if (v instanceof Bytes) return toDouble(bytesToText(v), ctx) ?? 0;
  return toDouble(v, ctx) ?? 0;
}

/** A JSON scalar as a plain value (strings, numbers, booleans as 1/0); null for arrays, objects and JSON null. */
function unwrapJson(j: JsonValue): NonNullValue | null {
  const v = j.value;
  if (typeof v === "string" || typeof v === "bigint") return v;
  if (typeof v === "number") return Number.isInteger(v) ? v : new Double(v);
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof Double || v instanceof Decimal) return v;
  return null;
}
