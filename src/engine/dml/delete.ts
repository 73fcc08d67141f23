// DELETE (single table) with WHERE, ORDER BY and LIMIT: BEFORE DELETE, the delete, AFTER DELETE, per row.

import type { Delete } from "../../ast.ts";
import type { CompiledStatement, ExecContext, Scope, StatementOutcome } from "../../compile/types.ts";
import { withStrictHandler } from "../../session/strict-handler.ts";
import type { EngineEnv } from "../env.ts";
import type { Table } from "../table.ts";
import { fire, perTable, resolveTable, rowContext, strictFor, triggersOf } from "./common.ts";
import { compileRowFilter, type RowFilter } from "./target-rows.ts";

interface DeletePlan {
  readonly table: Table;
  readonly filter: RowFilter;
}

export function compileDelete(stmt: Delete, locals: Scope | undefined, env: EngineEnv): CompiledStatement {
  // The plan is compiled on the first execution for a table, with that execution's context (for subqueries).
  let building: ExecContext | undefined;
  const plan = perTable(
    (table): DeletePlan => ({
      table,
      filter: compileRowFilter(table, undefined, stmt.where, stmt.orderBy, stmt.limit, locals, env, building),
    }),
  );
  return (ctx) => {
    const table = resolveTable(ctx, stmt.table);
    building = ctx;
    const p = plan(table);
    const engine = ctx.session.engine;
    engine.checkModifiable(table);
    return engine.usingTables([table], () =>
      withStrictHandler(ctx.session, strictFor(ctx, stmt.ignore), () => runDelete(p, ctx)),
    );
  };
}

function runDelete(p: DeletePlan, ctx: ExecContext): StatementOutcome {
  const { table } = p;
  const engine = ctx.session.engine;
  const c = rowContext(ctx, 1);
  const triggers = triggersOf(engine, table, "DELETE");
  let affected = 0;
  for (const [id, old] of p.filter.select(c)) {
    engine.checkpoint("delete:row");
    fire(c, triggers.before, undefined, old);
    table.delete(id, engine.undo);
    affected++;
    fire(c, triggers.after, undefined, old);
  }
  return { resultSets: [], affectedRows: affected };
}
