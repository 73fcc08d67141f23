// Comparison of two runtime values under MySQL's type-conversion rules (type-conversion.html):
// two strings compare as strings under the collation (binary strings byte by byte); two integers as integers;
// integers and DECIMALs exactly; a temporal with a string as temporals; everything else as DOUBLE, so that
// `'1abc' = 1` is true with warning 1292. NULL handling is the caller's: these functions take non-NULL values.

import type { ExecContext } from "../compile/types.ts";
import { bytesToText, type NonNullValue, temporalToNumeric, toDouble, toText } from "./coerce.ts";
import { type Collation, compareBytes } from "./collation.ts";
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

/** Canonical text of a temporal-looking string for comparison with a Temporal: '2026-1-2' → '2026-01-02'. */
function temporalKey(s: string): string | null {
  const m =
    /^\s*(\d{1,4})[-/.:](\d{1,2})[-/.:](\d{1,2})(?:[ T]+(\d{1,2})(?::(\d{1,2})(?::(\d{1,2})(\.\d+)?)?)?)?\s*$/.exec(s);
  if (m) {
    const pad = (x: string | undefined) => (x ?? "0").padStart(2, "0");
    const date = `${m[1].padStart(4, "0")}-${pad(m[2])}-${pad(m[3])}`;
    return `${date} ${pad(m[4])}:${pad(m[5])}:${pad(m[6])}${(m[7] ?? "").replace(/0+$/, "").replace(/\.$/, "")}`;
  }
  return null;
}

function temporalText(t: Temporal): string {
  if (t.type === "DATE") return `${t.text} 00:00:00`;
  return t.text.replace(/\.?0+$/, (x) => (x.startsWith(".") ? "" : x));
}

/** Compares a Temporal with another Temporal or a string; null when the string is not a date (then compare as DOUBLE). */
function compareTemporal(a: Temporal, b: NonNullValue): number | null {
  if (b instanceof Temporal) {
    if (a.type === "TIME" || b.type === "TIME") {
      if (a.type !== b.type) return null;
      return compareNumbers(Number(temporalToNumeric(a)), Number(temporalToNumeric(b)));
    }
    const x = temporalText(a);
    const y = temporalText(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
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
