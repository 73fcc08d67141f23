// The contract between the expression compiler (src/compile) and the builtin functions (src/functions).

import type { CompiledExpr, Evaluator, ExecContext, StaticType } from "../compile/types.ts";
import type { Value } from "../values/value.ts";

interface BuiltinBase {
  /** Upper-case name as MySQL spells it: `SUBSTRING`. Synonyms are separate registry keys pointing to one Builtin. */
  readonly name: string;
  readonly minArgs: number;
  /** `Infinity` for variadic functions. */
  readonly maxArgs: number;
  /**
   * Static result type, from the static types of the arguments and, for those that are constants, their values
   * (ROUND(x, 2) has two decimals).
   */
  returnType(args: readonly StaticType[], constants?: readonly (Value | undefined)[]): StaticType;
  /** Volatile functions (RAND, NOW, UUID, SLEEP, LAST_INSERT_ID, ...) are never constant-folded. */
  readonly volatile?: boolean;
}

/** A function that evaluates all its arguments first. */
export interface EagerBuiltin extends BuiltinBase {
  readonly form: "eager";
  /**
   * When true (the default for most of MySQL's functions), the compiler returns NULL without calling `impl` if any
   * argument is NULL.
   */
  readonly nullPropagating: boolean;
  impl(args: readonly Value[], ctx: ExecContext, argTypes: readonly StaticType[]): Value;
}

/** A function that controls evaluation of its arguments itself (IF, IFNULL, COALESCE, ...). */
export interface LazyBuiltin extends BuiltinBase {
  readonly form: "lazy";
  compile(args: readonly CompiledExpr[]): Evaluator;
  /**
   * The unrounded result, for functions that hand an argument on (COALESCE(1/3) * 3 reads the quotient's full
   * precision, as MySQL's val_decimal does); absent means `compile`'s.
   */
  compileRaw?(args: readonly CompiledExpr[]): Evaluator;
  /** Collation derivation of a string result (Coercibility in compile/node.ts); absent: the static type's default. */
  readonly coercibility?: number;
}

export type Builtin = EagerBuiltin | LazyBuiltin;
