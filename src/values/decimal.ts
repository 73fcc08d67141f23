// Exact DECIMAL arithmetic with MySQL's result-scale rules.
//
// A Decimal is `unscaled * 10^-scale`. Results take the scale MySQL gives them: + and - the larger scale, * the sum of
// the scales, / the dividend's scale plus div_precision_increment. Rounding is half away from zero, as MySQL's
// decimal_round does for exact values. Precision is capped at 65 digits and scale at 30, like the server.

import { Decimal, type Value } from "./value.ts";

export const MAX_PRECISION = 65;
export const MAX_SCALE = 30;

const POW10: bigint[] = [];
for (let i = 0, p = 1n; i <= 100; i++, p *= 10n) POW10.push(p);

export function pow10(n: number): bigint {
  return n <= 100 ? POW10[n] : 10n ** BigInt(n);
}

/** A value as shown at a static DECIMAL scale: a DECIMAL with more digits is rounded to `scale`, the rest is as is. */
export function atDisplayScale(v: Value, scale: number): Value {
  return v instanceof Decimal && v.scale > scale ? rescale(v, scale) : v;
}

/** Rescales to `scale` digits, rounding half away from zero when digits are dropped. */
export function rescale(d: Decimal, scale: number): Decimal {
  if (scale === d.scale) return d;
  if (scale > d.scale) return new Decimal(d.unscaled * pow10(scale - d.scale), scale);
  return new Decimal(roundDiv(d.unscaled, pow10(d.scale - scale)), scale);
}

/** `n / m` rounded half away from zero (m > 0). */
export function roundDiv(n: bigint, m: bigint): bigint {
  const neg = n < 0n;
  const a = neg ? -n : n;
  const q = a / m;
  const r = a - q * m;
  const rounded = r * 2n >= m ? q + 1n : q;
  return neg ? -rounded : rounded;
}

/** Truncating `n / m` toward zero (m > 0): BigInt division already truncates. */
export function truncDiv(n: bigint, m: bigint): bigint {
  return n / m;
}

export function fromInteger(v: number | bigint): Decimal {
  return new Decimal(BigInt(v), 0);
}

export function add(a: Decimal, b: Decimal): Decimal {
  const s = Math.max(a.scale, b.scale);
  return new Decimal(rescale(a, s).unscaled + rescale(b, s).unscaled, s);
}

export function sub(a: Decimal, b: Decimal): Decimal {
  const s = Math.max(a.scale, b.scale);
  return new Decimal(rescale(a, s).unscaled - rescale(b, s).unscaled, s);
}

export function mul(a: Decimal, b: Decimal): Decimal {
  const r = new Decimal(a.unscaled * b.unscaled, a.scale + b.scale);
  return r.scale > MAX_SCALE ? rescale(r, MAX_SCALE) : r;
}

/** a / b with result scale `a.scale + increment` (capped at 30); b must not be zero. */
export function div(a: Decimal, b: Decimal, increment: number): Decimal {
  const scale = Math.min(a.scale + increment, MAX_SCALE);
  // value = (ua / 10^sa) / (ub / 10^sb); scaled result = ua * 10^(scale - sa + sb) / ub.
  const shift = scale - a.scale + b.scale;
  let n = a.unscaled;
  let m = b.unscaled;
  if (shift >= 0) n *= pow10(shift);
  else m *= pow10(-shift);
  if (m < 0n) {
    n = -n;
    m = -m;
  }
  return new Decimal(roundDiv(n, m), scale);
}

/** Integer part of a / b, truncated toward zero (DIV). */
export function intDiv(a: Decimal, b: Decimal): bigint {
  const s = Math.max(a.scale, b.scale);
  return rescale(a, s).unscaled / rescale(b, s).unscaled;
}

/** a MOD b: the sign follows the dividend; scale is the larger scale. */
export function mod(a: Decimal, b: Decimal): Decimal {
  const s = Math.max(a.scale, b.scale);
  return new Decimal(rescale(a, s).unscaled % rescale(b, s).unscaled, s);
}

export function neg(a: Decimal): Decimal {
  return new Decimal(-a.unscaled, a.scale);
}

export function compare(a: Decimal, b: Decimal): number {
  const s = Math.max(a.scale, b.scale);
  const x = rescale(a, s).unscaled;
  const y = rescale(b, s).unscaled;
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isZero(a: Decimal): boolean {
  return a.unscaled === 0n;
}

export function decimalToDouble(a: Decimal): number {
  if (a.scale === 0) return Number(a.unscaled);
  // Going through the text keeps the conversion correctly rounded (Number(bigint)/10^s would round twice).
  return Number(formatPlain(a.unscaled, a.scale));
}

/** Rounds to an integer half away from zero. */
export function decimalToInteger(a: Decimal): bigint {
  return a.scale === 0 ? a.unscaled : roundDiv(a.unscaled, pow10(a.scale));
}

function formatPlain(unscaled: bigint, scale: number): string {
  const neg = unscaled < 0n;
  let digits = (neg ? -unscaled : unscaled).toString();
  if (digits.length <= scale) digits = "0".repeat(scale - digits.length + 1) + digits;
  const point = digits.length - scale;
  return `${neg ? "-" : ""}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * Parses a numeric text that is known to be well formed (`[sign] digits [. digits] [e [sign] digits]`), as a literal
 * or a scanned prefix is. The scale is the number of digits after the point less the exponent, never negative.
 */
export function parseDecimal(text: string): Decimal {
  let s = text;
  let exp = 0;
  const e = s.search(/[eE]/);
  if (e >= 0) {
    exp = Number(s.slice(e + 1));
    s = s.slice(0, e);
  }
  let sign = 1n;
  if (s[0] === "-" || s[0] === "+") {
    if (s[0] === "-") sign = -1n;
    s = s.slice(1);
  }
  const point = s.indexOf(".");
  let scale = 0;
  if (point >= 0) {
    scale = s.length - point - 1;
    s = s.slice(0, point) + s.slice(point + 1);
  }
  let unscaled = s === "" ? 0n : BigInt(s);
  scale -= exp;
  if (scale < 0) {
    unscaled *= pow10(-scale);
    scale = 0;
  }
  const d = new Decimal(sign * unscaled, scale);
  return scale > MAX_SCALE ? rescale(d, MAX_SCALE) : d;
}

/** The exact decimal a DOUBLE prints as (its shortest round-trip digits), as MySQL's double-to-decimal does. */
export function decimalFromDouble(x: number): Decimal {
  if (x === 0) return new Decimal(0n, 0);
  return parseDecimal(x.toExponential());
}

/** Number of digits before the point (at least 1), used by the precision checks of CAST(.. AS DECIMAL(p, s)). */
export function integerDigits(a: Decimal): number {
  const q = a.unscaled < 0n ? -a.unscaled : a.unscaled;
  const ip = a.scale === 0 ? q : q / pow10(a.scale);
  return ip === 0n ? 1 : ip.toString().length;
}
