import type { Builtin } from "./types.ts";
export const hashBuiltins: readonly Builtin[] = [];
