// REGEXP_LIKE, REGEXP_INSTR, REGEXP_SUBSTR and REGEXP_REPLACE with MySQL 8's ICU semantics on JS RegExp (see
// regexp-translate.ts). Matching is case-insensitive unless an argument has a binary or case-sensitive collation or
// the match type says 'c'. Positions and occurrences count characters, like the rest of MySQL's string functions.

import type { ExecContext, StaticType } from "../compile/types.ts";
import { SqlError } from "../errors.ts";
import type { Value } from "../values/value.ts";
import { argInt, argText, caseSensitive, INT, stringResult } from "./args.ts";
import { charLength, charOffset, unitOffset } from "./chars.ts";
import { fn } from "./define.ts";
import { mapSyntaxError, type RegexpFlags, regexpError, translateRegexp } from "./regexp-translate.ts";
import type { Builtin } from "./types.ts";

export type { RegexpFlags };

const cache = new Map<string, RegExp>();
const CACHE_LIMIT = 256;

/**
 * Compiles an ICU pattern (as MySQL 8 writes it) into a global, Unicode JS RegExp. Results are cached, since the
 * pattern is nearly always a constant. Throws MySQL's regexp errors (3685-3697).
 */
export function compileRegexp(pattern: string, flags: Partial<RegexpFlags> = {}): RegExp {
  const full: RegexpFlags = {
    caseInsensitive: flags.caseInsensitive ?? true,
    multiline: flags.multiline ?? false,
    dotAll: flags.dotAll ?? false,
    extended: flags.extended ?? false,
  };
  const key = `${full.caseInsensitive ? "i" : ""}${full.multiline ? "m" : ""}${full.dotAll ? "s" : ""}${full.extended ? "x" : ""}:${pattern}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const t = translateRegexp(pattern, full);
  let re: RegExp;
  try {
    re = new RegExp(
      t.source,
      `gu${t.flags.caseInsensitive ? "i" : ""}${t.flags.multiline ? "m" : ""}${t.flags.dotAll ? "s" : ""}`,
    );
  } catch (e) {
    throw mapSyntaxError(e as Error);
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, re);
  return re;
}

/** Flags from the argument collations and a match_type string ('c', 'i', 'm', 'n', 'u'; the last of c/i wins). */
function flagsFor(types: readonly StaticType[], matchType: Value | undefined): Partial<RegexpFlags> {
  const flags: Partial<RegexpFlags> = { caseInsensitive: !caseSensitive(types.slice(0, 2)) };
  if (matchType === undefined || matchType === null) return flags;
  for (const c of argText(matchType)) {
    if (c === "c") flags.caseInsensitive = false;
    else if (c === "i") flags.caseInsensitive = true;
    else if (c === "m") flags.multiline = true;
    else if (c === "n") flags.dotAll = true;
    else if (c === "u") {
      // Unix line endings only: JS already treats \n as the line end that matters for these inputs.
    } else throw regexpError(3900, "Invalid match mode flag in regular expression.");
  }
  return flags;
}

/** The UTF-16 offset where matching starts, from a 1-based character position; 3686 when out of range. */
function startOffset(subject: string, pos: number): number {
  if (pos < 1 || pos > charLength(subject) + 1) {
    throw regexpError(3686, "Index out of bounds in regular expression search.");
  }
  return unitOffset(subject, pos - 1);
}

/** The `occurrence`-th match at or after `from`, or null. An empty match advances one character. */
function nth(re: RegExp, subject: string, from: number, occurrence: number): RegExpExecArray | null {
  re.lastIndex = from;
  let m: RegExpExecArray | null = null;
  for (let k = 0; k < Math.max(1, occurrence); k++) {
    m = re.exec(subject);
    if (m === null) return null;
    if (m[0] === "") re.lastIndex = m.index + ((subject.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return m;
}

function like(a: readonly Value[], types: readonly StaticType[]): Value {
  const re = compileRegexp(argText(a[1]), flagsFor(types, a[2]));
  re.lastIndex = 0;
  return re.test(argText(a[0])) ? 1 : 0;
}

function instr(a: readonly Value[], ctx: ExecContext, types: readonly StaticType[]): Value {
  const subject = argText(a[0]);
  const re = compileRegexp(argText(a[1]), flagsFor(types, a[5]));
  const from = startOffset(subject, a.length > 2 ? argInt(a[2], ctx) : 1);
  const occurrence = a.length > 3 ? argInt(a[3], ctx) : 1;
  const option = a.length > 4 ? argInt(a[4], ctx) : 0;
  if (option !== 0 && option !== 1) {
    throw new SqlError(1210, "HY000", "Incorrect arguments to regexp_instr: return_option must be 1 or 0.");
  }
  const m = nth(re, subject, from, occurrence);
  if (m === null) return 0;
  return charOffset(subject, option === 0 ? m.index : m.index + m[0].length) + 1;
}

function substr(a: readonly Value[], ctx: ExecContext, types: readonly StaticType[]): Value {
  const subject = argText(a[0]);
  const re = compileRegexp(argText(a[1]), flagsFor(types, a[4]));
  const from = startOffset(subject, a.length > 2 ? argInt(a[2], ctx) : 1);
  const m = nth(re, subject, from, a.length > 3 ? argInt(a[3], ctx) : 1);
  return m === null ? null : m[0];
}

/** ICU's replacement syntax: $n and ${n} for groups, backslash escapes the next character. */
function expand(replacement: string, m: RegExpExecArray): string {
  let out = "";
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i];
    if (c === "\\" && i + 1 < replacement.length) {
      out += replacement[++i];
    } else if (c === "$") {
      // `$n` is a group number; `${name}` a named group (ICU rejects `${1}`).
      const g = /^(\d+)|^\{([A-Za-z][A-Za-z0-9]*)\}/.exec(replacement.slice(i + 1));
      if (!g) throw regexpError(3887, "A capture group has an invalid name.");
      if (g[1] !== undefined) {
        const n = Number(g[1]);
        if (n >= m.length) throw regexpError(3686, "Index out of bounds in regular expression search.");
        out += m[n] ?? "";
      } else {
        const named = m.groups?.[g[2]];
        if (m.groups === undefined || !(g[2] in m.groups)) {
          throw regexpError(3887, "A capture group has an invalid name.");
        }
        out += named ?? "";
      }
      i += g[0].length;
    } else out += c;
  }
  return out;
}

function replace(a: readonly Value[], ctx: ExecContext, types: readonly StaticType[]): Value {
  const subject = argText(a[0]);
  const re = compileRegexp(argText(a[1]), flagsFor(types, a[5]));
  const replacement = argText(a[2]);
  const from = startOffset(subject, a.length > 3 ? argInt(a[3], ctx) : 1);
  const occurrence = a.length > 4 ? argInt(a[4], ctx) : 0;
  let out = subject.slice(0, from);
  let last = from;
  let count = 0;
  re.lastIndex = from;
  for (;;) {
    const m = re.exec(subject);
    if (m === null) break;
    count++;
    if (occurrence <= 0 || count === occurrence) {
      out += subject.slice(last, m.index) + expand(replacement, m);
      last = m.index + m[0].length;
      if (occurrence > 0) break;
    }
    if (m[0] === "") {
      if (m.index >= subject.length) break;
      re.lastIndex = m.index + ((subject.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
    }
  }
  return out + subject.slice(last);
}

type Impl = (a: readonly Value[], ctx: ExecContext, types: readonly StaticType[]) => Value;

/** ICU refuses an empty pattern (3685) before MySQL looks at NULL arguments; otherwise NULL in, NULL out. */
function guarded(impl: Impl): Impl {
  return (a, ctx, types) => {
    if (a[1] === "") throw regexpError(3685, "Illegal argument to a regular expression.");
    for (const v of a) if (v === null) return null;
    return impl(a, ctx, types);
  };
}

const noNullShortcut = { nullPropagating: false };

export const regexpBuiltins: readonly Builtin[] = [
  fn(
    "REGEXP_LIKE",
    2,
    3,
    () => INT,
    guarded((a, _c, t) => like(a, t)),
    noNullShortcut,
  ),
  fn("REGEXP_INSTR", 2, 6, () => INT, guarded(instr), noNullShortcut),
  fn("REGEXP_SUBSTR", 2, 5, (t) => stringResult(t.slice(0, 1)), guarded(substr), noNullShortcut),
  fn("REGEXP_REPLACE", 3, 6, (t) => stringResult(t.slice(0, 1)), guarded(replace), noNullShortcut),
];
