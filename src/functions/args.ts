// Argument conversions shared by the builtins, and the static types they return.
//
// The coercion rules themselves (string prefixes, warnings 1292) belong to src/values/coerce.ts; this module only
// adapts them to what a builtin needs: a JS number for a position or a count, a string for text.

import type { ExecContext, StaticType } from "../compile/types.ts";
import { toDouble, toInteger, toText } from "../values/coerce.ts";
import { Bytes, type Value } from "../values/value.ts";

export const DEFAULT_COLLATION = "utf8mb4_0900_ai_ci";
export const INT: StaticType = { kind: "int", unsigned: false };
export const UINT: StaticType = { kind: "int", unsigned: true };
export const DOUBLE: StaticType = { kind: "double" };
export const TEXT: StaticType = { kind: "string", collation: DEFAULT_COLLATION, binary: false };
export const BINARY: StaticType = { kind: "string", collation: "binary", binary: true };
export const JSON_T: StaticType = { kind: "json" };
export const DATETIME: StaticType = { kind: "temporal", type: "DATETIME" };
export const DATE: StaticType = { kind: "temporal", type: "DATE" };

export const intType = (): StaticType => INT;
export const doubleType = (): StaticType => DOUBLE;

/** The string type of a result built from `args`: binary if any argument is binary, else the first string's collation. */
export function stringResult(args: readonly StaticType[]): StaticType {
  let first: StaticType | undefined;
  for (const a of args) {
    if (a.kind === "string") {
      if (a.binary) return BINARY;
      first ??= a;
    }
  }
  return first ?? TEXT;
}

/** True when comparisons between these arguments are exact (a binary string, or a _bin/_cs collation). */
export function caseSensitive(types: readonly StaticType[]): boolean {
  for (const t of types) {
    if (t.kind === "string" && (t.binary || t.collation.endsWith("_bin") || t.collation.endsWith("_cs"))) return true;
  }
  return false;
}

/** A position, length or count argument as a JS number; values beyond 2^53 are clamped (no string is that long). */
export function argInt(v: Value, ctx: ExecContext): number {
  if (typeof v === "number") return v;
  const i = toInteger(v, ctx);
  if (i === null) return 0;
  if (typeof i === "bigint") return i > 0n ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER;
  return i;
}

export function argDouble(v: Value, ctx: ExecContext): number {
  if (typeof v === "number") return v;
  return toDouble(v, ctx) ?? 0;
}

export function argText(v: Value): string {
  return typeof v === "string" ? v : v === null ? "" : toText(v);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

export function fromUtf8(b: Uint8Array): string {
  return decoder.decode(b);
}

/** The bytes of a value as a binary string sees them. */
export function argBytes(v: Value): Uint8Array {
  return v instanceof Bytes ? v.bytes : utf8(argText(v));
}
