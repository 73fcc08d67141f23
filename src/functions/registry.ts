// The builtin function table, keyed by upper-case name. Synonyms are separate entries (see each module).

import { dateBuiltins } from "./dates.ts";
import { flowBuiltins } from "./flow.ts";
import { hashBuiltins } from "./hash.ts";
import { infoBuiltins } from "./info.ts";
import { jsonBuiltins } from "./json.ts";
import { numericBuiltins } from "./numeric.ts";
import { regexpBuiltins } from "./regexp.ts";
import { stringBuiltins } from "./string.ts";
import { timeBuiltins } from "./time.ts";
import type { Builtin } from "./types.ts";

const table = new Map<string, Builtin>();
for (const group of [
  stringBuiltins,
  numericBuiltins,
  flowBuiltins,
  infoBuiltins,
  timeBuiltins,
  dateBuiltins,
  hashBuiltins,
  jsonBuiltins,
  regexpBuiltins,
]) {
  for (const b of group) {
    if (table.has(b.name)) throw new Error(`builtin ${b.name} registered twice`);
    table.set(b.name, b);
  }
}

/**
 * Adds a builtin that lives outside this folder (lambda_sync, which needs the session's function service).
 * Registering the same object twice is harmless; a different function under a taken name is a bug.
 */
export function registerBuiltin(b: Builtin): void {
  const existing = table.get(b.name);
  if (existing !== undefined && existing !== b) throw new Error(`builtin ${b.name} registered twice`);
  table.set(b.name, b);
}

/** The builtin called `name` (any case), or undefined: the caller then tries stored functions (error 1305). */
export function lookupBuiltin(name: string): Builtin | undefined {
  return table.get(name) ?? table.get(name.toUpperCase());
}

/** All registered names, for the README's list and for tests. */
export function builtinNames(): string[] {
  return [...table.keys()].sort();
}
