// Reading numbers out of text the way MySQL does, and writing DOUBLEs and DECIMALs the way MySQL prints them.
//
// MySQL converts a string to a number by taking its longest numeric prefix (after leading whitespace) and warns when
// something other than trailing whitespace is left over. These scanners return the end of that prefix so that the
// caller decides whether to warn; they never allocate for the common all-digits case.

/** Whitespace MySQL skips around numbers (my_isspace for ASCII). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export interface NumberPrefix {
  /** Offset of the first character of the number (after whitespace), or -1 when no digits were found. */
  readonly begin: number;
  /** Offset just after the numeric prefix. */
  readonly end: number;
  /** True when everything after `end` is whitespace (no warning is due). */
  readonly clean: boolean;
}

/** True when `s` from `from` to the end is only whitespace. */
export function onlySpaceFrom(s: string, from: number): boolean {
  for (let i = from; i < s.length; i++) if (!isSpace(s.charCodeAt(i))) return false;
  return true;
}

/** Scans `[space] [sign] digits [. digits] [e [sign] digits]`, the prefix a DOUBLE (or DECIMAL) conversion reads. */
export function scanFloatPrefix(s: string): NumberPrefix {
  const n = s.length;
  let i = 0;
  while (i < n && isSpace(s.charCodeAt(i))) i++;
  const begin = i;
  let c = s.charCodeAt(i);
  if (c === 43 || c === 45) i++;
  let digits = 0;
  while (i < n && isDigit(s.charCodeAt(i))) {
    i++;
    digits++;
  }
  if (i < n && s.charCodeAt(i) === 46) {
    let j = i + 1;
    let frac = 0;
    while (j < n && isDigit(s.charCodeAt(j))) {
      j++;
      frac++;
    }
    // A lone point after digits ("1.") still belongs to the number; a point without any digit does not.
    if (digits > 0 || frac > 0) {
      i = j;
      digits += frac;
    }
  }
  if (digits === 0) return { begin: -1, end: begin, clean: false };
  c = s.charCodeAt(i);
  if (c === 101 || c === 69) {
    let j = i + 1;
    const sc = s.charCodeAt(j);
    if (sc === 43 || sc === 45) j++;
    if (j < n && isDigit(s.charCodeAt(j))) {
      while (j < n && isDigit(s.charCodeAt(j))) j++;
      i = j;
    }
  }
  return { begin, end: i, clean: onlySpaceFrom(s, i) };
}

/** Scans `[space] [sign] digits`, the prefix an INTEGER conversion reads. */
export function scanIntPrefix(s: string): NumberPrefix {
  const n = s.length;
  let i = 0;
  while (i < n && isSpace(s.charCodeAt(i))) i++;
  const begin = i;
  const c = s.charCodeAt(i);
  if (c === 43 || c === 45) i++;
  const digitsStart = i;
  while (i < n && isDigit(s.charCodeAt(i))) i++;
  if (i === digitsStart) return { begin: -1, end: begin, clean: false };
  return { begin, end: i, clean: onlySpaceFrom(s, i) };
}

/**
 * Formats a DOUBLE as MySQL's text protocol does: the shortest digits that round-trip, in fixed notation unless the
 * decimal exponent is below -14 or the number is an integer wider than 15 digits (measured on MariaDB 10.11, which
 * shares MySQL's my_gcvt): 1e15 → '1e15', 123456789012345 → '123456789012345', 1e-15 → '1e-15'... see the tests.
 */
export function formatDouble(x: number): string {
  if (x === 0) return Object.is(x, -0) ? "-0" : "0";
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x);
  const neg = x < 0;
  const e = (neg ? -x : x).toExponential();
  const ePos = e.indexOf("e");
  const digits = e.charCodeAt(1) === 46 ? e[0] + e.slice(2, ePos) : e.slice(0, ePos);
  return layoutDigits(neg, digits, Number(e.slice(ePos + 1)) + 1);
}

/** FLT_DIG: the significant digits MySQL prints for a FLOAT (my_gcvt with MY_GCVT_ARG_FLOAT). */
const FLT_DIG = 6;

/**
 * Formats a FLOAT value (a double that holds a single-precision number) as MySQL's text protocol and Field_float
 * print it: dtoa rounds the exact binary value to FLT_DIG significant digits, half to even (a float 1024.125 prints
 * 1024.12), trailing zeros go, and the digits are laid out like a DOUBLE's (123456789 → 123457000, 1e20 → 1e20,
 * 1e-16 → 1e-16). MariaDB 10.11 answers the same (Field_float::val_str).
 */
export function formatFloat(x: number): string {
  if (x === 0) return Object.is(x, -0) ? "-0" : "0";
  if (!Number.isFinite(x)) return "0";
  const neg = x < 0;
  const a = neg ? -x : x;
  // The shortest form's exponent is floor(log10(a)) or one more; the rounding below settles which.
  let exp10 = Number(a.toExponential().split("e")[1]);
  let q = roundSignificant(a, FLT_DIG - 1 - exp10);
  const top = 10n ** BigInt(FLT_DIG);
  if (q >= top) {
    exp10++;
    q = roundSignificant(a, FLT_DIG - 1 - exp10);
  } else if (q < top / 10n) {
    exp10--;
    q = roundSignificant(a, FLT_DIG - 1 - exp10);
  }
  const digits = q.toString().replace(/0+$/, "");
  return layoutDigits(neg, digits, exp10 + 1);
}

/** round(a * 10^shift), half to even, computed exactly on the binary value of `a` (a > 0, finite). */
function roundSignificant(a: number, shift: number): bigint {
  const { mantissa, exp } = binaryParts(a);
  let num = mantissa;
  let den = 1n;
  if (shift >= 0) num *= 10n ** BigInt(shift);
  else den *= 10n ** BigInt(-shift);
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  const q = num / den;
  const r2 = (num - q * den) * 2n;
  if (r2 > den || (r2 === den && q % 2n === 1n)) return q + 1n;
  return q;
}

/** `a` as mantissa * 2^exp with an integer mantissa (a >= 0, finite). */
function binaryParts(a: number): { mantissa: bigint; exp: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, a);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  const biased = (hi >>> 20) & 0x7ff;
  const mantissa = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (biased === 0) return { mantissa, exp: -1074 };
  return { mantissa: mantissa | (1n << 52n), exp: biased - 1075 };
}

/**
 * my_gcvt's layout of significant `digits` with the decimal point after `decpt` of them: fixed notation unless the
 * point is more than 14 places left of the digits or past the 15th digit with no fraction to show.
 */
function layoutDigits(neg: boolean, digits: string, decpt: number): string {
  const exp = decpt - 1;
  const len = digits.length;
  let out: string;
  if (decpt < -14 || (decpt > 15 && len <= decpt)) {
    out = `${digits[0]}${len > 1 ? `.${digits.slice(1)}` : ""}e${exp}`;
  } else if (decpt <= 0) {
    out = `0.${"0".repeat(-decpt)}${digits}`;
  } else if (decpt < len) {
    out = `${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
  } else {
    out = digits + "0".repeat(decpt - len);
  }
  return neg ? `-${out}` : out;
}

/** Formats `unscaled * 10^-scale` with exactly `scale` digits after the point, as MySQL prints a DECIMAL. */
export function formatDecimal(unscaled: bigint, scale: number): string {
  if (scale === 0) return unscaled.toString();
  const neg = unscaled < 0n;
  let digits = (neg ? -unscaled : unscaled).toString();
  if (digits.length <= scale) digits = "0".repeat(scale - digits.length + 1) + digits;
  const point = digits.length - scale;
  return `${neg ? "-" : ""}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** MySQL's NOT_FIXED_DEC: a DOUBLE with this many display decimals or more prints in its shortest form. */
export const NOT_FIXED_DEC = 31;

/**
 * Formats a DOUBLE with a fixed number of digits after the point, as MySQL's my_fcvt does for an expression whose
 * `decimals` is below 31 (PI() → 3.141593, ROUND(0.04e0, 1) → 0.0). dtoa's mode 5 gives the shortest digits that
 * read back as the same double when they fit in `decimals`, padded with zeros (ROUND(1e300, 2) prints 1 and 300
 * zeros, then .00); otherwise the exact binary value rounded half to even (0.125 with 2 decimals is 0.12). The sign
 * of a negative zero is kept (-0.0), as dtoa reports it.
 */
export function formatDoubleFixed(x: number, decimals: number): string {
  if (!Number.isFinite(x)) return "0";
  const neg = x < 0 || Object.is(x, -0);
  const a = neg ? -x : x;
  let digits: string;
  const shortest = a === 0 ? "0" : plainDigits(a);
  const point = shortest.indexOf(".");
  const frac = point < 0 ? 0 : shortest.length - point - 1;
  if (frac <= decimals) {
    digits = decimals === 0 ? shortest : `${point < 0 ? `${shortest}.` : shortest}${"0".repeat(decimals - frac)}`;
  } else {
    digits = formatUnscaled(roundBinaryHalfEven(a, decimals), decimals);
  }
  return neg ? `-${digits}` : digits;
}

/** The shortest round-trip digits of a positive finite double in plain (non-exponent) notation. */
function plainDigits(a: number): string {
  const e = a.toExponential();
  const ePos = e.indexOf("e");
  const mant = e.charCodeAt(1) === 46 ? e[0] + e.slice(2, ePos) : e.slice(0, ePos);
  const decpt = Number(e.slice(ePos + 1)) + 1;
  if (decpt <= 0) return `0.${"0".repeat(-decpt)}${mant}`;
  if (decpt >= mant.length) return mant + "0".repeat(decpt - mant.length);
  return `${mant.slice(0, decpt)}.${mant.slice(decpt)}`;
}

/** round(a * 10^decimals), half to even, computed exactly on the binary value of `a` (a >= 0, finite). */
function roundBinaryHalfEven(a: number, decimals: number): bigint {
  const { mantissa, exp } = binaryParts(a);
  const scaled = mantissa * 10n ** BigInt(decimals);
  if (exp >= 0) return scaled << BigInt(exp);
  const den = 1n << BigInt(-exp);
  const q = scaled / den;
  const r2 = (scaled - q * den) * 2n;
  if (r2 > den || (r2 === den && q % 2n === 1n)) return q + 1n;
  return q;
}

function formatUnscaled(n: bigint, scale: number): string {
  let s = n.toString();
  if (scale === 0) return s;
  if (s.length <= scale) s = "0".repeat(scale - s.length + 1) + s;
  return `${s.slice(0, s.length - scale)}.${s.slice(s.length - scale)}`;
}

/**
 * The text of a Double value: fixed decimals when it has them, else the shortest form (formatDouble), or FLT_DIG
 * digits for a FLOAT (formatFloat).
 */
export function formatDoubleValue(d: {
  readonly value: number;
  readonly decimals?: number;
  readonly single?: boolean;
}): string {
  if (d.decimals !== undefined && d.decimals < NOT_FIXED_DEC) return formatDoubleFixed(d.value, d.decimals);
  return d.single ? formatFloat(d.value) : formatDouble(d.value);
}
