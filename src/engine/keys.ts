// Index keys: equality and order of key values as a column's collation sees them.
//
// spbed's values layer owns general comparison; indexes need only two things per column type, decided once when a
// table is created: an equality key (a string, so a unique index is a Map) and an order (for the clustered
// primary-key order). The collation model is deliberately small: utf8mb4_0900_ai_ci folds case and accents (NFD
// without combining marks, lower case) and is NO PAD, utf8mb4_general_ci and other *_ci collations fold case and
// are PAD SPACE, *_bin and binary strings compare bytes. Expansions such as 'ß' = 'ss' are not modelled in the
// equality key; the order uses src/values/collation.ts.

import type { DataType } from "../ast.ts";
import { collation as findCollationOrDefault } from "../values/collation.ts";
import { Bytes, Decimal, Double, JsonValue, Temporal, type Value } from "../values/value.ts";

export type KeyPart = (v: Value) => string;
export type Compare = (a: Value, b: Value) => number;

const STRING_TYPES = new Set(["CHAR", "VARCHAR", "TINYTEXT", "TEXT", "MEDIUMTEXT", "LONGTEXT", "ENUM"]);

/** The collation of a string column: its own, or the table default. */
export function columnCollation(type: DataType, tableCollation: string): string {
  if (type.collation) return type.collation.toLowerCase();
  if (type.charset && type.charset.toLowerCase() === "binary") return "binary";
  return tableCollation.toLowerCase();
}

/** Folds a string for comparison under `collation`. */
export function collationFold(s: string, collation: string): string {
  if (collation.endsWith("_bin") || collation === "binary") {
    return collation.endsWith("_bin") && !collation.includes("0900") ? s.replace(/ +$/, "") : s;
  }
  const folded = s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  // 0900 collations are NO PAD: trailing spaces count. The older ones are PAD SPACE.
  return collation.includes("0900") ? folded : folded.replace(/ +$/, "");
}

function numericText(v: Value): string {
  if (typeof v === "number" || typeof v === "bigint") return String(v);
  if (v instanceof Decimal) {
    let u = v.unscaled;
    let s = v.scale;
    while (s > 0 && u % 10n === 0n) {
      u /= 10n;
      s--;
    }
    return s === 0 ? String(u) : `${u}e-${s}`;
  }
  if (v instanceof Double) return String(v.value);
  return String(v);
}

function bytesText(b: Bytes): string {
  let s = "";
  for (const x of b.bytes) s += x.toString(16).padStart(2, "0");
  return s;
}

/** The equality key of one value of a column of type `type`. NULL never reaches here (NULLs are not unique). */
export function keyPartFor(type: DataType, tableCollation: string): KeyPart {
  if (STRING_TYPES.has(type.name)) {
    const coll = columnCollation(type, tableCollation);
    return (v) => (typeof v === "string" ? collationFold(v, coll) : keyOfOther(v));
  }
  return keyOfOther;
}

function keyOfOther(v: Value): string {
  if (typeof v === "string") return v;
  if (v instanceof Bytes) return bytesText(v);
  if (v instanceof Temporal) return v.text;
  if (v instanceof JsonValue) return JSON.stringify(v.value);
  return numericText(v);
}

function sign(n: number): number {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}

function toNumberish(v: Value): number | bigint | Decimal | null {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (v instanceof Decimal) return v;
  if (v instanceof Double) return v.value;
  return null;
}

function compareNumeric(a: number | bigint | Decimal, b: number | bigint | Decimal): number {
  if (typeof a !== "object" && typeof b !== "object") {
    if (typeof a === "number" && typeof b === "number") return sign(a - b);
    if (Number.isInteger(a as number) || typeof a === "bigint") {
      if (Number.isInteger(b as number) || typeof b === "bigint") {
        const x = BigInt(a);
        const y = BigInt(b);
        return x < y ? -1 : x > y ? 1 : 0;
      }
    }
    return sign(Number(a) - Number(b));
  }
  const da = a instanceof Decimal ? a : new Decimal(BigInt(Math.trunc(Number(a))), 0);
  const db = b instanceof Decimal ? b : new Decimal(BigInt(Math.trunc(Number(b))), 0);
  const s = Math.max(da.scale, db.scale);
  const x = da.unscaled * 10n ** BigInt(s - da.scale);
  const y = db.unscaled * 10n ** BigInt(s - db.scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Order of two non-NULL values of one column (NULL sorts first, as InnoDB does). */
export function compareFor(type: DataType, tableCollation: string): Compare {
  const part = keyPartFor(type, tableCollation);
  const coll = STRING_TYPES.has(type.name) ? findCollationOrDefault(columnCollation(type, tableCollation)) : undefined;
  return (a, b) => {
    if (coll && typeof a === "string" && typeof b === "string") return sign(coll.compare(a, b));
    if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
    const na = toNumberish(a);
    const nb = toNumberish(b);
    if (na !== null && nb !== null) return compareNumeric(na, nb);
    const ka = part(a);
    const kb = part(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
}
