// Operator precedence for the expressions the parser reads flat.
//
// The grammar reads `a + b * c << d` as a list of operands and a list of operators, and these functions fold the
// lists into a tree by MySQL's precedence table. Doing it here instead of with one grammar rule per level keeps
// the parser shallow (fewer rule calls per operand, which is most of the parse time for expression-heavy code) and
// puts the whole table in one place.

import type { BinaryOp, Expr } from "../src/ast.ts";

/** Higher binds tighter. All of these are left-associative in MySQL. */
const precedence: Readonly<Record<BinaryOp, number>> = {
  OR: 1,
  XOR: 2,
  AND: 3,
  // comparisons are folded by the grammar (left-associative chain), listed for completeness
  "=": 5,
  "<=>": 5,
  "<>": 5,
  "<": 5,
  "<=": 5,
  ">": 5,
  ">=": 5,
  "|": 6,
  "&": 7,
  "<<": 8,
  ">>": 8,
  "+": 9,
  "-": 9,
  "*": 10,
  "/": 10,
  DIV: 10,
  "%": 10,
  "^": 11,
};

/** Folds `operands[0] ops[0] operands[1] ...` into a left-associative tree by precedence (shunting-yard). */
export function foldBinary(operands: readonly Expr[], ops: readonly BinaryOp[]): Expr {
  const first = operands[0] as Expr;
  if (ops.length === 0) return first;
  const values: Expr[] = [first];
  const pending: BinaryOp[] = [];
  const reduce = (): void => {
    const right = values.pop() as Expr;
    const left = values.pop() as Expr;
    const op = pending.pop() as BinaryOp;
    values.push({ kind: "Binary", op, left, right, start: left.start, end: right.end });
  };
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i] as BinaryOp;
    const p = precedence[op];
    while (pending.length > 0 && precedence[pending[pending.length - 1] as BinaryOp] >= p) reduce();
    pending.push(op);
    values.push(operands[i + 1] as Expr);
  }
  while (pending.length > 0) reduce();
  return values[0] as Expr;
}
