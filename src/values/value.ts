// The runtime representation of SQL values.
//
// Integers are the common case in stored programs (loop counters, positions), so they are plain JS numbers while they
// are safe integers and BigInt only outside that range: every integer operation must normalise a result that fits
// back to `number`. That keeps the seed's character loop on V8's fast path. DOUBLE is therefore a wrapper class;
// doubles are rare in stored programs.
//
//   null        SQL NULL
//   number      an integer in the safe range (never a fraction, never NaN)
//   bigint      an integer outside the safe range: signed 64-bit, or unsigned up to 2^64-1
//   string      a character string (utf8mb4)
//   Bytes       a binary string (X'..', UNHEX, BINARY casts, BLOB columns)
//   Double      a DOUBLE (or FLOAT) value
//   Decimal     an exact DECIMAL: unscaled * 10^-scale
//   Temporal    DATE, DATETIME or TIME, kept in MySQL's canonical text form
//   JsonValue   a value of MySQL's JSON type
//
// Whether an integer is UNSIGNED is static type information (see src/compile/types.ts), not part of the value,
// except that a bigint above 2^63-1 can only be unsigned.

/**
 * A DOUBLE. `decimals` is the number of digits after the point MySQL prints for it (Item::decimals): PI() has 6,
 * ROUND(x, 2) has 2, and an expression over such values keeps the largest (a quotient adds div_precision_increment).
 * `undefined` is MySQL's NOT_FIXED_DEC (31): the shortest text that reads back as the same double, as for columns,
 * literals with an exponent, strings in numeric context and most functions. MySQL drops it when the value is stored in
 * a column or a variable. Comparisons and arithmetic use `value` only.
 *
 * `single` marks a value of MySQL's FLOAT type (a FLOAT column or variable, CAST AS FLOAT): `value` is then a
 * single-precision number, and it prints with 6 significant digits (PI() stored in a FLOAT shows 3.14159), while
 * arithmetic on it gives a DOUBLE that prints the double's digits (3.1415927410125732).
 */
export class Double {
  constructor(
    readonly value: number,
    readonly decimals?: number,
    readonly single?: true,
  ) {}
}

/**
 * Whether a FLOAT type spec is single precision: FLOAT and FLOAT(M,D) are, FLOAT(p) only up to p = 24 (above it
 * MySQL makes the column a DOUBLE).
 */
export function isSingleFloat(t: {
  readonly name: string;
  readonly length?: number;
  readonly scale?: number;
}): boolean {
  return t.name === "FLOAT" && (t.scale !== undefined || t.length === undefined || t.length <= 24);
}

export class Decimal {
  /** The value is `unscaled * 10^-scale`; `scale` is the number of digits after the point that MySQL would print. */
  constructor(
    readonly unscaled: bigint,
    readonly scale: number,
  ) {}
}

export class Bytes {
  constructor(readonly bytes: Uint8Array) {}
}

export type TemporalType = "DATE" | "DATETIME" | "TIME";

export class Temporal {
  /** `text` is the canonical form MySQL prints: `2026-11-26`, `2026-11-26 17:45:00[.ffffff]`, `-838:59:59`. */
  constructor(
    readonly type: TemporalType,
    readonly text: string,
  ) {}
}

/** A JSON document: `value` is the parsed tree (objects as Map to keep key order rules explicit). */
export class JsonValue {
  constructor(readonly value: unknown) {}
}

export type Value = null | number | bigint | string | Bytes | Double | Decimal | Temporal | JsonValue;
