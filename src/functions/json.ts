import type { Builtin } from "./types.ts";
export const jsonBuiltins: readonly Builtin[] = [];
