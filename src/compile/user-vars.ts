// User variables and the static type MySQL gives a reference to one.
//
// MySQL 8 types `@v` when the statement that reads it is resolved (Item_func_get_user_var::resolve_type), from what
// the variable's entry holds then: an integer is BIGINT (UNSIGNED when the value assigned was), a DECIMAL is
// DECIMAL(65,30), a DOUBLE is a DOUBLE with unspecified decimals, a string keeps its collation. A variable that was
// never assigned has no entry: since 8.0.22 it takes its type from the context, as a `?` parameter does (ROUND's
// argument becomes a DECIMAL, IF's branch the other branch's type); spbed leaves such a reference typed at run time,
// which gives the same answers for the NULL it holds. An entry keeps its type when a NULL literal is assigned
// (Item_func_set_user_var::update_hash) and takes the expression's type for any other NULL (CAST(NULL AS SIGNED) is
// an integer NULL).
//
// A statement keeps the types it was resolved with; a value assigned later (`SELECT @a := 'x', @a + 1` with @a an
// integer before the statement) is read converted to them, as user_var_entry::val_int/val_real/val_str convert.

import { bytesToText, doublePrefix, normInt, toText } from "../values/coerce.ts";
import { DEFAULT_COLLATION_NAME } from "../values/collation.ts";
import { decimalFromDouble, decimalToInteger, MAX_SCALE, parseDecimal } from "../values/decimal.ts";
import { scanFloatPrefix, scanIntPrefix } from "../values/numtext.ts";
import { Bytes, Decimal, Double, Temporal, type Value } from "../values/value.ts";
import { T_ANY, T_BINARY, T_DOUBLE, T_INT, T_UINT, tDecimal, tString } from "./node.ts";
import type { StaticType } from "./types.ts";

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** The type of a DECIMAL user variable in an expression: DECIMAL(65, DECIMAL_MAX_SCALE). */
export const T_USER_DECIMAL = tDecimal(MAX_SCALE);

/** The session's user variables: values by lower-case name, and the type each entry has. */
export class UserVariables extends Map<string, Value> {
  private readonly types = new Map<string, StaticType>();

  /**
   * Assigns as SET does. `exprType` is the static type of the expression assigned: it decides the type of a NULL
   * and whether an integer is UNSIGNED and a string's collation; `null` is the NULL literal, which keeps the entry's type.
   */
  assign(name: string, value: Value, exprType?: StaticType): void {
    super.set(name, value);
    const t = entryType(value, exprType, this.types.get(name));
    this.types.set(name, t);
  }

  /** A plain set() assigns a value whose expression type is not known. */
  override set(name: string, value: Value): this {
    this.assign(name, value);
    return this;
  }

  override delete(name: string): boolean {
    this.types.delete(name);
    return super.delete(name);
  }

  override clear(): void {
    this.types.clear();
    super.clear();
  }

  /** The static type of `@name` in a statement resolved now; `any` for a variable never assigned. */
  typeOf(name: string): StaticType {
    return this.types.get(name) ?? T_ANY;
  }
}

/** What the session offers the expression compiler: the type each variable has when a statement is resolved. */
export interface UserVarTypes {
  typeOf(name: string): StaticType;
}

function entryType(value: Value, exprType: StaticType | undefined, previous: StaticType | undefined): StaticType {
  if (value === null) {
    if (exprType === undefined || exprType.kind === "null") return previous ?? T_BINARY;
    return typeOfNull(exprType);
  }
  if (typeof value === "number") return exprType?.kind === "int" && exprType.unsigned ? T_UINT : T_INT;
  if (typeof value === "bigint")
    return value > INT64_MAX || (exprType?.kind === "int" && exprType.unsigned) ? T_UINT : T_INT;
  if (value instanceof Decimal) return T_USER_DECIMAL;
  if (value instanceof Double) return T_DOUBLE;
  if (value instanceof Bytes) return T_BINARY;
  if (typeof value === "string") return exprType?.kind === "string" ? exprType : tString(DEFAULT_COLLATION_NAME);
  // Temporal and JSON values keep their runtime form in spbed; they are typed at run time.
  return T_ANY;
}

function typeOfNull(t: StaticType): StaticType {
  switch (t.kind) {
    case "int":
      return t.unsigned ? T_UINT : T_INT;
    case "decimal":
      return T_USER_DECIMAL;
    case "double":
      return T_DOUBLE;
    case "string":
      return t;
    default:
      return T_ANY;
  }
}

/**
 * A variable's current value read as the type the statement was resolved with, converting silently as MySQL's
 * user_var_entry does when the entry's type changed since: a string read as an integer takes its leading digits
 * (my_strtoll10: 'test' is 0), a DOUBLE is truncated into BIGINT's range, a DECIMAL rounds.
 */
export function readAs(v: Value, t: StaticType): Value {
  if (v === null) return null;
  switch (t.kind) {
    case "int":
      return asInteger(v);
    case "decimal":
      return asDecimal(v);
    case "double":
      if (v instanceof Double) return v;
      if (typeof v === "number" || typeof v === "bigint") return new Double(Number(v));
      if (v instanceof Decimal) return new Double(Number(toText(v)));
      return new Double(doublePrefix(textOf(v)));
    case "string":
      if (typeof v === "string" || v instanceof Bytes) return v;
      return toText(v);
    default:
      return v;
  }
}

function textOf(v: Exclude<Value, null>): string {
  return v instanceof Bytes ? bytesToText(v) : toText(v);
}

function asInteger(v: Exclude<Value, null>): Value {
  if (typeof v === "number" || typeof v === "bigint") return v;
  if (v instanceof Double) {
    const x = v.value;
    if (x <= -(2 ** 63)) return INT64_MIN;
    if (x >= 2 ** 63) return INT64_MAX;
    return Math.trunc(x) || 0;
  }
  if (v instanceof Decimal) return normInt(decimalToInteger(v));
  const s = textOf(v);
  const p = scanIntPrefix(s);
  if (p.begin < 0) return 0;
  const n = BigInt(s.slice(p.begin, p.end));
  return normInt(n < INT64_MIN ? INT64_MIN : n > INT64_MAX ? INT64_MAX : n);
}

function asDecimal(v: Exclude<Value, null>): Value {
  if (v instanceof Decimal) return v;
  if (typeof v === "number" || typeof v === "bigint") return new Decimal(BigInt(v), 0);
  if (v instanceof Double) return decimalFromDouble(v.value);
  if (v instanceof Temporal) return parseDecimal(v.text.replace(/[^0-9.]/g, "") || "0");
  const s = textOf(v);
  const p = scanFloatPrefix(s);
  return p.begin < 0 ? new Decimal(0n, 0) : parseDecimal(s.slice(p.begin, p.end));
}
