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
  const exp = Number(e.slice(ePos + 1));
  const decpt = exp + 1;
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
