// Point lookups: a compile-time choice to read a table through its primary key instead of scanning it.
//
// When the WHERE clause is a conjunction containing `pk_col = e` for every primary-key column of a table, and each
// `e` can be evaluated before that table's loop starts (constants, locals, parameters, outer-query columns, columns
// of tables whose loops enclose it), the loop fetches the one row by key. The whole WHERE is still evaluated on that
// row, so the lookup only narrows what is read and never changes the answer; a key value that an index cannot
// compare the way `=` would (a string against an integer key) makes the loop scan instead (see catalog.ts).

import type { ColumnRef, Expr } from "../ast.ts";
import type { Scope } from "../compile/types.ts";
import type { QueryEnv } from "./env.ts";
import type { CompiledFrom, LookupCandidate, LookupTerm } from "./from.ts";
import type { RowScope, RowSet } from "./scope.ts";
import { childrenOf } from "./walk.ts";

function conjuncts(e: Expr): Expr[] {
  return e.kind === "Binary" && e.op === "AND" ? [...conjuncts(e.left), ...conjuncts(e.right)] : [e];
}

/** Functions whose value changes from row to row, so a key computed from them once would be wrong. */
const VOLATILE = new Set(["RAND", "UUID", "UUID_SHORT", "SLEEP", "LAST_INSERT_ID", "ROW_COUNT", "FOUND_ROWS"]);

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The [source, column] a bare or qualified column reference names among `rows`, ignoring locals; "ambiguous" when
 * several tables (or a USING merge) have it; undefined when none has it (an outer query's column).
 */
export function locate(ref: ColumnRef, rows: RowSet): [number, number] | "ambiguous" | undefined {
  const q = ref.qualifier;
  if (q.length > 2) return undefined;
  if (q.length === 0 && rows.coalesced.some((c) => sameName(c.name, ref.name))) return "ambiguous";
  const hits: [number, number][] = [];
  for (const s of rows.sources) {
    if (q.length >= 1 && s.alias !== q[q.length - 1]) continue;
    if (q.length === 2 && s.database !== q[0]) continue;
    const i = s.columns.findIndex((c) => sameName(c.name, ref.name));
    if (i >= 0) hits.push([s.index, i]);
  }
  return hits.length === 0 ? undefined : hits.length === 1 ? hits[0] : "ambiguous";
}

/** Like locate, for callers that only care about one unambiguous column. */
export function columnAt(ref: ColumnRef, rows: RowSet): [number, number] | undefined {
  const at = locate(ref, rows);
  return at === "ambiguous" ? undefined : at;
}

/** True when `e` can be computed before the loop of `c` starts, once per loop. */
function independent(e: Expr, c: LookupCandidate, rows: RowSet, locals: Scope | undefined): boolean {
  switch (e.kind) {
    case "ScalarSubquery":
    case "Exists":
    case "InSubquery":
    case "Quantified":
    case "AssignUserVar":
    case "AggregateCall":
    case "Default":
      return false;
    case "FunctionCall":
      if (VOLATILE.has(e.name.toUpperCase())) return false;
      break;
    case "ColumnRef": {
      if (locals?.resolve(e) !== undefined) return true;
      const at = locate(e, rows);
      if (at === "ambiguous") return false;
      // Not a column here: an outer query's column, fixed while this query runs.
      return at === undefined || c.bound.has(at[0]);
    }
  }
  return childrenOf(e).every((x) => independent(x, c, rows, locals));
}

/**
 * Chooses primary-key lookups for the base tables of one query level, from the conjuncts of its WHERE clause and
 * of the ON clauses that filter each table.
 */
export function planLookups(
  where: LookupTerm | undefined,
  from: CompiledFrom,
  locals: Scope | undefined,
  env: QueryEnv,
): void {
  for (const c of from.candidates) {
    const keys: ({ expr: Expr; scope: RowScope } | undefined)[] = c.table.primaryKey.map(() => undefined);
    const terms = [...(where === undefined ? [] : [where]), ...c.onTerms];
    for (const term of terms) {
      for (const t of conjuncts(term.expr)) {
        if (t.kind !== "Binary" || t.op !== "=") continue;
        for (const [col, other] of [
          [t.left, t.right],
          [t.right, t.left],
        ] as const) {
          if (col.kind !== "ColumnRef" || other.kind === "Collate") continue;
          if (locals?.resolve(col) !== undefined) continue;
          const at = locate(col, term.rows);
          if (at === undefined || at === "ambiguous" || at[0] !== c.source.index) continue;
          const k = c.table.primaryKey.indexOf(at[1]);
          if (k < 0 || keys[k] !== undefined || !independent(other, c, term.rows, locals)) continue;
          keys[k] = { expr: other, scope: term.scope };
        }
      }
    }
    if (keys.every((k) => k !== undefined)) {
      c.keys = keys.map((k) => env.compileExpr(k!.expr, k!.scope));
    }
  }
}
