// Subquery predicates: a scalar subquery, EXISTS, [NOT] IN (subquery), `x op ANY|SOME|ALL (subquery)`, and
// comparisons where a row meets a subquery: `(a, b) = (SELECT c, d ...)`, `(a, b) IN (SELECT c, d ...)`.
//
// Three-valued logic as MySQL 8 documents it (any-in-some-subqueries.html, all-subqueries.html): over no rows ANY is
// false and ALL true, whatever the operand; otherwise a NULL operand or a NULL comparison makes ANY NULL unless some
// comparison is true, and ALL NULL unless some comparison is false. `= ANY` is IN and `<> ALL` is NOT IN; only those
// two take a row operand (MySQL's select_in_like_transformer refuses the others with 1241 for one column).
//
// A subquery's column count is checked when it is compiled: inside a query that is now; in a routine's SET, IF or
// RETURN the query is compiled on its first run, so the check comes then, before any row is compared.

import type { Expr, InSubquery, Quantified, SelectStmt } from "../ast.ts";
import { SqlError } from "../errors.ts";
import type { NonNullValue } from "../values/coerce.ts";
import type { Value } from "../values/value.ts";
import {
  type CompareOp,
  type Comparer,
  chooseComparer,
  compileCompare,
  compileRowCompare,
  holds,
} from "./compare-ops.ts";
import { makeNode, type Node, T_ANY, T_BOOL } from "./node.ts";
import type { ExecContext, Scope, SubqueryRun } from "./types.ts";

/** What the subquery compilers need of the expression compiler. */
export interface SubqueryCompiler {
  readonly scope: Scope;
  readonly collation: string;
  compile(e: Expr): Node;
  /** A hex or bit literal compared with a number is the unsigned integer it spells (0x41 = 65); else undefined. */
  bitsAsNumber(e: Expr, other: Node): Node | undefined;
}

export function operandColumns(n: number): SqlError {
  return new SqlError(1241, "21000", `Operand should contain ${n} column(s)`);
}

function runner(c: SubqueryCompiler, query: SelectStmt, mode: "scalar" | "exists" | "in"): SubqueryRun {
  const sub = c.scope.subquery;
  if (sub === undefined)
    throw new SqlError(1235, "42000", "This version of MySQL doesn't yet support 'subqueries here'");
  return sub.call(c.scope, query, mode);
}

type Rows = readonly (readonly Value[])[];

/** Checks the width of the subquery's rows: now if it is compiled, else on the runs until it is (1241). */
function widthCheck(run: SubqueryRun, want: number): (rows: Rows) => void {
  const known = run.columns?.length;
  if (known !== undefined) {
    if (known !== want) throw operandColumns(want);
    return () => {};
  }
  let checked = false;
  return (rows) => {
    if (checked) return;
    const n = run.columns?.length ?? rows[0]?.length;
    if (n === undefined) return;
    if (n !== want) throw operandColumns(want);
    checked = run.columns !== undefined;
  };
}

/**
 * The static type of a subquery's column, for choosing the comparison as for `x op column`. A string column's
 * collation derivation is not known here (a literal is coercible, a column implicit), so the other operand's collation
 * decides, as it does for a value of unknown type.
 */
function columnProbe(run: SubqueryRun, i: number): Node {
  const t = run.types?.[i];
  return makeNode(() => null, t === undefined || t.kind === "string" ? T_ANY : t, false);
}

// ---- scalar subqueries and EXISTS ------------------------------------------------------------------------------

function scalarOf(run: SubqueryRun): Node {
  const check = widthCheck(run, 1);
  return makeNode(
    (ctx) => {
      const rows = run(ctx);
      check(rows);
      if (rows.length === 0) return null;
      if (rows.length > 1) throw new SqlError(1242, "21000", "Subquery returns more than 1 row");
      return rows[0][0];
    },
    T_ANY,
    false,
  );
}

export function compileScalarSubquery(query: SelectStmt, c: SubqueryCompiler): Node {
  return scalarOf(runner(c, query, "scalar"));
}

export function compileExists(query: SelectStmt, c: SubqueryCompiler): Node {
  const run = runner(c, query, "exists");
  return makeNode((ctx) => (run(ctx).length > 0 ? 1 : 0), T_BOOL, false);
}

// ---- rows -----------------------------------------------------------------------------------------------------

/** One side of a row comparison. */
interface RowSide {
  /** Each column's static type; undefined for a subquery compiled on its first run. */
  readonly columns: readonly Node[] | undefined;
  /** The values of one evaluation, or null when a subquery found no row (the whole row is NULL). */
  values(ctx: ExecContext): readonly Value[] | null;
  /** The width, once known. */
  width(): number | undefined;
  /** The row constructor's items, compiled; only for `(a, b)`. */
  readonly items?: readonly Node[];
}

function itemsSide(items: readonly Node[]): RowSide {
  return { columns: items, items, values: (ctx) => items.map((n) => n.eval(ctx)), width: () => items.length };
}

function subquerySide(run: SubqueryRun): RowSide {
  return {
    columns: run.types?.map((_, i) => columnProbe(run, i)),
    values: (ctx) => {
      const rows = run(ctx);
      if (rows.length === 0) return null;
      if (rows.length > 1) throw new SqlError(1242, "21000", "Subquery returns more than 1 row");
      return rows[0];
    },
    width: () => run.columns?.length,
  };
}

type Operand = { readonly row: RowSide } | { readonly node: Node };

/**
 * A comparison operand: a row constructor is a row, a subquery is one when it has more than one column or, compiled
 * only on its first run, when it stands against a row constructor (`rowContext`).
 */
function operandOf(e: Expr, c: SubqueryCompiler, rowContext: boolean): Operand {
  if (e.kind === "Row") return { row: itemsSide(e.items.map((x) => c.compile(x))) };
  if (e.kind === "ScalarSubquery") {
    const run = runner(c, e.query, "scalar");
    const n = run.columns?.length;
    if (n === undefined ? rowContext : n !== 1) return { row: subquerySide(run) };
    return { node: scalarOf(run) };
  }
  return { node: c.compile(e) };
}

const widthOf = (o: Operand): number | undefined => ("node" in o ? 1 : o.row.width());

/** The comparison of each column pair, chosen from the static types as for `a op b`. */
function pairComparers(left: RowSide, right: RowSide, n: number, connection: string, op: string): Comparer[] {
  const probe = makeNode(() => null, T_ANY, false);
  return Array.from(
    { length: n },
    (_, i) => chooseComparer(left.columns?.[i] ?? probe, right.columns?.[i] ?? probe, connection, op).cmp,
  );
}

/** Row equality: 1 when every pair is equal, 0 when some pair differs, NULL when only NULL pairs leave it open. */
function rowEquals(
  a: readonly Value[],
  b: readonly Value[],
  cmps: readonly Comparer[],
  ctx: ExecContext,
): 0 | 1 | null {
  let unknown = false;
  for (let i = 0; i < cmps.length; i++) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === null || y === null) unknown = true;
    else if (cmps[i](x, y, ctx) !== 0) return 0;
  }
  return unknown ? null : 1;
}

/**
 * `l op r` for rows of which at least one comes from a subquery. As Arg_comparator::compare_row: a subquery without
 * a row makes the result NULL (for <=> its columns are NULLs); = and <> look past NULL pairs for a difference; the
 * ordering operators are decided by the first pair that differs, and a NULL before it makes the result NULL.
 */
function rowComparison(op: CompareOp, l: RowSide, r: RowSide, n: number, connection: string): Node {
  const cmps = pairComparers(l, r, n, connection, op);
  const sameWidth = (a: readonly Value[] | null, b: readonly Value[] | null): void => {
    const wl = a?.length ?? l.width();
    const wr = b?.length ?? r.width();
    if (wl !== undefined && wr !== undefined && wl !== wr) throw operandColumns(wl);
  };
  return makeNode(
    (ctx) => {
      const a = l.values(ctx);
      const b = r.values(ctx);
      sameWidth(a, b);
      if (op === "<=>") {
        for (let i = 0; i < n; i++) {
          const x = a?.[i] ?? null;
          const y = b?.[i] ?? null;
          if (x === null || y === null) {
            if (x !== y) return 0;
          } else if (cmps[i](x, y, ctx) !== 0) return 0;
        }
        return 1;
      }
      if (a === null || b === null) return null;
      if (op === "=" || op === "<>") {
        const eq = rowEquals(a, b, cmps, ctx);
        return eq === null ? null : (eq === 1) === (op === "=") ? 1 : 0;
      }
      for (let i = 0; i < n; i++) {
        const x = a[i];
        const y = b[i];
        if (x === null || y === null) return null;
        const d = cmps[i](x, y, ctx);
        if (d !== 0) return holds(op, d);
      }
      return holds(op, 0);
    },
    T_BOOL,
    false,
  );
}

/**
 * `left op right` where either side is a row constructor or a subquery (which may turn out to be a row or a scalar).
 * Mismatched widths are 1241 with the left side's width, as MySQL checks the right operand against the left.
 */
export function compileRowishComparison(op: CompareOp, left: Expr, right: Expr, c: SubqueryCompiler): Node {
  const l = operandOf(left, c, right.kind === "Row");
  const r = operandOf(right, c, left.kind === "Row");
  if ("node" in l && "node" in r) return compileCompare(op, l.node, r.node, c.collation);
  const wl = widthOf(l);
  const wr = widthOf(r);
  if (wl !== undefined && wr !== undefined && wl !== wr) throw operandColumns(wl);
  // both are rows now: a scalar stands only against a subquery of unknown width, which is a row only beside a Row
  if (!("row" in l) || !("row" in r)) throw operandColumns(wl ?? 1);
  if (l.row.items !== undefined && r.row.items !== undefined) {
    return compileRowCompare(op, l.row.items, r.row.items, c.collation);
  }
  return rowComparison(op, l.row, r.row, (wl ?? wr) as number, c.collation);
}

// ---- IN, ANY, ALL -------------------------------------------------------------------------------------------------

/** `(a, b) [NOT] IN (SELECT c, d ...)`: IN is true when some row is equal, else NULL when some row may be. */
function rowIn(left: RowSide, run: SubqueryRun, not: boolean, c: SubqueryCompiler): Node {
  const n = left.width();
  if (n === undefined) throw operandColumns(1);
  const check = widthCheck(run, n);
  const cmps = pairComparers(left, subquerySide(run), n, c.collation, "in");
  const yes = not ? 0 : 1;
  return makeNode(
    (ctx) => {
      const a = left.values(ctx);
      const rows = run(ctx);
      check(rows);
      if (rows.length === 0) return 1 - yes;
      if (a === null) return null;
      let unknown = false;
      for (const row of rows) {
        const eq = rowEquals(a, row, cmps, ctx);
        if (eq === 1) return yes;
        if (eq === null) unknown = true;
      }
      return unknown ? null : 1 - yes;
    },
    T_BOOL,
    false,
  );
}

/** `x op ANY|ALL (SELECT y ...)` for one column; `not` negates the result (NOT IN). */
function scalarQuantified(
  op: CompareOp,
  all: boolean,
  operandExpr: Expr,
  compiled: Node,
  run: SubqueryRun,
  not: boolean,
  c: SubqueryCompiler,
): Node {
  const check = widthCheck(run, 1);
  const probe = columnProbe(run, 0);
  const operand = c.bitsAsNumber(operandExpr, probe) ?? compiled;
  const cmp = chooseComparer(operand, probe, c.collation, op === "=" && !all ? "in" : op).cmp;
  const A = operand.eval;
  // the answer when no row decides: ALL holds over no rows, ANY does not
  const undecided = all !== not ? 1 : 0;
  return makeNode(
    (ctx) => {
      const a = A(ctx);
      const rows = run(ctx);
      check(rows);
      if (rows.length === 0) return undecided;
      if (a === null) return null;
      let unknown = false;
      for (const row of rows) {
        const b = row[0];
        if (b === null) {
          unknown = true;
          continue;
        }
        // ANY is decided by a true comparison, ALL by a false one
        if ((holds(op, cmp(a, b as NonNullValue, ctx)) === 1) !== all) return 1 - undecided;
      }
      return unknown ? null : undecided;
    },
    T_BOOL,
    false,
  );
}

export function compileInSubquery(e: InSubquery, c: SubqueryCompiler): Node {
  const left = operandOf(e.operand, c, false);
  const run = runner(c, e.query, "in");
  if ("row" in left) return rowIn(left.row, run, e.not, c);
  return scalarQuantified("=", false, e.operand, left.node, run, e.not, c);
}

export function compileQuantified(e: Quantified, c: SubqueryCompiler): Node {
  const all = e.quantifier === "ALL";
  const left = operandOf(e.operand, c, false);
  const run = runner(c, e.query, "in");
  if ("row" in left) {
    // = ANY is IN and <> ALL is NOT IN, for rows too; no other quantified comparison takes a row
    if (e.op === "=" && !all) return rowIn(left.row, run, false, c);
    if (e.op === "<>" && all) return rowIn(left.row, run, true, c);
    throw operandColumns(1);
  }
  return scalarQuantified(e.op, all, e.operand, left.node, run, false, c);
}
