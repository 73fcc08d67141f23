import type { Builtin } from "./types.ts";
export const timeBuiltins: readonly Builtin[] = [];
