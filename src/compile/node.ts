// The expression compiler's internal form of a compiled expression, static-type helpers, and constant folding.
//
// A Node is a CompiledExpr with two extras the operators need:
//   raw           the value before DECIMAL display rounding. MySQL keeps a quotient at 9-digit-word precision
//                 inside an expression (1/3*3 is 1.0000, not 0.9999) and rounds to the declared scale only when the
//                 value leaves it; `eval` is the rounded value, `raw` what enclosing arithmetic reads.
//   coercibility  MySQL's collation derivation (0 EXPLICIT .. 6 IGNORABLE), for choosing a comparison collation.

import { rescale } from "../values/decimal.ts";
import { Decimal, type Value } from "../values/value.ts";
import type { CompiledExpr, Evaluator, ExecContext, SessionState, StaticType } from "./types.ts";

export interface Node extends CompiledExpr {
  readonly raw: Evaluator;
  readonly coercibility: number;
}

export const Coercibility = {
  EXPLICIT: 0,
  NONE: 1,
  IMPLICIT: 2,
  SYSCONST: 3,
  COERCIBLE: 4,
  NUMERIC: 5,
  IGNORABLE: 6,
} as const;

export const COERCIBILITY_NAMES = ["EXPLICIT", "NONE", "IMPLICIT", "SYSCONST", "COERCIBLE", "NUMERIC", "IGNORABLE"];

/** Integer, DECIMAL or DOUBLE: a type comparisons and output treat as a number. */
export function isNumericType(t: StaticType): boolean {
  return t.kind === "int" || t.kind === "decimal" || t.kind === "double";
}

export const T_INT: StaticType = { kind: "int", unsigned: false };
/** TRUE/FALSE, comparisons and logical operators: an integer JSON functions read as a boolean. */
export const T_BOOL: StaticType = { kind: "int", unsigned: false, boolean: true };
export const T_UINT: StaticType = { kind: "int", unsigned: true };
export const T_DOUBLE: StaticType = { kind: "double" };
export const T_NULL: StaticType = { kind: "null" };
export const T_ANY: StaticType = { kind: "any" };
export const T_JSON: StaticType = { kind: "json" };
export const T_BINARY: StaticType = { kind: "string", collation: "binary", binary: true };

export function tDecimal(scale: number): StaticType {
  return { kind: "decimal", scale };
}

export function tString(collation: string): StaticType {
  return collation === "binary" ? T_BINARY : { kind: "string", collation, binary: false };
}

/** Default coercibility of a node of this static type: strings are implicit, numbers numeric, NULL ignorable. */
export function defaultCoercibility(t: StaticType): number {
  if (t.kind === "string") return Coercibility.IMPLICIT;
  if (t.kind === "null") return Coercibility.IGNORABLE;
  return Coercibility.NUMERIC;
}

export function makeNode(
  evaluate: Evaluator,
  type: StaticType,
  constant: boolean,
  extra: { raw?: Evaluator; coercibility?: number; text?: string } = {},
): Node {
  return {
    eval: evaluate,
    raw: extra.raw ?? evaluate,
    type,
    constant,
    coercibility: extra.coercibility ?? defaultCoercibility(type),
    ...(extra.text === undefined ? {} : { text: extra.text }),
  };
}

/** Wraps a CompiledExpr from elsewhere (a scope, a builtin) as a Node. */
export function asNode(c: CompiledExpr, coercibility?: number): Node {
  const n = c as Partial<Node>;
  if (n.raw !== undefined && n.coercibility !== undefined) return c as Node;
  return {
    eval: c.eval,
    raw: c.raw ?? c.eval,
    type: c.type,
    constant: c.constant,
    coercibility: coercibility ?? defaultCoercibility(c.type),
    ...(c.text === undefined ? {} : { text: c.text }),
  };
}

const constants = new WeakMap<Node, Value>();

export function constNode(v: Value, type: StaticType, coercibility?: number, raw: Value = v): Node {
  const evaluate = () => v;
  const node = makeNode(evaluate, type, true, { raw: raw === v ? evaluate : () => raw, coercibility });
  constants.set(node, v);
  return node;
}

/** The value of a folded constant node, or undefined when the node is not one. */
export function constantValue(n: Node): Value | undefined {
  return constants.get(n);
}

/**
 * Shows an arithmetic DECIMAL at exactly the scale of its static type, as Item_func_numhybrid::val_str rounds to
 * `decimals`: a quotient carrying more digits is rounded (see `raw` above), and an operand typed wider than its value
 * (a DECIMAL user variable is DECIMAL(65,30)) pads with zeros.
 */
export function displayRounder(raw: Evaluator, scale: number): Evaluator {
  return (ctx) => {
    const v = raw(ctx);
    return v instanceof Decimal && v.scale !== scale ? rescale(v, scale) : v;
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Constant folding

class FoldAbort {}
const ABORT = new FoldAbort();

function abort(): never {
  throw ABORT;
}

/**
 * A context for evaluating constant subtrees at compile time: any warning or any session access (DATABASE(), USER(),
 * the clock, variables) aborts the fold, so what depends on the session is evaluated at run time.
 */
const foldSession = new Proxy({} as SessionState, { get: abort, set: abort, has: abort });

// Reading the sql_mode aborts too: what depends on it (division by zero, zero dates) is decided at run time.
const foldContext: ExecContext = {
  session: foldSession,
  slots: [],
  rows: [],
  strict: false,
  get sqlMode(): string {
    return abort();
  },
};

/**
 * Replaces a constant node by its value when evaluating it is silent. An evaluation that warns or throws is left
 * to run time, so that the warning or error happens when (and each time) MySQL would raise it.
 */
export function fold(node: Node): Node {
  if (!node.constant) return node;
  try {
    const v = node.eval(foldContext);
    const raw = node.raw === node.eval ? v : node.raw(foldContext);
    return constNode(v, node.type, node.coercibility, raw);
  } catch {
    return node;
  }
}
