// Small constructors that keep the builtin tables readable.

import type { StaticType } from "../compile/types.ts";
import type { Value } from "../values/value.ts";
import type { EagerBuiltin } from "./types.ts";

type Impl = EagerBuiltin["impl"];

/** A NULL-propagating function: `impl` never sees a NULL argument. */
export function fn(
  name: string,
  minArgs: number,
  maxArgs: number,
  returnType: (args: readonly StaticType[]) => StaticType,
  impl: Impl,
  extra: { volatile?: boolean; nullPropagating?: boolean } = {},
): EagerBuiltin {
  return {
    form: "eager",
    name,
    minArgs,
    maxArgs,
    returnType,
    impl,
    nullPropagating: extra.nullPropagating ?? true,
    volatile: extra.volatile,
  };
}

/** Same function under another name (SUBSTR for SUBSTRING): error messages name the function as called. */
export function alias<B extends { name: string }>(b: B, name: string): B {
  return { ...b, name };
}

export type { Value };
