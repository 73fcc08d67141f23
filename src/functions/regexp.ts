import type { Builtin } from "./types.ts";
export const regexpBuiltins: readonly Builtin[] = [];
