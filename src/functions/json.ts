// JSON functions. Documents are parsed by src/values/json-parse.ts into the tree JsonValue holds (Maps in MySQL's
// key order, number/bigint integers, Double, Decimal) and printed by src/values/json-text.ts in MySQL 8's form,
// `{"a": 1, "b": [1, 2]}`. Errors use MySQL's numbers: 3141 invalid JSON text, 3143 invalid path, 3146 wrong type.

import type { ExecContext, StaticType } from "../compile/types.ts";
import { SqlError } from "../errors.ts";
import { parseJson, sortJsonObject } from "../values/json-parse.ts";
import { jsonText } from "../values/json-text.ts";
import { Bytes, Decimal, Double, JsonValue, Temporal, type Value } from "../values/value.ts";
import { argText, INT, JSON_T, TEXT } from "./args.ts";
import { fn } from "./define.ts";
import {
  applyPath,
  type JsonPath,
  mapPath,
  parsePath,
  removePath,
  resolveIndex,
  type UpdateMode,
  updatePath,
} from "./json-path.ts";
import type { Builtin } from "./types.ts";

const json = (): StaticType => JSON_T;

/** Parses JSON text for argument `argNo` of `fnName`, raising MySQL's error 3141 when it is not JSON. */
export function parseJsonArg(text: string, argNo: number, fnName: string): unknown {
  const r = parseJson(text);
  if (r.ok) return r.value;
  throw new SqlError(
    3141,
    "22032",
    `Invalid JSON text in argument ${argNo} to function ${fnName}: "${r.message}" at position ${r.position}.`,
  );
}

/** A JSON document argument: a JSON value, or a string holding JSON text. Other types are error 3146. */
export function jsonDoc(v: Value, argNo: number, fnName: string): unknown {
  if (v instanceof JsonValue) return v.value;
  if (typeof v === "string" || v instanceof Bytes) return parseJsonArg(argText(v), argNo, fnName);
  throw new SqlError(
    3146,
    "22032",
    `Invalid data type for JSON data in argument ${argNo} to function ${fnName}; a JSON string or JSON type is required.`,
  );
}

/** The value at `path` in `doc` (JSON text or a JSON value), or undefined: what `doc->'path'` reads. */
export function extractPath(doc: unknown, path: string): unknown {
  const found = applyPath(doc, parsePath(path));
  return found.length === 0 ? undefined : found[0];
}

/**
 * An SQL value as a JSON value inside JSON_OBJECT / JSON_ARRAY: strings stay strings, JSON values nest, and a truth
 * value (TRUE, a comparison) becomes true/false.
 */
export function sqlToJson(v: Value, type?: StaticType): unknown {
  if (v === null) return null;
  if (type?.kind === "int" && type.boolean === true && typeof v === "number") return v !== 0;
  if (v instanceof JsonValue) return v.value;
  if (v instanceof Temporal) return v.text;
  if (v instanceof Bytes) return argText(v);
  return v;
}

function extract(a: readonly Value[]): Value {
  const doc = jsonDoc(a[0], 1, "json_extract");
  const paths = a.slice(1).map((p) => parsePath(argText(p)));
  // One path without wildcards gives the value itself; otherwise every match is collected into an array.
  if (paths.length === 1 && !paths[0].wildcard) {
    const found = applyPath(doc, paths[0]);
    return found.length === 0 ? null : new JsonValue(found[0]);
  }
  const all: unknown[] = [];
  for (const p of paths) all.push(...applyPath(doc, p));
  return all.length === 0 ? null : new JsonValue(all);
}

function unquote(v: Value): Value {
  if (v instanceof JsonValue) return typeof v.value === "string" ? v.value : jsonText(v.value);
  const s = argText(v);
  if (s.length >= 2 && s.startsWith('"') && s.endsWith('"')) {
    const parsed = parseJsonArg(s, 1, "json_unquote");
    return typeof parsed === "string" ? parsed : s;
  }
  return s;
}

function typeName(x: unknown): string {
  if (x === null) return "NULL";
  if (typeof x === "boolean") return "BOOLEAN";
  if (typeof x === "string") return "STRING";
  if (typeof x === "number") return "INTEGER";
  if (typeof x === "bigint") return x > 9223372036854775807n ? "UNSIGNED INTEGER" : "INTEGER";
  if (x instanceof Double) return "DOUBLE";
  if (x instanceof Decimal) return "DECIMAL";
  if (Array.isArray(x)) return "ARRAY";
  if (x instanceof Map) return "OBJECT";
  return "OPAQUE";
}

function object(a: readonly Value[], types: readonly StaticType[]): Value {
  if (a.length % 2 === 1) {
    // MySQL names the function as the query spells it; JSON_OBJECT is the usual spelling.
    throw new SqlError(1582, "42000", "Incorrect parameter count in the call to native function 'JSON_OBJECT'");
  }
  const m = new Map<string, unknown>();
  for (let i = 0; i < a.length; i += 2) {
    if (a[i] === null) throw new SqlError(3158, "22032", "JSON documents may not contain NULL member names.");
    // The last duplicate key wins, as in MySQL 8.0.3 and later.
    m.set(argText(a[i]), sqlToJson(a[i + 1], types[i + 1]));
  }
  return new JsonValue(sortJsonObject(m));
}

/** A JSON number as a JS number for comparisons, or undefined for other values. */
function jsonNumber(x: unknown): number | undefined {
  if (typeof x === "number") return x;
  if (typeof x === "bigint") return Number(x);
  if (x instanceof Double) return x.value;
  if (x instanceof Decimal) return Number(`${x.unscaled}e-${x.scale}`);
  return undefined;
}

/** Equality of two scalars as JSON_CONTAINS sees it: numbers by value whatever their type. */
function scalarEquals(a: unknown, b: unknown): boolean {
  const na = jsonNumber(a);
  const nb = jsonNumber(b);
  if (na !== undefined || nb !== undefined) return na === nb;
  return a === b;
}

/**
 * MySQL's json_contains rules: an array contains a candidate array when it contains each of its elements, and any
 * other candidate when one of its elements contains it; an object contains an object whose every key it has with a
 * containing value; a scalar contains only an equal scalar.
 */
function contains(target: unknown, candidate: unknown): boolean {
  if (Array.isArray(target)) {
    if (Array.isArray(candidate)) return candidate.every((c) => contains(target, c));
    return target.some((t) => contains(t, candidate));
  }
  if (target instanceof Map) {
    if (!(candidate instanceof Map)) return false;
    for (const [k, v] of candidate) {
      if (!target.has(k) || !contains(target.get(k), v)) return false;
    }
    return true;
  }
  if (Array.isArray(candidate) || candidate instanceof Map) return false;
  return scalarEquals(target, candidate);
}

/** JSON_DEPTH: 1 for a scalar or an empty array or object, else one more than the deepest element. */
function depth(x: unknown): number {
  const children = Array.isArray(x) ? x : x instanceof Map ? [...x.values()] : [];
  let d = 0;
  for (const c of children) d = Math.max(d, depth(c));
  return d + 1;
}

/** The value at `path` (a path without wildcards), or undefined: where JSON_LENGTH and JSON_CONTAINS look. */
function atPath(doc: unknown, v: Value): unknown {
  const path = parsePath(argText(v));
  if (path.wildcard) {
    throw new SqlError(
      3149,
      "42000",
      "In this situation, path expressions may not contain the * and ** tokens or an array range.",
    );
  }
  return applyPath(doc, path)[0];
}

function length(a: readonly Value[]): Value {
  let doc = jsonDoc(a[0], 1, "json_length");
  if (a.length > 1) {
    doc = atPath(doc, a[1]);
    if (doc === undefined) return null;
  }
  return Array.isArray(doc) ? doc.length : doc instanceof Map ? doc.size : 1;
}

function containsPath(a: readonly Value[]): Value {
  const doc = jsonDoc(a[0], 1, "json_contains_path");
  const mode = argText(a[1]).toLowerCase();
  if (mode !== "one" && mode !== "all") {
    // ER_JSON_BAD_ONE_OR_ALL_ARG
    throw new SqlError(
      3154,
      "42000",
      "The oneOrAll argument to json_contains_path may take these values: 'one' or 'all'.",
    );
  }
  const found = a.slice(2).map((p) => applyPath(doc, parsePath(argText(p))).length > 0);
  return (mode === "one" ? found.some((f) => f) : found.every((f) => f)) ? 1 : 0;
}

const WILDCARD_MESSAGE = "In this situation, path expressions may not contain the * and ** tokens or an array range.";

/** A path argument of a function that needs one location: wildcards and ranges are error 3149. */
function singlePath(v: Value): JsonPath {
  const path = parsePath(argText(v));
  if (path.wildcard) throw new SqlError(3149, "42000", WILDCARD_MESSAGE);
  return path;
}

/** JSON_SET, JSON_INSERT and JSON_REPLACE: (doc, path, value, ...) applied left to right. */
function update(name: string, mode: UpdateMode) {
  return (a: readonly Value[], _ctx: ExecContext, types: readonly StaticType[]): Value => {
    if (a.length % 2 === 0) {
      throw new SqlError(1582, "42000", `Incorrect parameter count in the call to native function '${name}'`);
    }
    if (a[0] === null) return null;
    let doc = jsonDoc(a[0], 1, name.toLowerCase());
    for (let i = 1; i < a.length; i += 2) {
      if (a[i] === null) return null;
      doc = updatePath(doc, singlePath(a[i]).legs, sqlToJson(a[i + 1], types[i + 1]), mode, sortJsonObject);
    }
    return new JsonValue(doc);
  };
}

function remove(a: readonly Value[]): Value {
  if (a.some((v) => v === null)) return null;
  let doc = jsonDoc(a[0], 1, "json_remove");
  for (let i = 1; i < a.length; i++) {
    const path = singlePath(a[i]);
    if (path.legs.length === 0) {
      throw new SqlError(3153, "42000", "The path expression '$' is not allowed in this context.");
    }
    doc = removePath(doc, path.legs);
  }
  return new JsonValue(doc);
}

function keys(a: readonly Value[]): Value {
  let doc = jsonDoc(a[0], 1, "json_keys");
  if (a.length > 1) {
    const found = applyPath(doc, singlePath(a[1]));
    if (found.length === 0) return null;
    doc = found[0];
  }
  return doc instanceof Map ? new JsonValue([...doc.keys()]) : null;
}

/** JSON_MERGE_PRESERVE of two values: arrays concatenate, objects unite (merging duplicate keys), scalars wrap. */
function mergePreserve(a: unknown, b: unknown): unknown {
  if (a instanceof Map && b instanceof Map) {
    const m = new Map(a);
    for (const [k, v] of b) m.set(k, m.has(k) ? mergePreserve(m.get(k), v) : v);
    return sortJsonObject(m);
  }
  const left = Array.isArray(a) ? a : [a];
  const right = Array.isArray(b) ? b : [b];
  return [...left, ...right];
}

/** JSON_MERGE_PATCH of two values (RFC 7396): a non-object patch replaces, null members delete. */
function mergePatch(target: unknown, patch: unknown): unknown {
  if (!(patch instanceof Map)) return patch;
  const m = target instanceof Map ? new Map(target) : new Map<string, unknown>();
  for (const [k, v] of patch) {
    if (v === null) m.delete(k);
    else m.set(k, mergePatch(m.get(k), v));
  }
  return sortJsonObject(m);
}

function mergePreserveAll(a: readonly Value[]): Value {
  let doc = jsonDoc(a[0], 1, "json_merge_preserve");
  for (let i = 1; i < a.length; i++) doc = mergePreserve(doc, jsonDoc(a[i], i + 1, "json_merge_preserve"));
  return new JsonValue(doc);
}

/** NULL makes the result unknown, but a later non-object argument still decides it (as in MySQL). */
function mergePatchAll(a: readonly Value[]): Value {
  let doc: unknown;
  let known = true;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === null) {
      known = false;
      continue;
    }
    const v = jsonDoc(a[i], i + 1, "json_merge_patch");
    if (!(v instanceof Map)) {
      doc = v;
      known = true;
    } else if (known) doc = i === 0 ? v : mergePatch(doc, v);
  }
  return known ? new JsonValue(doc) : null;
}

/** JSON_ARRAY_APPEND and JSON_ARRAY_INSERT: (doc, path, value, ...) applied left to right. */
function arrayEdit(name: string, edit: (doc: unknown, path: JsonPath, value: unknown) => unknown) {
  return (a: readonly Value[], _ctx: ExecContext, types: readonly StaticType[]): Value => {
    if (a.length % 2 === 0) {
      throw new SqlError(1582, "42000", `Incorrect parameter count in the call to native function '${name}'`);
    }
    if (a[0] === null) return null;
    let doc = jsonDoc(a[0], 1, name.toLowerCase());
    for (let i = 1; i < a.length; i += 2) {
      if (a[i] === null) return null;
      doc = edit(doc, singlePath(a[i]), sqlToJson(a[i + 1], types[i + 1]));
    }
    return new JsonValue(doc);
  };
}

/** Appends to the array at the path; a non-array there becomes an array of itself and the value. */
function arrayAppend(doc: unknown, path: JsonPath, value: unknown): unknown {
  return mapPath(doc, path.legs, (v) => (Array.isArray(v) ? [...v, value] : [v, value]));
}

/** Inserts at the array cell the path ends with (past the end appends); the path must end with a cell. */
function arrayInsert(doc: unknown, path: JsonPath, value: unknown): unknown {
  const last = path.legs[path.legs.length - 1];
  if (last === undefined || last.kind !== "cell") {
    throw new SqlError(3165, "42000", "A path expression is not a path to a cell in an array.");
  }
  return mapPath(doc, path.legs.slice(0, -1), (v) => {
    if (!Array.isArray(v)) return v;
    const k = Math.max(0, Math.min(v.length, resolveIndex(last.index, v.length)));
    return [...v.slice(0, k), value, ...v.slice(k)];
  });
}

export const jsonBuiltins: readonly Builtin[] = [
  fn("JSON_ARRAY_APPEND", 3, Number.POSITIVE_INFINITY, json, arrayEdit("JSON_ARRAY_APPEND", arrayAppend), {
    nullPropagating: false,
  }),
  fn("JSON_ARRAY_INSERT", 3, Number.POSITIVE_INFINITY, json, arrayEdit("JSON_ARRAY_INSERT", arrayInsert), {
    nullPropagating: false,
  }),
  fn("JSON_MERGE_PRESERVE", 2, Number.POSITIVE_INFINITY, json, mergePreserveAll),
  fn("JSON_MERGE_PATCH", 2, Number.POSITIVE_INFINITY, json, mergePatchAll, { nullPropagating: false }),
  fn("JSON_SET", 3, Number.POSITIVE_INFINITY, json, update("JSON_SET", "set"), { nullPropagating: false }),
  fn("JSON_INSERT", 3, Number.POSITIVE_INFINITY, json, update("JSON_INSERT", "insert"), { nullPropagating: false }),
  fn("JSON_REPLACE", 3, Number.POSITIVE_INFINITY, json, update("JSON_REPLACE", "replace"), {
    nullPropagating: false,
  }),
  fn("JSON_REMOVE", 2, Number.POSITIVE_INFINITY, json, remove, { nullPropagating: false }),
  fn("JSON_KEYS", 1, 2, json, keys),
  fn("JSON_LENGTH", 1, 2, () => INT, length),
  fn(
    "JSON_DEPTH",
    1,
    1,
    () => INT,
    (a) => depth(jsonDoc(a[0], 1, "json_depth")),
  ),
  fn(
    "JSON_CONTAINS",
    2,
    3,
    () => INT,
    (a) => {
      let target = jsonDoc(a[0], 1, "json_contains");
      const candidate = jsonDoc(a[1], 2, "json_contains");
      if (a.length > 2) {
        target = atPath(target, a[2]);
        if (target === undefined) return null;
      }
      return contains(target, candidate) ? 1 : 0;
    },
  ),
  fn("JSON_CONTAINS_PATH", 3, Number.POSITIVE_INFINITY, () => INT, containsPath),
  fn("JSON_EXTRACT", 2, Number.POSITIVE_INFINITY, json, (a) => extract(a)),
  fn(
    "JSON_UNQUOTE",
    1,
    1,
    () => TEXT,
    (a) => unquote(a[0]),
  ),
  fn(
    "JSON_VALID",
    1,
    1,
    () => INT,
    (a) => {
      const v = a[0];
      if (v instanceof JsonValue) return 1;
      if (typeof v !== "string" && !(v instanceof Bytes)) return 0;
      return parseJson(argText(v)).ok ? 1 : 0;
    },
  ),
  fn(
    "JSON_TYPE",
    1,
    1,
    () => TEXT,
    (a) => typeName(jsonDoc(a[0], 1, "json_type")),
  ),
  fn("JSON_OBJECT", 0, Number.POSITIVE_INFINITY, json, (a, _ctx, types) => object(a, types), {
    nullPropagating: false,
  }),
  fn(
    "JSON_ARRAY",
    0,
    Number.POSITIVE_INFINITY,
    json,
    (a, _ctx, types) => new JsonValue(a.map((v, i) => sqlToJson(v, types[i]))),
    {
      nullPropagating: false,
    },
  ),
  fn(
    "JSON_QUOTE",
    1,
    1,
    () => TEXT,
    (a) => jsonText(argText(a[0])),
  ),
];
