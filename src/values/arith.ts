// Arithmetic on runtime numerics with MySQL's result types and errors.
//
// The result type follows Item_num_op: DOUBLE if either side is DOUBLE (strings count as DOUBLE), otherwise DECIMAL if
// either side is DECIMAL, otherwise BIGINT, UNSIGNED when either side is (for %, when the dividend is). `/` of exact
// values is DECIMAL. Integer results outside 64 bits raise 1690, a DOUBLE that overflows raises 1690 too, and
// division by zero is NULL with warning 1365 (an error when strict mode applies to a stored value).

import type { ExecContext } from "../compile/types.ts";
import { SqlError } from "../errors.ts";
import { type Numeric, normInt } from "./coerce.ts";
import * as dec from "./decimal.ts";
import { Decimal, Double, type Value } from "./value.ts";

export type ArithOp = "+" | "-" | "*" | "/" | "DIV" | "%";

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

/** What an arithmetic node knows statically; the values themselves decide the rest. */
export interface ArithSite {
  readonly op: ArithOp;
  /** Static unsignedness of integer operands (a value above 2^63-1 is unsigned anyway). */
  readonly leftUnsigned: boolean;
  readonly rightUnsigned: boolean;
  /** div_precision_increment in force when the expression was compiled. */
  readonly divIncrement: number;
  /** The expression as MySQL prints it in error 1690, e.g. `(a + b)`. */
  describe(): string;
}

export function outOfRange(type: string, site: { describe(): string }): SqlError {
  return new SqlError(1690, "22003", `${type} value is out of range in '${site.describe()}'`);
}

/**
 * Division by zero: NULL with warning 1365, or error 1365 when the value is being stored under strict mode with
 * ERROR_FOR_DIVISION_BY_ZERO (INSERT, UPDATE, assignment to a typed variable). A plain SELECT only warns.
 */
/**
 * Division by zero is NULL. Only under ERROR_FOR_DIVISION_BY_ZERO does it warn, and while storing in strict mode
 * (without IGNORE) it is an error (MySQL manual, "Server SQL Modes").
 */
export function divisionByZero(ctx: ExecContext): null {
  if (!ctx.sqlMode.includes("ERROR_FOR_DIVISION_BY_ZERO")) return null;
  if (ctx.storing && ctx.strict) throw new SqlError(1365, "22012", "Division by 0");
  ctx.session.warn(1365, "22012", "Division by 0");
  return null;
}

function isUnsignedValue(v: number | bigint, hint: boolean): boolean {
  return hint || (typeof v === "bigint" && v > INT64_MAX);
}

/** Checks that an exact integer result fits its type and normalises it. */
function fitInt(r: bigint, unsigned: boolean, site: ArithSite): number | bigint {
  if (unsigned) {
    if (r < 0n || r > UINT64_MAX) throw outOfRange("BIGINT UNSIGNED", site);
  } else if (r < INT64_MIN || r > INT64_MAX) {
    throw outOfRange("BIGINT", site);
  }
  return normInt(r);
}

/** Integer + - * DIV % on two integers. */
export function intArith(site: ArithSite, a: number | bigint, b: number | bigint, ctx: ExecContext): Value {
  const ua = isUnsignedValue(a, site.leftUnsigned);
  const ub = isUnsignedValue(b, site.rightUnsigned);
  // NO_UNSIGNED_SUBTRACTION makes a difference signed even when an operand is unsigned.
  const unsigned =
    site.op === "%" ? ua : (ua || ub) && !(site.op === "-" && ctx.sqlMode.includes("NO_UNSIGNED_SUBTRACTION"));
  if (typeof a === "number" && typeof b === "number") {
    let r: number;
    switch (site.op) {
      case "+":
        r = a + b;
        break;
      case "-":
        r = a - b;
        break;
      case "*":
        r = a * b;
        break;
      case "DIV":
        if (b === 0) return divisionByZero(ctx);
        r = Math.trunc(a / b);
        // a / b in floating point may round across an integer boundary for large operands; use BigInt then.
        if (Math.abs(a) >= 2 ** 52) r = Number(BigInt(a) / BigInt(b));
        break;
      case "%":
        if (b === 0) return divisionByZero(ctx);
        r = a % b;
        if (r === 0) r = 0; // -0 is not an integer value
        break;
      default:
        return decimalArith(site, new Decimal(BigInt(a), 0), new Decimal(BigInt(b), 0), ctx);
    }
    if (Number.isSafeInteger(r) && (!unsigned || r >= 0)) return r;
  }
  const x = BigInt(a);
  const y = BigInt(b);
  switch (site.op) {
    case "+":
      return fitInt(x + y, unsigned, site);
    case "-":
      return fitInt(x - y, unsigned, site);
    case "*":
      return fitInt(x * y, unsigned, site);
    case "DIV":
      if (y === 0n) return divisionByZero(ctx);
      return fitInt(x / y, unsigned, site);
    case "%":
      if (y === 0n) return divisionByZero(ctx);
      return fitInt(x % (y < 0n ? -y : y), unsigned || (ua && x >= 0n), site);
    default:
      return decimalArith(site, new Decimal(x, 0), new Decimal(y, 0), ctx);
  }
}

/** Internal scale of a DECIMAL quotient, as decimal_div computes it: scales rounded up to 9-digit words. */
export function divRawScale(f1: number, f2: number, increment: number): number {
  const w1 = Math.ceil(f1 / 9) * 9;
  const w2 = Math.ceil(f2 / 9) * 9;
  const incr = Math.max(0, increment - (w1 - f1) - (w2 - f2));
  return Math.min(Math.ceil((w1 + w2 + incr) / 9) * 9, 81);
}

/** DECIMAL arithmetic. `/` returns the quotient at its internal precision (truncated); the caller rounds for display. */
export function decimalArith(site: ArithSite, a: Decimal, b: Decimal, ctx: ExecContext): Value {
  switch (site.op) {
    case "+":
      return checkDecimal(dec.add(a, b), site);
    case "-":
      return checkDecimal(dec.sub(a, b), site);
    case "*":
      return checkDecimal(dec.mul(a, b), site);
    case "/": {
      if (b.unscaled === 0n) return divisionByZero(ctx);
      const scale = divRawScale(a.scale, b.scale, site.divIncrement);
      // Truncated quotient at `scale` digits: scale the dividend so that BigInt division yields them.
      const shift = scale - a.scale + b.scale;
      let n = a.unscaled;
      let m = b.unscaled;
      if (shift >= 0) n *= dec.pow10(shift);
      else m *= dec.pow10(-shift);
      return checkDecimal(new Decimal(n / m, scale), site);
    }
    case "DIV": {
      if (b.unscaled === 0n) return divisionByZero(ctx);
      return fitInt(dec.intDiv(a, b), site.leftUnsigned || site.rightUnsigned, site);
    }
    case "%":
      if (b.unscaled === 0n) return divisionByZero(ctx);
      return dec.mod(a, b);
  }
}

/** MySQL's DECIMAL holds 65 digits; anything wider is error 1690. */
function checkDecimal(d: Decimal, site: ArithSite): Decimal {
  const limit = dec.pow10(dec.MAX_PRECISION);
  if (d.unscaled >= limit || d.unscaled <= -limit) {
    // Try dropping fraction digits beyond the scale cap before giving up.
    if (d.scale > dec.MAX_SCALE) return checkDecimal(dec.rescale(d, dec.MAX_SCALE), site);
    if (dec.integerDigits(d) > dec.MAX_PRECISION) throw outOfRange("DECIMAL", site);
  }
  return d;
}

export function doubleArith(site: ArithSite, a: number, b: number, ctx: ExecContext): Value {
  let r: number;
  switch (site.op) {
    case "+":
      r = a + b;
      break;
    case "-":
      r = a - b;
      break;
    case "*":
      r = a * b;
      break;
    case "/":
      if (b === 0) return divisionByZero(ctx);
      r = a / b;
      break;
    case "%":
      if (b === 0) return divisionByZero(ctx);
      r = a % b;
      break;
    case "DIV":
      // MySQL computes DIV of inexact values through DECIMAL.
      if (b === 0) return divisionByZero(ctx);
      return decimalArith(site, dec.decimalFromDouble(a), dec.decimalFromDouble(b), ctx);
  }
  if (!Number.isFinite(r)) throw outOfRange("DOUBLE", site);
  return new Double(r);
}

function asDouble(v: Numeric): number {
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof Double) return v.value;
  return dec.decimalToDouble(v);
}

function asDecimal(v: Numeric): Decimal {
  if (v instanceof Decimal) return v;
  if (v instanceof Double) return dec.decimalFromDouble(v.value);
  return new Decimal(BigInt(v), 0);
}

/** MySQL's NOT_FIXED_DEC: display decimals of a DOUBLE printed in its shortest form. */
const NOT_FIXED_DEC = 31;

/** Item::decimals of an operand: 0 for integers, the scale of a DECIMAL, a DOUBLE's own (31 when not fixed). */
function decimalsOf(v: Numeric): number {
  if (v instanceof Double) return v.decimals ?? NOT_FIXED_DEC;
  if (v instanceof Decimal) return v.scale;
  return 0;
}

/**
 * Display decimals of a DOUBLE result (aggregate_float_properties and Item_func_div::resolve_type): the larger of
 * the operands', plus div_precision_increment for `/`; 31 or more means none (the shortest form).
 */
function resultDecimals(op: ArithOp, a: Numeric, b: Numeric, divIncrement: number): number | undefined {
  let d = Math.max(decimalsOf(a), decimalsOf(b));
  if (op === "/") d += divIncrement;
  return d >= NOT_FIXED_DEC ? undefined : d;
}

/** Any arithmetic on two non-NULL numerics, dispatching on the runtime kinds. */
export function arith(site: ArithSite, a: Numeric, b: Numeric, ctx: ExecContext): Value {
  const ai = typeof a === "number" || typeof a === "bigint";
  const bi = typeof b === "number" || typeof b === "bigint";
  if (ai && bi && site.op !== "/") return intArith(site, a, b, ctx);
  if (a instanceof Double || b instanceof Double) {
    const r = doubleArith(site, asDouble(a), asDouble(b), ctx);
    if (!(r instanceof Double)) return r;
    const decimals = resultDecimals(site.op, a, b, site.divIncrement);
    return decimals === undefined ? r : new Double(r.value, decimals);
  }
  return decimalArith(site, asDecimal(a), asDecimal(b), ctx);
}

/** Unary minus. */
export function negate(v: Numeric, unsigned: boolean, site: { describe(): string }): Value {
  if (typeof v === "number") return v === 0 ? 0 : -v;
  if (typeof v === "bigint") {
    const r = -v;
    // MySQL negates an unsigned value as signed: -18446744073709551615 is out of range.
    if (r < INT64_MIN || (unsigned && v > INT64_MAX && r < INT64_MIN)) throw outOfRange("BIGINT", site);
    return normInt(r);
  }
  if (v instanceof Double) return new Double(-v.value, v.decimals);
  return dec.neg(v);
}
