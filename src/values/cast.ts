// CAST(x AS type) and CONVERT(x, type), with MySQL's warnings:
//   SIGNED / UNSIGNED   string prefixes warn 1292 'Truncated incorrect INTEGER value'; UNSIGNED wraps negatives
//   DECIMAL(p, s)        rounds half away from zero; too many integer digits clamp to 99.9.. with warning 1264
//   CHAR(n) / BINARY(n)  truncate with warning 1292 'Truncated incorrect CHAR(n) value'; BINARY(n) pads with zeros
//   DOUBLE / FLOAT       string prefixes warn 'Truncated incorrect DOUBLE value'
//   DATE / DATETIME / TIME  invalid input is NULL with warning 1292 'Incorrect datetime value'
//   JSON                 strings are parsed as JSON documents (error 3141 when invalid), other values wrapped

import type { CastType } from "../ast.ts";
import type { ExecContext, StaticType } from "../compile/types.ts";
import { SqlError } from "../errors.ts";
import { type NonNullValue, normInt, textToBytes, toDecimal, toDouble, toInt64, toText, toUint64 } from "./coerce.ts";
import { defaultCollationOf } from "./collation.ts";
import { integerDigits, pow10, rescale } from "./decimal.ts";
import { parseJson } from "./json-parse.ts";
import { convertTemporal, parseTemporal } from "./temporal.ts";
import { readTime, timeOf } from "./time-text.ts";
import { Bytes, Decimal, Double, isSingleFloat, JsonValue, Temporal, type TemporalType, type Value } from "./value.ts";

/** The static type a CAST produces. */
export function castStaticType(t: CastType, collationConnection: string): StaticType {
  switch (t.name) {
    case "SIGNED":
      return { kind: "int", unsigned: false };
    case "UNSIGNED":
      return { kind: "int", unsigned: true };
    case "DECIMAL":
      return { kind: "decimal", scale: t.scale ?? 0 };
    case "DOUBLE":
    case "FLOAT":
      return isSingleFloat(t) ? { kind: "double", single: true } : { kind: "double" };
    case "CHAR": {
      const coll = t.charset ? (defaultCollationOf(t.charset) ?? collationConnection) : collationConnection;
      return { kind: "string", collation: coll, binary: coll === "binary" };
    }
    case "BINARY":
      return { kind: "string", collation: "binary", binary: true };
    case "DATE":
    case "DATETIME":
    case "TIME":
      return { kind: "temporal", type: t.name };
    case "JSON":
      return { kind: "json" };
  }
}

/** The text MySQL puts in cast warnings as the column name: `CAST(1000 AS DECIMAL(3,1))`. */
export type CastDescribe = () => string;

function incorrectDatetime(v: NonNullValue, ctx: ExecContext): null {
  ctx.session.warn(1292, "22007", `Incorrect datetime value: '${toText(v)}'`);
  return null;
}

function castTemporal(v: NonNullValue, type: TemporalType, fsp: number, ctx: ExecContext): Value {
  if (v instanceof Temporal) return convertTemporal(v, type, fsp) ?? incorrectDatetime(v, ctx);
  let text: string;
  if (v instanceof Double) text = String(Math.trunc(v.value));
  else if (v instanceof Decimal) text = toText(v).replace(/\.\d*$/, "");
  else text = toText(v);
  if (type === "TIME") return castTime(text, fsp, ctx) ?? incorrectDatetime(v, ctx);
  return parseTemporal(text, type, fsp) ?? incorrectDatetime(v, ctx);
}

/**
 * Text to TIME through the shared reader (time-text.ts): a text that only starts with a number, or hours past 838
 * (clipped to 838:59:59), warn 1292 'Truncated incorrect time value'.
 */
function castTime(text: string, fsp: number, ctx: ExecContext): Temporal | undefined {
  const r = readTime(text, true);
  if (r === null) return undefined;
  const t = timeOf(r, fsp);
  if (t.clipped || r.truncated) ctx.session.warn(1292, "22007", `Truncated incorrect time value: '${text}'`);
  return t.value;
}

function castDecimal(v: NonNullValue, t: CastType, ctx: ExecContext, describe: CastDescribe): Value {
  const precision = t.length ?? 10;
  const scale = t.scale ?? 0;
  const d = toDecimal(v, ctx) as Decimal;
  const r = rescale(d, scale);
  if (integerDigits(r) > precision - scale && r.unscaled !== 0n) {
    ctx.session.warn(1264, "22003", `Out of range value for column '${describe()}' at row 1`);
    const max = pow10(precision) - 1n;
    return new Decimal(r.unscaled < 0n ? -max : max, scale);
  }
  return r;
}

function castChar(v: NonNullValue, t: CastType, ctx: ExecContext): Value {
  const binary = t.name === "BINARY" || t.charset?.toLowerCase() === "binary";
  if (binary) {
    const bytes = v instanceof Bytes ? v.bytes : textToBytes(toText(v)).bytes;
    if (t.length === undefined) return v instanceof Bytes ? v : new Bytes(bytes);
    if (bytes.length > t.length) {
      ctx.session.warn(1292, "22007", `Truncated incorrect BINARY(${t.length}) value: '${toText(v)}'`);
      return new Bytes(bytes.slice(0, t.length));
    }
    if (bytes.length < t.length) {
      const padded = new Uint8Array(t.length);
      padded.set(bytes);
      return new Bytes(padded);
    }
    return new Bytes(bytes);
  }
  const s = toText(v);
  if (t.length !== undefined) {
    const chars = [...s];
    if (chars.length > t.length) {
      ctx.session.warn(1292, "22007", `Truncated incorrect CHAR(${t.length}) value: '${s}'`);
      return chars.slice(0, t.length).join("");
    }
  }
  return s;
}

function castJson(v: NonNullValue): Value {
  if (v instanceof JsonValue) return v;
  if (typeof v === "string" || v instanceof Bytes) {
    const text = toText(v);
    const parsed = parseJson(text);
    if (!parsed.ok) {
      throw new SqlError(
        3141,
        "22032",
        `Invalid JSON text in argument 1 to function cast_as_json: "${parsed.message}" at position ${parsed.position}.`,
      );
    }
    return new JsonValue(parsed.value);
  }
  if (typeof v === "number" || typeof v === "bigint") return new JsonValue(v);
  if (v instanceof Double) return new JsonValue(v);
  if (v instanceof Decimal) return new JsonValue(v);
  return new JsonValue(v.text);
}

/** Evaluates a cast of a non-NULL value (NULL casts to NULL before this is called). */
export function castValue(v: NonNullValue, t: CastType, ctx: ExecContext, describe: CastDescribe): Value {
  switch (t.name) {
    case "SIGNED":
      return normInt(toInt64(v, ctx) as bigint);
    case "UNSIGNED":
      return normInt(toUint64(v, ctx) as bigint);
    case "DECIMAL":
      return castDecimal(v, t, ctx, describe);
    case "DOUBLE":
      return new Double(toDouble(v, ctx) as number);
    case "FLOAT":
      // CAST AS FLOAT is single precision unless FLOAT(p) asks for more than 24 bits.
      return isSingleFloat(t)
        ? new Double(Math.fround(toDouble(v, ctx) as number), undefined, true)
        : new Double(toDouble(v, ctx) as number);
    case "CHAR":
    case "BINARY":
      return castChar(v, t, ctx);
    case "DATE":
    case "DATETIME":
    case "TIME":
      return castTemporal(v, t.name, t.name === "DATE" ? 0 : (t.scale ?? t.length ?? 0), ctx);
    case "JSON":
      return castJson(v);
  }
}
