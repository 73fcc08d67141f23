// Character (code point) positions in JS strings without quadratic cost.
//
// MySQL counts characters; JS strings count UTF-16 units. They agree unless the string holds a surrogate pair (an
// emoji, say). The seed's JSON parser calls SUBSTRING(doc, i, 1) for every character of a 1 MB document, so each call
// must be O(1): we learn once per string whether it has surrogates (one scan, cached for the last string seen, which
// is the same string object on every iteration of such a loop) and only build a code-point offset table when it does.

const SURROGATE = /[\uD800-\uDFFF]/;

// A few recent strings, not just the last one: a loop may alternate between the document and a small buffer, and a
// cache of one would rescan the document on every switch (quadratic). A hit on equal text held by another string
// object stores the new object, so the next lookup is a pointer comparison instead of a full text comparison.
const CACHE_SIZE = 4;
const cachedStrings: string[] = [];
/** null: no surrogates, so code point i is UTF-16 unit i. Otherwise the UTF-16 offset of each code point, plus the end. */
const cachedIndexes: (Int32Array | null)[] = [];
let nextSlot = 0;

function buildIndex(s: string): Int32Array | null {
  if (!SURROGATE.test(s)) return null;
  const offsets: number[] = [];
  for (let i = 0; i < s.length; i++) {
    offsets.push(i);
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  offsets.push(s.length);
  return Int32Array.from(offsets);
}

/** The code-point index of `s`, or null when code points and UTF-16 units coincide. */
export function charIndex(s: string): Int32Array | null {
  // Short strings are cheaper to scan than to compare against the cached ones.
  if (s.length < 32) return SURROGATE.test(s) ? buildIndex(s) : null;
  for (let k = 0; k < cachedStrings.length; k++) {
    if (cachedStrings[k] === s) {
      cachedStrings[k] = s;
      return cachedIndexes[k] ?? null;
    }
  }
  const index = buildIndex(s);
  cachedStrings[nextSlot] = s;
  cachedIndexes[nextSlot] = index;
  nextSlot = (nextSlot + 1) % CACHE_SIZE;
  return index;
}

/** Number of characters (code points). */
export function charLength(s: string): number {
  const idx = charIndex(s);
  return idx === null ? s.length : idx.length - 1;
}

/**
 * Characters [from, from + count) of `s`, 0-based, clamped to the string. `count` may be Infinity.
 */
export function charSlice(s: string, from: number, count: number): string {
  const idx = charIndex(s);
  if (idx === null) return s.substring(from, from + count);
  const n = idx.length - 1;
  const a = Math.min(from, n);
  const b = Math.min(from + count, n);
  return s.substring(idx[a], idx[b]);
}

/** UTF-16 offset of character `i` (0-based, clamped). */
export function unitOffset(s: string, i: number): number {
  const idx = charIndex(s);
  if (idx === null) return Math.min(i, s.length);
  return idx[Math.min(i, idx.length - 1)];
}

/** Character index of UTF-16 offset `u` (which must be on a code point boundary). */
export function charOffset(s: string, u: number): number {
  const idx = charIndex(s);
  if (idx === null) return u;
  let lo = 0;
  let hi = idx.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (idx[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Number of UTF-8 bytes of `s`, without allocating. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
