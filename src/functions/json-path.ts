// MySQL JSON path expressions: `$`, `.key`, `."quoted key"`, `.*`, `[n]`, `[last]`, `[last-n]`, `[m to n]`, `[*]`
// and `**`. A path is parsed once (paths are nearly always constants, and the last parsed one is cached) and then
// applied to a parsed document. The `->` and `->>` operators use the same code through JSON_EXTRACT.

import { SqlError } from "../errors.ts";

type ArrayIndex = { readonly fromEnd: boolean; readonly n: number };

export type PathLeg =
  | { readonly kind: "member"; readonly key: string }
  | { readonly kind: "anyMember" }
  | { readonly kind: "cell"; readonly index: ArrayIndex }
  | { readonly kind: "range"; readonly from: ArrayIndex; readonly to: ArrayIndex }
  | { readonly kind: "anyCell" }
  | { readonly kind: "ellipsis" };

export interface JsonPath {
  readonly legs: readonly PathLeg[];
  /** True when the path can match more than one value (wildcards, ranges, `**`). */
  readonly wildcard: boolean;
}

function invalid(pos: number): never {
  throw new SqlError(3143, "42000", `Invalid JSON path expression. The error is around character position ${pos}.`);
}

let lastText: string | undefined;
let lastPath: JsonPath | undefined;

export function parsePath(text: string): JsonPath {
  if (text === lastText && lastPath !== undefined) return lastPath;
  const path = parsePathUncached(text);
  lastText = text;
  lastPath = path;
  return path;
}

function parsePathUncached(s: string): JsonPath {
  let i = 0;
  const ws = () => {
    while (i < s.length && /\s/.test(s[i])) i++;
  };
  ws();
  if (s[i] !== "$") invalid(i + 1);
  i++;
  const legs: PathLeg[] = [];
  let wildcard = false;
  const readIndex = (): ArrayIndex => {
    ws();
    if (s.startsWith("last", i)) {
      i += 4;
      ws();
      if (s[i] === "-") {
        i++;
        ws();
        const m = /^\d+/.exec(s.slice(i));
        if (!m) invalid(i);
        i += m[0].length;
        return { fromEnd: true, n: Number(m[0]) };
      }
      return { fromEnd: true, n: 0 };
    }
    const m = /^\d+/.exec(s.slice(i));
    if (!m) invalid(i);
    i += m[0].length;
    return { fromEnd: false, n: Number(m[0]) };
  };
  for (;;) {
    ws();
    if (i >= s.length) break;
    const c = s[i];
    if (c === ".") {
      i++;
      ws();
      if (s[i] === "*") {
        i++;
        legs.push({ kind: "anyMember" });
        wildcard = true;
      } else if (s[i] === '"') {
        let j = i + 1;
        let key = "";
        while (j < s.length && s[j] !== '"') {
          if (s[j] === "\\" && j + 1 < s.length) j++;
          key += s[j++];
        }
        if (j >= s.length) invalid(j);
        i = j + 1;
        legs.push({ kind: "member", key });
      } else {
        // An unquoted key is an ECMAScript identifier.
        const m = /^[\p{L}\p{Nl}$_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}$_\u200c\u200d]*/u.exec(s.slice(i));
        if (!m) invalid(i);
        i += m[0].length;
        legs.push({ kind: "member", key: m[0] });
      }
    } else if (c === "[") {
      i++;
      ws();
      if (s[i] === "*") {
        i++;
        legs.push({ kind: "anyCell" });
        wildcard = true;
      } else {
        const from = readIndex();
        ws();
        if (s.startsWith("to", i)) {
          i += 2;
          const to = readIndex();
          legs.push({ kind: "range", from, to });
          wildcard = true;
        } else legs.push({ kind: "cell", index: from });
      }
      ws();
      if (s[i] !== "]") invalid(i);
      i++;
    } else if (c === "*" && s[i + 1] === "*") {
      i += 2;
      legs.push({ kind: "ellipsis" });
      wildcard = true;
    } else invalid(i);
  }
  // A path may not end with `**`.
  if (legs.length > 0 && legs[legs.length - 1].kind === "ellipsis") invalid(s.length);
  return { legs, wildcard };
}

function resolveIndex(ix: ArrayIndex, length: number): number {
  return ix.fromEnd ? length - 1 - ix.n : ix.n;
}

/** All values the path selects in `doc`, in document order. */
export function applyPath(doc: unknown, path: JsonPath): unknown[] {
  let current: unknown[] = [doc];
  for (const leg of path.legs) {
    const next: unknown[] = [];
    for (const v of current) step(v, leg, next);
    current = next;
  }
  return current;
}

function step(v: unknown, leg: PathLeg, out: unknown[]): void {
  switch (leg.kind) {
    case "member":
      if (v instanceof Map && v.has(leg.key)) out.push(v.get(leg.key));
      return;
    case "anyMember":
      if (v instanceof Map) for (const x of v.values()) out.push(x);
      return;
    case "cell": {
      // A scalar or object behaves as an array of one element for [0] and [last].
      const arr = Array.isArray(v) ? v : [v];
      const k = resolveIndex(leg.index, arr.length);
      if (k >= 0 && k < arr.length) out.push(arr[k]);
      return;
    }
    case "range": {
      const arr = Array.isArray(v) ? v : [v];
      const a = Math.max(0, resolveIndex(leg.from, arr.length));
      const b = Math.min(arr.length - 1, resolveIndex(leg.to, arr.length));
      for (let k = a; k <= b; k++) out.push(arr[k]);
      return;
    }
    case "anyCell":
      if (Array.isArray(v)) for (const x of v) out.push(x);
      return;
    case "ellipsis":
      descend(v, out);
      return;
  }
}

/** `**`: the value itself and every value nested in it. */
function descend(v: unknown, out: unknown[]): void {
  out.push(v);
  if (v instanceof Map) for (const x of v.values()) descend(x, out);
  else if (Array.isArray(v)) for (const x of v) descend(x, out);
}
