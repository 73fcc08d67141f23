// Which rows an UPDATE or DELETE touches: WHERE, ORDER BY and LIMIT over one table.
//
// A WHERE that fixes every primary-key column to a value not depending on the table (`id = 5`, `id = v` with a
// local variable) is a point lookup, so a keyed UPDATE/DELETE never scans. Everything else scans in clustered
// (primary-key) order, which is also the order MySQL processes rows in when there is no ORDER BY.

import type { ColumnRef, Expr, Limit, OrderItem } from "../../ast.ts";
import type { CompiledExpr, ExecContext, Scope } from "../../compile/types.ts";
import { SqlError } from "../../errors.ts";
import { toInteger, truth } from "../../values/coerce.ts";
import { collation } from "../../values/collation.ts";
import { compareDynamic } from "../../values/compare.ts";
import { Bytes, Decimal, Double, type Value } from "../../values/value.ts";
import type { EngineEnv } from "../env.ts";
import type { Table } from "../table.ts";
import type { Row, RowId } from "../types.ts";
import { EMPTY_SCOPE, tableScope, withDmlSubqueries } from "./common.ts";

export interface RowFilter {
  /** The rows to process, in processing order. `c.rows[0]` is used while evaluating. */
  select(c: ExecContext & { rows: (Row | null)[] }): [RowId, Row][];
}

interface KeyPart {
  readonly column: number;
  readonly value: CompiledExpr;
}

/** Splits `a AND b AND ...` into its conjuncts. */
function conjuncts(e: Expr, out: Expr[] = []): Expr[] {
  if (e.kind === "Binary" && e.op === "AND") {
    conjuncts(e.left, out);
    conjuncts(e.right, out);
  } else out.push(e);
  return out;
}

/** True when the expression mentions no column of the table (only literals, locals, variables, functions). */
function independentOfTable(e: Expr, table: Table, locals: Scope | undefined): boolean {
  let ok = true;
  const walk = (node: unknown): void => {
    if (!ok || node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      for (const x of node) walk(x);
      return;
    }
    const n = node as { kind?: string };
    if (n.kind === "ColumnRef") {
      const ref = node as ColumnRef;
      const local = ref.qualifier.length === 0 || ref.qualifier.length === 1 ? locals?.resolve(ref) : undefined;
      if (!local) ok = false;
      return;
    }
    if (
      n.kind === "Select" ||
      n.kind === "ScalarSubquery" ||
      n.kind === "Exists" ||
      n.kind === "InSubquery" ||
      n.kind === "Quantified"
    ) {
      ok = false;
      return;
    }
    for (const v of Object.values(node)) walk(v);
  };
  walk(e);
  void table;
  return ok;
}

function keyColumnOf(e: Expr, table: Table, alias: string | undefined, locals: Scope | undefined): number {
  if (e.kind !== "ColumnRef") return -1;
  const q = e.qualifier;
  if (q.length > 0 && q[q.length - 1] !== (alias ?? table.name)) return -1;
  // an unqualified name that is a local variable or parameter means the variable, not the column (A4)
  if (q.length === 0 && locals?.resolve(e) !== undefined) return -1;
  return table.columnIndex(e.name);
}

/** A value can be looked up in an index exactly when it has the key column's kind (else `=` would convert). */
function lookupable(v: Value, numericKey: boolean): boolean {
  if (numericKey) return typeof v === "number" || typeof v === "bigint" || v instanceof Decimal || v instanceof Double;
  return typeof v === "string" || v instanceof Bytes;
}

const NUMERIC_TYPES = new Set(["TINYINT", "SMALLINT", "MEDIUMINT", "INT", "BIGINT", "DECIMAL", "BOOLEAN", "BIT"]);

function planKeyLookup(
  where: Expr,
  table: Table,
  alias: string | undefined,
  locals: Scope | undefined,
  env: EngineEnv,
): KeyPart[] | undefined {
  if (table.primaryKey.length === 0) return undefined;
  const found = new Map<number, Expr>();
  for (const c of conjuncts(where)) {
    if (c.kind !== "Binary" || c.op !== "=") continue;
    for (const [col, val] of [
      [c.left, c.right],
      [c.right, c.left],
    ] as const) {
      const i = keyColumnOf(col, table, alias, locals);
      if (i >= 0 && table.primaryKey.includes(i) && independentOfTable(val, table, locals)) found.set(i, val);
    }
  }
  if (!table.primaryKey.every((i) => found.has(i))) return undefined;
  return table.primaryKey.map((i) => ({
    column: i,
    value: env.compileExpr(found.get(i) as Expr, locals ?? EMPTY_SCOPE),
  }));
}

function limitEvaluator(limit: Limit | undefined, locals: Scope | undefined, env: EngineEnv) {
  if (!limit) return undefined;
  const count = env.compileExpr(limit.count, locals ?? EMPTY_SCOPE);
  return (ctx: ExecContext): number => {
    const n = toInteger(count.eval(ctx), ctx);
    if (n === null) throw new SqlError(1210, "HY000", "Incorrect arguments to LIMIT");
    return Number(n);
  };
}

export function compileRowFilter(
  table: Table,
  alias: string | undefined,
  where: Expr | undefined,
  orderBy: readonly OrderItem[],
  limit: Limit | undefined,
  locals: Scope | undefined,
  env: EngineEnv,
  /** The context of the first execution: subqueries in WHERE read its catalog (none: subqueries refused). */
  ctx?: ExecContext,
): RowFilter {
  const whereScope = withDmlSubqueries(tableScope(table, alias, locals, "where clause"), ctx, table);
  const cond = where ? env.compileExpr(where, whereScope) : undefined;
  const key = where ? planKeyLookup(where, table, alias, locals, env) : undefined;
  const orderScope = tableScope(table, alias, locals, "order clause");
  const order = orderBy.map((o) => ({ expr: env.compileExpr(o.expr, orderScope), desc: o.desc }));
  const count = limitEvaluator(limit, locals, env);
  const numericKey = table.primaryKey.map((i) => NUMERIC_TYPES.has(table.columns[i].type.name));
  const coll = collation(table.options.collation);

  return {
    select(c) {
      let candidates: [RowId, Row][] | undefined;
      if (key) {
        const values = key.map((k) => k.value.eval(c));
        if (values.every((v, i) => v !== null && lookupable(v, numericKey[i]))) {
          const id = table.rowIdByKey(0, values);
          const row = id === undefined ? undefined : table.get(id);
          candidates = id !== undefined && row ? [[id, row]] : [];
        }
      }
      candidates ??= table.entries();
      let out: [RowId, Row][] = [];
      for (const entry of candidates) {
        c.rows[0] = entry[1];
        if (!cond || truth(cond.eval(c), c) === true) out.push(entry);
      }
      if (order.length > 0) {
        const keyed = out.map((e) => {
          c.rows[0] = e[1];
          return { e, k: order.map((o) => o.expr.eval(c)) };
        });
        keyed.sort((a, b) => {
          for (let i = 0; i < order.length; i++) {
            const x = a.k[i];
            const y = b.k[i];
            const r = x === null || y === null ? (x === y ? 0 : x === null ? -1 : 1) : compareDynamic(x, y, coll, c);
            if (r !== 0) return order[i].desc ? -r : r;
          }
          return 0;
        });
        out = keyed.map((x) => x.e);
      }
      if (count) out = out.slice(0, Math.max(0, count(c)));
      return out;
    },
  };
}
