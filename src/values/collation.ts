// The collations spbed supports, and how strings compare under them.
//
//   utf8mb4_0900_ai_ci   MySQL 8's default: UCA, case- and accent-insensitive, NO PAD ('a ' <> 'a', 'ß' = 'ss').
//   utf8mb4_general_ci   one weight per character (upper case, accents stripped), PAD SPACE ('a ' = 'a').
//   utf8mb4_bin          code point order, PAD SPACE (as in MySQL 8; only the 0900 collations are NO PAD).
//   binary               byte order, NO PAD.
//
// UCA ordering for non-ASCII text comes from ICU (Intl.Collator, root locale, base strength), which is DUCET with
// CLDR's small changes; ASCII text, the common case, is compared with a precomputed primary-weight table so that no
// Intl call happens for it.

export interface Collation {
  readonly name: string;
  /** True when trailing spaces are ignored in comparisons (PAD SPACE). */
  readonly padSpace: boolean;
  /** True for _bin and binary: no case or accent folding. */
  readonly exact: boolean;
  compare(a: string, b: string): number;
  equals(a: string, b: string): boolean;
  /** Folds one UTF-16 unit to the unit it is equal to under this collation (used by LIKE, one unit in, one out). */
  foldUnit(c: number): number;
}

export const DEFAULT_COLLATION_NAME = "utf8mb4_0900_ai_ci";

// ---------------------------------------------------------------------------------------------------------------
// utf8mb4_0900_ai_ci

const uca = new Intl.Collator("und", { sensitivity: "base", usage: "sort" });

/** Primary weights of the ASCII characters under UCA; 0 for the ignorable control characters. */
const ASCII_WEIGHT = new Uint8Array(128);
{
  const chars: string[] = [];
  for (let c = 0; c < 128; c++) {
    const s = String.fromCharCode(c);
    if (uca.compare(s, "") !== 0) chars.push(s);
  }
  chars.sort((a, b) => uca.compare(a, b));
  let rank = 0;
  let prev = "";
  for (const s of chars) {
    if (prev === "" || uca.compare(prev, s) !== 0) rank++;
    ASCII_WEIGHT[s.charCodeAt(0)] = rank;
    prev = s;
  }
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

function compareAsciiUca(a: string, b: string): number {
  let i = 0;
  let j = 0;
  for (;;) {
    let wa = 0;
    while (i < a.length && (wa = ASCII_WEIGHT[a.charCodeAt(i)]) === 0) i++;
    let wb = 0;
    while (j < b.length && (wb = ASCII_WEIGHT[b.charCodeAt(j)]) === 0) j++;
    if (i >= a.length) return j >= b.length ? 0 : -1;
    if (j >= b.length) return 1;
    if (wa !== wb) return wa < wb ? -1 : 1;
    i++;
    j++;
  }
}

const accentFold = new Uint16Array(65536);

/** Lower case, accents stripped, one unit to one unit; surrogates unchanged. */
function foldAiCi(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let f = accentFold[c];
  if (f === 0) {
    f = c;
    if (c < 0xd800 || c > 0xdfff) {
      const base = String.fromCharCode(c).normalize("NFD")[0];
      const lower = base.toLowerCase();
      f = (lower.length === 1 ? lower : base).charCodeAt(0);
    }
    accentFold[c] = f;
  }
  return f;
}

const utf8mb4_0900_ai_ci: Collation = {
  name: "utf8mb4_0900_ai_ci",
  padSpace: false,
  exact: false,
  compare(a, b) {
    if (a === b) return 0;
    if (isAscii(a) && isAscii(b)) return compareAsciiUca(a, b);
    const r = uca.compare(a, b);
    return r < 0 ? -1 : r > 0 ? 1 : 0;
  },
  equals(a, b) {
    if (a === b) return true;
    if (isAscii(a) && isAscii(b)) return compareAsciiUca(a, b) === 0;
    return uca.compare(a, b) === 0;
  },
  foldUnit: foldAiCi,
};

// ---------------------------------------------------------------------------------------------------------------
// utf8mb4_general_ci

const generalWeight = new Uint16Array(65536);

/** general_ci's weight of a BMP unit: the upper-case base letter ('ß' weighs as 'S'); supplementary → U+FFFD. */
function weightGeneral(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  let w = generalWeight[c];
  if (w === 0) {
    if (c >= 0xd800 && c <= 0xdfff) w = 0xfffd;
    else if (c === 0xdf) w = 83;
    else {
      const base = String.fromCharCode(c).normalize("NFD")[0];
      const upper = base.toUpperCase();
      w = (upper.length === 1 ? upper : base).charCodeAt(0);
    }
    generalWeight[c] = w;
  }
  return w;
}

/** Length of `s` without trailing spaces. */
function trimmedLength(s: string): number {
  let n = s.length;
  while (n > 0 && s.charCodeAt(n - 1) === 32) n--;
  return n;
}

function compareGeneral(a: string, b: string): number {
  const n = trimmedLength(a);
  const m = trimmedLength(b);
  const k = Math.min(n, m);
  for (let i = 0; i < k; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const wx = weightGeneral(x);
    const wy = weightGeneral(y);
    if (wx !== wy) return wx < wy ? -1 : 1;
  }
  return n === m ? 0 : n < m ? -1 : 1;
}

const utf8mb4_general_ci: Collation = {
  name: "utf8mb4_general_ci",
  padSpace: true,
  exact: false,
  compare: compareGeneral,
  equals: (a, b) => a === b || compareGeneral(a, b) === 0,
  foldUnit: (c) => weightGeneral(c),
};

// ---------------------------------------------------------------------------------------------------------------
// utf8mb4_bin and binary

/** Code point order of two UTF-16 strings over their first n and m units. */
function compareCodePoints(a: string, n: number, b: string, m: number): number {
  const k = Math.min(n, m);
  for (let i = 0; i < k; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates encode code points above U+FFFF, so they sort after every BMP unit.
    if (x >= 0xd800 && x <= 0xdfff) x += 0x10000;
    if (y >= 0xd800 && y <= 0xdfff) y += 0x10000;
    return x < y ? -1 : 1;
  }
  return n === m ? 0 : n < m ? -1 : 1;
}

const utf8mb4_bin: Collation = {
  name: "utf8mb4_bin",
  padSpace: true,
  exact: true,
  compare: (a, b) => (a === b ? 0 : compareCodePoints(a, trimmedLength(a), b, trimmedLength(b))),
  equals: (a, b) => a === b || compareCodePoints(a, trimmedLength(a), b, trimmedLength(b)) === 0,
  foldUnit: (c) => c,
};

const binary: Collation = {
  name: "binary",
  padSpace: false,
  exact: true,
  // UTF-8 byte order is code point order.
  compare: (a, b) => (a === b ? 0 : compareCodePoints(a, a.length, b, b.length)),
  equals: (a, b) => a === b,
  foldUnit: (c) => c,
};

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const k = Math.min(a.length, b.length);
  for (let i = 0; i < k; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

const COLLATIONS = new Map<string, Collation>([
  ["utf8mb4_0900_ai_ci", utf8mb4_0900_ai_ci],
  ["utf8mb4_general_ci", utf8mb4_general_ci],
  ["utf8mb4_bin", utf8mb4_bin],
  ["binary", binary],
  // Close relatives, so that scripts written for them run: unicode_ci is UCA 4.0 with PAD SPACE.
  ["utf8mb4_unicode_ci", { ...utf8mb4_0900_ai_ci, name: "utf8mb4_unicode_ci", padSpace: true }],
]);
{
  const unicode = COLLATIONS.get("utf8mb4_unicode_ci") as Collation;
  const padded: Collation = {
    ...unicode,
    compare: (a, b) => utf8mb4_0900_ai_ci.compare(a.slice(0, trimmedLength(a)), b.slice(0, trimmedLength(b))),
    equals: (a, b) => utf8mb4_0900_ai_ci.equals(a.slice(0, trimmedLength(a)), b.slice(0, trimmedLength(b))),
  };
  COLLATIONS.set("utf8mb4_unicode_ci", padded);
  // utf8 (utf8mb3) names map to their utf8mb4 counterparts.
  COLLATIONS.set("utf8mb3_general_ci", utf8mb4_general_ci);
  COLLATIONS.set("utf8_general_ci", utf8mb4_general_ci);
  COLLATIONS.set("utf8mb3_bin", utf8mb4_bin);
  COLLATIONS.set("utf8_bin", utf8mb4_bin);
}

/** The collation of that name (case-insensitive), or undefined. */
export function findCollation(name: string): Collation | undefined {
  return COLLATIONS.get(name.toLowerCase());
}

export function collation(name: string): Collation {
  return findCollation(name) ?? utf8mb4_0900_ai_ci;
}

/** Default collation of a character set named in CONVERT(.. USING cs), CAST(.. AS CHAR CHARACTER SET cs), _cs'..'. */
export function defaultCollationOf(charset: string): string | undefined {
  switch (charset.toLowerCase()) {
    case "utf8mb4":
      return "utf8mb4_0900_ai_ci";
    case "utf8":
    case "utf8mb3":
      return "utf8mb4_general_ci";
    case "binary":
      return "binary";
    case "latin1":
    case "ascii":
      // Single-byte character sets are stored as utf8mb4 here; their default collations are case-insensitive + PAD.
      return "utf8mb4_general_ci";
    default:
      return undefined;
  }
}

/**
 * True when comparing with `constant` under `coll` can use plain `===` for ASCII input: the constant has no letter
 * (nothing to fold) and no trailing space (nothing to pad). The hot `c = '{'` of a character loop takes this path.
 */
export function needsNoFolding(constant: string, coll: Collation): boolean {
  if (coll.name === "binary") return true;
  for (let i = 0; i < constant.length; i++) {
    const c = constant.charCodeAt(i);
    if (c > 127 || c < 32) return false;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      if (!coll.exact) return false;
    }
  }
  return constant.length === 0 || constant.charCodeAt(constant.length - 1) !== 32;
}

/** Equality with a constant that needs no folding: identical, or (for non-ASCII input) the collation decides. */
export function equalsUnfolded(value: string, constant: string, coll: Collation): boolean {
  if (value === constant) return true;
  if (coll.padSpace && value.length > constant.length) return coll.equals(value, constant);
  // An ASCII value can only be equal to an ASCII constant without letters if identical; other text may still be
  // equal under UCA (a full-width '｛' is '{').
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 127) return coll.equals(value, constant);
  return false;
}
