// The sub-expressions of each expression kind, as an exhaustive map: a new Expr kind in src/ast.ts fails to compile
// here until someone says what its children are. Subqueries are not entered: their aggregates belong to them.

import type { Expr } from "../ast.ts";

type Children = { readonly [K in Expr["kind"]]: (e: Extract<Expr, { kind: K }>) => readonly (Expr | undefined)[] };

const none = (): readonly Expr[] => [];

const children: Children = {
  Null: none,
  Bool: none,
  Number: none,
  String: none,
  Hex: none,
  Bit: none,
  TemporalLiteral: none,
  ColumnRef: none,
  UserVar: none,
  SystemVar: none,
  AssignUserVar: (e) => [e.value],
  Unary: (e) => [e.operand],
  Binary: (e) => [e.left, e.right],
  Is: (e) => [e.operand],
  Like: (e) => [e.operand, e.pattern, e.escape],
  Regexp: (e) => [e.operand, e.pattern],
  Between: (e) => [e.operand, e.low, e.high],
  InList: (e) => [e.operand, ...e.list],
  InSubquery: (e) => [e.operand],
  Quantified: (e) => [e.operand],
  Exists: none,
  ScalarSubquery: none,
  CaseExpr: (e) => [e.operand, ...e.whens.flatMap((w) => [w.when, w.then]), e.else],
  FunctionCall: (e) => e.args,
  AggregateCall: (e) => [...e.args, ...(e.orderBy ?? []).map((o) => o.expr)],
  Cast: (e) => [e.operand],
  ConvertUsing: (e) => [e.operand],
  Collate: (e) => [e.operand],
  Interval: (e) => [e.value],
  Row: (e) => e.items,
  Default: none,
  JsonArrow: (e) => [e.operand],
  Star: none,
};

export function childrenOf(e: Expr): readonly Expr[] {
  const get = children[e.kind] as (e: Expr) => readonly (Expr | undefined)[];
  return get(e).filter((c): c is Expr => c !== undefined);
}

/** True when `e` contains an aggregate call of its own query level. */
export function hasAggregate(e: Expr): boolean {
  if (e.kind === "AggregateCall") return true;
  return childrenOf(e).some(hasAggregate);
}
