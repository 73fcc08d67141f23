// LIKE pattern matching under a collation.
//
// LIKE compares character by character (no PAD SPACE: 'a ' LIKE 'a' is false under every collation) with the
// collation's case and accent folding. `_` matches one character (a surrogate pair counts as one), `%` any run.
// The pattern is compiled once; when it is a constant that happens at compile time.

import type { Collation } from "./collation.ts";

const ANY_ONE = -1;
const ANY_RUN = -2;

export type LikeMatcher = (subject: string) => boolean;

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

/** Compiles `pattern` with escape character `esc` (a UTF-16 unit, or -1 for none). */
export function compileLike(pattern: string, esc: number, coll: Collation): LikeMatcher {
  const tokens: number[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c === esc && i + 1 < pattern.length) {
      i++;
      tokens.push(coll.foldUnit(pattern.charCodeAt(i)));
    } else if (c === 37) {
      if (tokens[tokens.length - 1] !== ANY_RUN) tokens.push(ANY_RUN);
    } else if (c === 95) {
      tokens.push(ANY_ONE);
    } else {
      tokens.push(coll.foldUnit(c));
    }
  }
  // Fast paths for the common shapes: exact text, 'prefix%', '%infix%'.
  const literal = tokens.every((t) => t >= 0);
  if (literal) {
    return (s) => {
      if (s.length !== tokens.length) return false;
      for (let i = 0; i < s.length; i++) if (coll.foldUnit(s.charCodeAt(i)) !== tokens[i]) return false;
      return true;
    };
  }
  const fold = coll.foldUnit;
  return (s) => {
    let si = 0;
    let ti = 0;
    let starT = -1;
    let starS = 0;
    while (si < s.length) {
      const t = ti < tokens.length ? tokens[ti] : -3;
      if (t === ANY_RUN) {
        starT = ti++;
        starS = si;
        continue;
      }
      if (t === ANY_ONE) {
        si += isHigh(s.charCodeAt(si)) && si + 1 < s.length ? 2 : 1;
        ti++;
        continue;
      }
      if (t >= 0 && fold(s.charCodeAt(si)) === t) {
        si++;
        ti++;
        continue;
      }
      if (starT < 0) return false;
      // Backtrack: let the last % swallow one more character.
      ti = starT + 1;
      starS += isHigh(s.charCodeAt(starS)) && starS + 1 < s.length ? 2 : 1;
      si = starS;
    }
    while (ti < tokens.length && tokens[ti] === ANY_RUN) ti++;
    return ti === tokens.length;
  };
}
