// Case and accent folding for the string functions that search or compare under a collation (LOCATE, INSTR, FIELD,
// FIND_IN_SET, STRCMP).
//
// The default collation, utf8mb4_0900_ai_ci, is case- and accent-insensitive, so LOCATE('E', 'héllo') is 2. We fold
// each UTF-16 unit to exactly one unit (lower case, accents stripped) so that positions found in the folded string are
// positions in the original. Expansions such as 'ß' = 'ss' are not modelled.

import type { StaticType } from "../compile/types.ts";
import { caseSensitive } from "./args.ts";
import { utf8Length } from "./chars.ts";

const table = new Uint16Array(65536);
const NON_ASCII = /[\u0080-\uffff]/;

function foldUnit(c: number): number {
  let f = table[c];
  if (f === 0 && c !== 0) {
    f = c;
    if (c < 0xd800 || c > 0xdfff) {
      const base = String.fromCharCode(c).normalize("NFD")[0];
      const lower = base.toLowerCase();
      f = (lower.length === 1 ? lower : base).charCodeAt(0);
    }
    table[c] = f;
  }
  return f;
}

/** `s` with every unit case- and accent-folded; same length as `s`. */
export function fold(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  let out = "";
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(foldUnit(s.charCodeAt(i)));
  return out;
}

/** True when the collation of these arguments ignores trailing spaces (PAD SPACE: the _general_ci and _bin ones). */
function padSpace(types: readonly StaticType[]): boolean {
  for (const t of types) if (t.kind === "string" && !t.binary && !t.collation.includes("_0900_")) return true;
  return false;
}

/** Compares two strings under the collation implied by the argument types: -1, 0 or 1. */
export function compareText(a: string, b: string, types: readonly StaticType[]): number {
  let x = a;
  let y = b;
  if (padSpace(types)) {
    x = x.replace(/ +$/, "");
    y = y.replace(/ +$/, "");
  }
  if (!caseSensitive(types)) {
    x = fold(x);
    y = fold(y);
  }
  return x === y ? 0 : x < y ? -1 : 1;
}

/**
 * UTF-16 offset of `needle` in `haystack` from UTF-16 offset `from`, under the collation; -1 when absent.
 * The server's my_instr_mb compares the needle with haystack slices of the same byte length, so a match must also
 * have the needle's UTF-8 length: LOCATE('e', 'héllo') is 0 although 'e' = 'é' (checked on MariaDB, same code in MySQL).
 */
export function indexOfCollated(haystack: string, needle: string, from: number, exact: boolean): number {
  if (exact) return haystack.indexOf(needle, from);
  const h = fold(haystack);
  const n = fold(needle);
  const bytes = utf8Length(needle);
  for (let at = h.indexOf(n, from); at >= 0; at = h.indexOf(n, at + 1)) {
    if (utf8Length(haystack.substring(at, at + needle.length)) === bytes) return at;
  }
  return -1;
}
