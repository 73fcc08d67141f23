// Ordering and grouping of values for ORDER BY, GROUP BY, DISTINCT, UNION and MIN/MAX.
//
// Strings compare under the static type's collation (src/values/collation.ts). Grouping needs a hashable key that is
// equal exactly when the collation says two strings are equal; the keys here fold case, accents and (for PAD SPACE
// collations) trailing spaces, which matches the collations for everything but multi-letter expansions ('ß' = 'ss').

import type { StaticType } from "../compile/types.ts";
import { collation as collationNamed, compareBytes } from "../values/collation.ts";
import { compareTemporals } from "../values/compare.ts";
import { decimalToDouble } from "../values/decimal.ts";
import { render } from "../values/render.ts";
import { Bytes, Decimal, Double, JsonValue, Temporal, type Value } from "../values/value.ts";
import type { QueryValues } from "./env.ts";

type Num = number | bigint | Decimal | Double;

function isNum(v: Value): v is Num {
  return typeof v === "number" || typeof v === "bigint" || v instanceof Decimal || v instanceof Double;
}

function compareNum(a: Num, b: Num): number {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  if (a instanceof Double || b instanceof Double) {
    const x = a instanceof Double ? a.value : a instanceof Decimal ? decimalToDouble(a) : Number(a);
    const y = b instanceof Double ? b.value : b instanceof Decimal ? decimalToDouble(b) : Number(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  // Exact values: compare as scaled integers.
  const da = a instanceof Decimal ? a : new Decimal(BigInt(a as number | bigint), 0);
  const db = b instanceof Decimal ? b : new Decimal(BigInt(b as number | bigint), 0);
  const s = Math.max(da.scale, db.scale);
  const x = da.unscaled * 10n ** BigInt(s - da.scale);
  const y = db.unscaled * 10n ** BigInt(s - db.scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

function text(v: Exclude<Value, null>): string {
  return render(v) ?? "";
}

function collationOf(type: StaticType): string {
  return type.kind === "string" ? type.collation : "utf8mb4_0900_ai_ci";
}

export function compareValues(a: Value, b: Value, type: StaticType): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  if (isNum(a) && isNum(b)) return compareNum(a, b);
  if (a instanceof Bytes && b instanceof Bytes) return compareBytes(a.bytes, b.bytes);
  if (typeof a === "string" && typeof b === "string") return Math.sign(collationNamed(collationOf(type)).compare(a, b));
  if (a instanceof Temporal && b instanceof Temporal) {
    const c = compareTemporals(a, b);
    if (c !== null) return c;
    return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
  }
  // Mixed kinds (a column of unknown type): numbers before strings, then by rendered text.
  if (isNum(a) !== isNum(b)) return isNum(a) ? -1 : 1;
  return Math.sign(collationNamed(collationOf(type)).compare(text(a), text(b)));
}

function fold(s: string, collationName: string): string {
  const c = collationNamed(collationName);
  if (c.exact) return c.padSpace ? s.replace(/ +$/, "") : s;
  const folded = s.normalize("NFD").replace(/\p{M}/gu, "").replace(/ß/g, "ss").toLowerCase();
  return c.padSpace ? folded.replace(/ +$/, "") : folded;
}

function numKey(v: Num): string {
  if (v instanceof Double) return `n${v.value}`;
  if (v instanceof Decimal) {
    let u = v.unscaled;
    let s = v.scale;
    while (s > 0 && u % 10n === 0n) {
      u /= 10n;
      s--;
    }
    return s === 0 ? `n${u}` : `n${u}e-${s}`;
  }
  return `n${v}`;
}

export function groupKey(v: Value, type: StaticType): string {
  if (v === null) return "\u0000";
  // A UNION column of string type holds the other parts' numbers as their text.
  if (type.kind === "string" && typeof v !== "string" && !(v instanceof Bytes))
    return `s${fold(text(v), type.collation)}`;
  if (isNum(v)) return numKey(v);
  if (typeof v === "string") return `s${fold(v, collationOf(type))}`;
  if (v instanceof Bytes) return `b${Buffer.from(v.bytes).toString("hex")}`;
  if (v instanceof Temporal) return `t${v.text}`;
  if (v instanceof JsonValue) return `j${JSON.stringify(v.value)}`;
  return `?${String(v)}`;
}

/** The type of a UNION column: MySQL's aggregation of the parts' types (Item_type_holder). */
export function unionType(a: StaticType, b: StaticType): StaticType {
  if (a.kind === "null") return b;
  if (b.kind === "null") return a;
  if (a.kind === "any" || b.kind === "any") return { kind: "any" };
  if (a.kind === "int" && b.kind === "int") return { kind: "int", unsigned: a.unsigned && b.unsigned };
  const exact = (t: StaticType) => t.kind === "int" || t.kind === "decimal";
  if (exact(a) && exact(b)) {
    const scale = Math.max(a.kind === "decimal" ? a.scale : 0, b.kind === "decimal" ? b.scale : 0);
    return { kind: "decimal", scale };
  }
  const numeric = (t: StaticType) => exact(t) || t.kind === "double";
  if (numeric(a) && numeric(b)) return { kind: "double" };
  if (a.kind === "temporal" && b.kind === "temporal" && a.type === b.type) return a;
  if (a.kind === "json" && b.kind === "json") return a;
  if (a.kind === "string") return a;
  if (b.kind === "string") return b;
  return { kind: "string", collation: "utf8mb4_0900_ai_ci", binary: false };
}

export const queryValues: QueryValues = { compare: compareValues, groupKey, unionType };
