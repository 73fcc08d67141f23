// UPDATE (single table) with WHERE, ORDER BY and LIMIT.
//
// Per matched row: the assignments run left to right and each sees the columns already assigned (MySQL's
// single-table UPDATE semantics), BEFORE UPDATE triggers may change NEW, NOT NULL is checked, and the row is written
// only if it changed. Affected rows count changed rows; AFTER UPDATE triggers fire for every matched row, changed or
// not (checked on MariaDB 10.11). Errors name the row by its position among the matched rows.

import type { TableName, Update } from "../../ast.ts";
import type { CompiledExpr, CompiledStatement, ExecContext, Scope, StatementOutcome } from "../../compile/types.ts";
import { notSupported } from "../../runtime/unsupported.ts";
import { withStrictHandler } from "../../session/strict-handler.ts";
import { zoneOffsetMinutes } from "../../values/timezone.ts";
import { Temporal, type Value } from "../../values/value.ts";
import type { EngineEnv } from "../env.ts";
import { storeValue } from "../store.ts";
import type { Table } from "../table.ts";
import {
  checkNotNull,
  columnIndexOf,
  fire,
  perTable,
  resolveDefaults,
  resolveTable,
  rowContext,
  sameRow,
  strictFor,
  strictForRow,
  tableScope,
  triggersOf,
  withDmlSubqueries,
} from "./common.ts";
import { compileRowFilter, type RowFilter } from "./target-rows.ts";

interface UpdatePlan {
  readonly table: Table;
  readonly set: readonly { readonly column: number; readonly value: CompiledExpr }[];
  readonly filter: RowFilter;
  /** Columns with ON UPDATE CURRENT_TIMESTAMP that the statement does not assign. */
  readonly autoTimestamp: readonly number[];
}

function singleTable(stmt: Update): TableName {
  const t = stmt.tables[0];
  if (stmt.tables.length !== 1 || t.kind !== "TableName") throw notSupported("multiple-table UPDATE");
  return t;
}

function planUpdate(
  stmt: Update,
  table: Table,
  locals: Scope | undefined,
  env: EngineEnv,
  ctx: ExecContext | undefined,
): UpdatePlan {
  const alias = singleTable(stmt).alias;
  const scope = withDmlSubqueries(tableScope(table, alias, locals, "field list"), ctx, table);
  const set = stmt.set.map((a) => {
    const column = columnIndexOf(table, a.column, alias, "field list");
    return { column, value: env.compileExpr(resolveDefaults(a.value, table, column), scope) };
  });
  const assigned = new Set(set.map((s) => s.column));
  const autoTimestamp = table.columns.flatMap((c, i) => (c.onUpdateCurrentTimestamp && !assigned.has(i) ? [i] : []));
  const filter = compileRowFilter(table, alias, stmt.where, stmt.orderBy, stmt.limit, locals, env, ctx);
  return { table, set, filter, autoTimestamp };
}

export function compileUpdate(stmt: Update, locals: Scope | undefined, env: EngineEnv): CompiledStatement {
  // The plan is compiled on the first execution for a table, with that execution's context (for subqueries).
  let building: ExecContext | undefined;
  const plan = perTable((table) => planUpdate(stmt, table, locals, env, building));
  return (ctx) => {
    const table = resolveTable(ctx, singleTable(stmt).name);
    building = ctx;
    const p = plan(table);
    const engine = ctx.session.engine;
    engine.checkModifiable(table);
    return engine.usingTables([table], () =>
      withStrictHandler(ctx.session, strictFor(ctx, stmt.ignore), () => runUpdate(stmt, p, ctx)),
    );
  };
}

/** CURRENT_TIMESTAMP in a TIMESTAMP column's stored form (UTC, timezone.ts); a DATETIME column shows the session's. */
function nowText(ctx: ExecContext, fsp: number, timestamp: boolean): string {
  const micros = ctx.session.nowMicros() + (timestamp ? 0 : zoneOffsetMinutes(ctx) * 60_000_000);
  const d = new Date(Math.floor(micros / 1000));
  const base = d.toISOString().slice(0, 19).replace("T", " ");
  if (fsp === 0) return base;
  const frac = String(((micros % 1_000_000) + 1_000_000) % 1_000_000).padStart(6, "0");
  return `${base}.${frac.slice(0, fsp)}`;
}

function runUpdate(stmt: Update, p: UpdatePlan, ctx: ExecContext): StatementOutcome {
  const { table } = p;
  const engine = ctx.session.engine;
  const ignore = stmt.ignore;
  // IGNORE keeps division by zero a warning even in strict mode
  const c = rowContext(ctx, 1, !ignore);
  const triggers = triggersOf(engine, table, "UPDATE");
  const ai = table.autoIncrementColumn;
  const targets = p.filter.select(c);
  let affected = 0;
  let rowNum = 0;
  for (const [id, old] of targets) {
    rowNum++;
    engine.checkpoint("update:row");
    const strict = strictForRow(ctx, table, ignore, rowNum);
    // As in INSERT: once a non-transactional row changed, warnings stay warnings.
    ctx.session.strictHandler = strict;
    const row: Value[] = old.slice();
    c.rows[0] = row;
    for (const s of p.set) {
      const col = table.columns[s.column];
      const target = { column: col.name, table: table.name, row: rowNum, ignore: !strict };
      // stored from the full value (a quotient's unrounded digits), as Item::save_in_field does
      row[s.column] = storeValue((s.value.raw ?? s.value.eval)(c), col.type, c, target);
    }
    fire(c, triggers.before, row, old);
    checkNotNull(table, row, undefined, ctx, strict, strict);
    if (!sameRow(old, row)) {
      for (const i of p.autoTimestamp)
        row[i] = new Temporal(
          "DATETIME",
          nowText(ctx, table.columns[i].type.scale ?? 0, table.columns[i].type.name === "TIMESTAMP"),
        );
      const dup = table.findDuplicate(row, id);
      if (dup) {
        const err = table.duplicateError(row, dup.key, zoneOffsetMinutes(ctx));
        if (!ignore) throw err;
        ctx.session.warn(err.errno, err.sqlstate, err.message, "Warning");
        continue;
      }
      table.update(id, row.slice(), engine.undo);
      // MySQL 8 moves the AUTO_INCREMENT counter past a larger value an UPDATE stores (innodb-auto-increment-
      // handling.html); like every counter change it stays when the statement is undone.
      if (ai >= 0 && row[ai] !== old[ai]) table.noteAutoIncrementValue(row[ai]);
      affected++;
    }
    fire(c, triggers.after, row, old);
  }
  return { resultSets: [], affectedRows: affected };
}
