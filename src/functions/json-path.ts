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

export function resolveIndex(ix: ArrayIndex, length: number): number {
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

/** How JSON_SET, JSON_INSERT and JSON_REPLACE treat a path: set adds or replaces, insert only adds, replace only replaces. */
export type UpdateMode = "set" | "insert" | "replace";

/**
 * `doc` with the value at `legs` (member and cell legs only) added or replaced, copying only the containers on the way;
 * `doc` itself when nothing changes. A missing member or a cell past the end is added when it is the last leg (a cell
 * past the end is appended, wrapping a non-array in an array first, as MySQL does); a missing parent leaves the
 * document as it is. `sort` puts a new member in MySQL's key order.
 */
export function updatePath(
  doc: unknown,
  legs: readonly PathLeg[],
  value: unknown,
  mode: UpdateMode,
  sort: (m: Map<string, unknown>) => Map<string, unknown>,
  i = 0,
): unknown {
  if (i === legs.length) return mode === "insert" ? doc : value;
  const leg = legs[i];
  const last = i === legs.length - 1;
  if (leg.kind === "member") {
    if (!(doc instanceof Map)) return doc;
    if (doc.has(leg.key)) {
      const old = doc.get(leg.key);
      const next = updatePath(old, legs, value, mode, sort, i + 1);
      if (next === old) return doc;
      const m = new Map(doc);
      m.set(leg.key, next);
      return m;
    }
    if (!last || mode === "replace") return doc;
    const m = new Map(doc);
    m.set(leg.key, value);
    return sort(m);
  }
  if (leg.kind === "cell") {
    const isArray = Array.isArray(doc);
    const arr: unknown[] = isArray ? (doc as unknown[]) : [doc];
    const k = resolveIndex(leg.index, arr.length);
    if (k >= 0 && k < arr.length) {
      const next = updatePath(arr[k], legs, value, mode, sort, i + 1);
      if (next === arr[k]) return doc;
      // `[0]` of a non-array is the value itself.
      if (!isArray) return next;
      const copy = [...arr];
      copy[k] = next;
      return copy;
    }
    if (!last || mode === "replace" || k < arr.length) return doc;
    return [...arr, value];
  }
  return doc;
}

/** `doc` without the value at `legs` (member and cell legs only); `doc` itself when there is nothing to remove. */
export function removePath(doc: unknown, legs: readonly PathLeg[], i = 0): unknown {
  const leg = legs[i];
  const last = i === legs.length - 1;
  if (leg.kind === "member") {
    if (!(doc instanceof Map) || !doc.has(leg.key)) return doc;
    const m = new Map(doc);
    if (last) m.delete(leg.key);
    else {
      const old = doc.get(leg.key);
      const next = removePath(old, legs, i + 1);
      if (next === old) return doc;
      m.set(leg.key, next);
    }
    return m;
  }
  if (leg.kind === "cell") {
    if (!Array.isArray(doc)) {
      // `[0]` of a non-array is the value itself, which can only be descended into.
      if (last || resolveIndex(leg.index, 1) !== 0) return doc;
      return removePath(doc, legs, i + 1);
    }
    const k = resolveIndex(leg.index, doc.length);
    if (k < 0 || k >= doc.length) return doc;
    if (last) return [...doc.slice(0, k), ...doc.slice(k + 1)];
    const next = removePath(doc[k], legs, i + 1);
    if (next === doc[k]) return doc;
    const copy = [...doc];
    copy[k] = next;
    return copy;
  }
  return doc;
}

/** `doc` with `f` applied to the value at `legs` (member and cell legs only), copying the containers on the way; `doc` when the path names nothing. */
export function mapPath(doc: unknown, legs: readonly PathLeg[], f: (v: unknown) => unknown, i = 0): unknown {
  if (i === legs.length) return f(doc);
  const leg = legs[i];
  if (leg.kind === "member") {
    if (!(doc instanceof Map) || !doc.has(leg.key)) return doc;
    const old = doc.get(leg.key);
    const next = mapPath(old, legs, f, i + 1);
    if (next === old) return doc;
    const m = new Map(doc);
    m.set(leg.key, next);
    return m;
  }
  if (leg.kind === "cell") {
    const isArray = Array.isArray(doc);
    const arr: unknown[] = isArray ? (doc as unknown[]) : [doc];
    const k = resolveIndex(leg.index, arr.length);
    if (k < 0 || k >= arr.length) return doc;
    const next = mapPath(arr[k], legs, f, i + 1);
    if (next === arr[k]) return doc;
    if (!isArray) return next;
    const copy = [...arr];
    copy[k] = next;
    return copy;
  }
  return doc;
}
