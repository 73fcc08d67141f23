// INSERT, INSERT IGNORE, REPLACE and INSERT ... ON DUPLICATE KEY UPDATE.
//
// Per row, in MySQL's order (checked on MariaDB 10.11 and in the MySQL 8.0 manual, "INSERT ... ON DUPLICATE KEY
// UPDATE" and "REPLACE"):
//   1. the row starts from the column defaults; the listed values are stored left to right (an expression may read
//      a column set earlier in the same row);
//   2. BEFORE INSERT triggers run with NEW writable (an AUTO_INCREMENT column still reads 0);
//   3. NOT NULL is checked (1364 for a column that got no value, 1048 for an explicit NULL), AUTO_INCREMENT assigned;
//   4. on a duplicate key: IGNORE warns and skips the row; REPLACE deletes the conflicting rows (BEFORE/AFTER DELETE
//      triggers, 1 affected row each) and inserts; ON DUPLICATE KEY UPDATE updates the conflicting row (BEFORE/AFTER
//      UPDATE triggers; 2 affected rows if it changed, 0 if not); otherwise 1062;
//   5. the row is written and AFTER INSERT triggers run.
// The statement is atomic only through the caller's statement savepoint (EngineSession.statement).

import type { Assignment, Expr, FunctionCall, Insert } from "../../ast.ts";
import type { CompiledExpr, CompiledStatement, ExecContext, Scope, StatementOutcome } from "../../compile/types.ts";
import { SqlError } from "../../errors.ts";
import { queryColumn } from "../../query/catalog.ts";
import { columnReader } from "../../query/scope.ts";
import { withStrictHandler } from "../../session/strict-handler.ts";
import { zoneOffsetMinutes } from "../../values/timezone.ts";
import type { Value } from "../../values/value.ts";
import type { EngineEnv } from "../env.ts";
import { storeValue } from "../store.ts";
import type { Table } from "../table.ts";
import type { Row } from "../types.ts";
import {
  checkNotNull,
  columnIndexOf,
  type DefaultMaker,
  defaultMakers,
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
  unknownColumn,
} from "./common.ts";

/** A qualifier no user can write: `VALUES(c)` in ON DUPLICATE KEY UPDATE is rewritten to a reference with it. */
const VALUES_QUALIFIER = "\u0000VALUES";

/** One value of a source row: an expression, or DEFAULT. */
type Cell = CompiledExpr | "DEFAULT";

interface Odku {
  readonly column: number;
  readonly value: CompiledExpr;
}

interface InsertPlan {
  readonly table: Table;
  readonly columns: readonly number[];
  /** VALUES rows or the single SET row; undefined for INSERT ... SELECT. */
  readonly rows?: readonly (readonly Cell[])[];
  readonly select?: (ctx: ExecContext) => { readonly rows: readonly (readonly Value[])[] };
  readonly defaults: readonly DefaultMaker[];
  readonly odku?: readonly Odku[];
}

function columnCountMismatch(row: number): SqlError {
  return new SqlError(1136, "21S01", `Column count doesn't match value count at row ${row}`);
}

/** Rewrites VALUES(col) calls into references to the row that was to be inserted. */
function rewriteValuesCalls(e: Expr): Expr {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== "object") return node;
    const n = node as { kind?: string };
    if (n.kind === "FunctionCall") {
      const f = node as FunctionCall;
      const arg = f.args[0];
      if (f.name.toUpperCase() === "VALUES" && f.args.length === 1 && arg.kind === "ColumnRef") {
        return { ...arg, qualifier: [VALUES_QUALIFIER] };
      }
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) out[k] = walk(v);
    return out;
  };
  return walk(e) as Expr;
}

/** ODKU scope: the existing row is source 0, the row that was to be inserted (VALUES(c)) source 1. */
function odkuScope(table: Table, base: Scope): Scope {
  return {
    resolve(ref) {
      if (ref.qualifier.length === 1 && ref.qualifier[0] === VALUES_QUALIFIER) {
        const i = columnIndexOf(table, ref.name, undefined, "field list");
        const col = queryColumn(table.columns[i], table.options.collation);
        return columnReader(1, i, col.type, undefined, col.timestamp);
      }
      return base.resolve(ref);
    },
  };
}

function planInsert(stmt: Insert, table: Table, locals: Scope | undefined, env: EngineEnv): InsertPlan {
  const scope = tableScope(table, undefined, locals, "field list");
  let columns: number[];
  let rows: Cell[][] | undefined;
  const compileCell = (e: Expr): Cell =>
    e.kind === "Default" && !e.column ? "DEFAULT" : env.compileExpr(resolveDefaults(e, table), scope);
  if (stmt.set) {
    columns = stmt.set.map((a) => columnIndexOf(table, a.column, undefined, "field list"));
    rows = [stmt.set.map((a) => compileCell(a.value))];
  } else {
    columns = stmt.columns
      ? stmt.columns.map((c) => {
          const i = table.columnIndex(c);
          if (i < 0) throw unknownColumn(c, "field list");
          return i;
        })
      : table.columns.map((_, i) => i);
    if (stmt.values) {
      rows = stmt.values.map((r, k) => {
        // MySQL accepts `VALUES ()` for "all defaults" only without a column list.
        if (r.length !== columns.length && !(r.length === 0 && !stmt.columns)) throw columnCountMismatch(k + 1);
        return r.map(compileCell);
      });
    }
  }
  const seen = new Set<number>();
  for (const c of columns) {
    if (seen.has(c)) throw new SqlError(1110, "42000", `Column '${table.columns[c].name}' specified twice`);
    seen.add(c);
  }
  const select = stmt.select ? env.compileSelect(stmt.select, locals) : undefined;
  const odku = stmt.onDuplicate?.map((a: Assignment) => ({
    column: columnIndexOf(table, a.column, undefined, "field list"),
    value: env.compileExpr(rewriteValuesCalls(a.value), odkuScope(table, scope)),
  }));
  return { table, columns, rows, select, defaults: defaultMakers(table, env), odku };
}

export function compileInsert(stmt: Insert, locals: Scope | undefined, env: EngineEnv): CompiledStatement {
  const plan = perTable((table) => planInsert(stmt, table, locals, env));
  return (ctx) => {
    const table = resolveTable(ctx, stmt.table);
    const p = plan(table);
    const engine = ctx.session.engine;
    engine.checkModifiable(table);
    return engine.usingTables([table], () =>
      withStrictHandler(ctx.session, strictFor(ctx, stmt.ignore), () => runInsert(stmt, p, ctx)),
    );
  };
}

function normId(b: bigint): number | bigint {
  return b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
}

function isAutoValue(v: Value, ctx: ExecContext): boolean {
  return v === null || ((v === 0 || v === 0n) && !ctx.sqlMode.includes("NO_AUTO_VALUE_ON_ZERO"));
}

function runInsert(stmt: Insert, p: InsertPlan, ctx: ExecContext): StatementOutcome {
  const { table } = p;
  const engine = ctx.session.engine;
  // IGNORE keeps division by zero a warning even in strict mode
  const c = rowContext(ctx, 2, !stmt.ignore);
  const ins = triggersOf(engine, table, "INSERT");
  const upd = p.odku ? triggersOf(engine, table, "UPDATE") : undefined;
  const del = stmt.replace ? triggersOf(engine, table, "DELETE") : undefined;
  const ignore = stmt.ignore;
  const ai = table.autoIncrementColumn;
  const ncols = table.columns.length;

  // The source rows: VALUES/SET are evaluated row by row; a SELECT is read completely first.
  let sourceCount: number;
  let selected: readonly (readonly Value[])[] | undefined;
  if (p.select) {
    selected = p.select(ctx).rows;
    sourceCount = selected.length;
    if (sourceCount > 0 && selected[0].length !== p.columns.length) throw columnCountMismatch(1);
  } else sourceCount = p.rows?.length ?? 0;

  let affected = 0;
  let firstId: number | bigint | undefined;
  let reserved: { next: bigint; end: bigint } | undefined;
  // A generated value whose row was not inserted (a duplicate skipped by IGNORE, or turned into an update by ON
  // DUPLICATE KEY UPDATE): MySQL hands it to the next row of the statement instead of leaving a gap.
  let spare: number | bigint | undefined;
  for (let k = 0; k < sourceCount; k++) {
    const rowNum = k + 1;
    engine.checkpoint("insert:row");
    const strict = strictForRow(ctx, table, ignore, rowNum);
    // After a row of a non-transactional table went in, the statement cannot be undone, and MySQL's strict handler
    // lets warnings be warnings (Strict_error_handler asks cannot_safely_rollback).
    ctx.session.strictHandler = strict;
    const lenient = !strict;
    // A single-row INSERT fails on NULL into NOT NULL even when not strict; a multi-row one only warns.
    const errorOnNull = !ignore && (strict || sourceCount === 1);
    const row: Value[] = new Array(ncols);
    const missing: boolean[] = new Array(ncols).fill(false);
    c.rows[0] = row;
    for (let i = 0; i < ncols; i++) {
      const make = p.defaults[i];
      if (make) row[i] = make(c);
      else {
        row[i] = null;
        missing[i] = true;
      }
    }
    const target = (col: number) => ({
      column: table.columns[col].name,
      table: table.name,
      row: rowNum,
      ignore: lenient,
    });
    const cells = p.rows?.[k];
    let explicitAuto = false;
    for (let j = 0; j < p.columns.length; j++) {
      const col = p.columns[j];
      let v: Value;
      if (selected) v = selected[k][j];
      else {
        const cell = (cells as readonly Cell[])[j];
        if (cell === undefined || cell === "DEFAULT") continue;
        // stored from the full value (a quotient's unrounded digits), as Item::save_in_field does
        v = (cell.raw ?? cell.eval)(c);
      }
      row[col] = storeValue(v, table.columns[col].type, c, target(col));
      missing[col] = false;
      if (col === ai) explicitAuto = true;
    }
    // An omitted AUTO_INCREMENT column is 0 in NEW; an explicit NULL stays NULL for the BEFORE triggers (a NOT NULL
    // column may hold NULL until they have run, WL#6030) and asks for a generated value after them.
    if (ai >= 0 && row[ai] === null && !explicitAuto) row[ai] = 0;

    fire(c, ins.before, row, undefined);
    if (ai >= 0 && row[ai] === null) row[ai] = 0;
    checkNotNull(table, row, missing, ctx, strict, errorOnNull);

    let generated: number | bigint | undefined;
    if (ai >= 0) {
      if (isAutoValue(row[ai], ctx)) {
        let id: number | bigint;
        if (spare !== undefined) {
          id = spare;
          spare = undefined;
        } else if (reserved !== undefined && reserved.next < reserved.end) id = normId(reserved.next++);
        else if (selected === undefined && sourceCount > 1) {
          // Bulk allocation for a multi-row VALUES list: as many values as the list has rows, whichever row first
          // needs one (handler::update_auto_increment asks for estimation_rows_to_insert). Checked on MariaDB 10.11:
          // a 5-row insert failing on row 4 leaves the counter 5 past its first id, and (10, ..), (NULL, ..) uses
          // one value of the two it reserves.
          const first = table.reserveAutoIncrement(sourceCount);
          reserved = { next: BigInt(first) + 1n, end: BigInt(first) + BigInt(sourceCount) };
          id = first;
        } else id = table.takeAutoIncrement();
        row[ai] = checkAutoIncrementRange(id, table, ai, rowNum, strict);
        generated = id;
      } else table.noteAutoIncrementValue(row[ai]);
    }

    let dup = table.findDuplicate(row);
    if (dup && p.odku && upd) {
      // The row became an UPDATE: its generated value goes to the next row (handler::restore_auto_increment), and
      // like an UPDATE it leaves LAST_INSERT_ID() alone.
      if (generated !== undefined) spare = generated;
      affected += updateOnDuplicate(p, c, dup.rowId, row, rowNum, strict, upd);
      continue;
    }
    if (dup && stmt.replace && del) {
      // Every conflicting row goes (a row can collide on several unique keys), each counting as one affected row.
      while (dup) {
        const old = table.get(dup.rowId) as Row;
        fire(c, del.before, undefined, old);
        table.delete(dup.rowId, engine.undo);
        affected++;
        fire(c, del.after, undefined, old);
        dup = table.findDuplicate(row);
      }
    } else if (dup) {
      const err = table.duplicateError(row, dup.key, zoneOffsetMinutes(ctx));
      if (!ignore) throw err;
      ctx.session.warn(err.errno, err.sqlstate, err.message, "Warning");
      if (generated !== undefined) spare = generated;
      continue;
    }
    const stored = row.slice();
    table.insert(stored, engine.undo);
    affected++;
    if (generated !== undefined && firstId === undefined) firstId = generated;
    fire(c, ins.after, stored, undefined);
  }
  // LAST_INSERT_ID() is the first generated value of a row really inserted; a statement that inserted none (all rows
  // skipped or updated) leaves it alone, so a LAST_INSERT_ID(expr) in ON DUPLICATE KEY UPDATE stays.
  if (firstId !== undefined) ctx.session.lastInsertId = firstId;
  return { resultSets: [], affectedRows: affected };
}

const INT_BITS: Readonly<Record<string, number>> = { TINYINT: 8, SMALLINT: 16, MEDIUMINT: 24, INT: 32, BIGINT: 64 };

/**
 * A generated value beyond the AUTO_INCREMENT column's type: in strict mode MySQL fails with HA_ERR_AUTOINC_ERANGE
 * (error 167, "Out of range value for column"); otherwise the value is clipped to the type's maximum, which then
 * collides as a duplicate key.
 */
function checkAutoIncrementRange(id: number | bigint, table: Table, ai: number, rowNum: number, strict: boolean) {
  const column = table.columns[ai];
  const bits = INT_BITS[column.type.name];
  if (bits === undefined) return id;
  const max = column.type.unsigned ? (1n << BigInt(bits)) - 1n : (1n << BigInt(bits - 1)) - 1n;
  if (BigInt(id) <= max) return id;
  if (strict) throw new SqlError(167, "22003", `Out of range value for column '${column.name}' at row ${rowNum}`);
  return normId(max);
}

/** ON DUPLICATE KEY UPDATE for one row: returns the affected-row count MySQL reports (2 changed, 0 unchanged). */
function updateOnDuplicate(
  p: InsertPlan,
  c: ExecContext & { rows: (Row | null)[] },
  rowId: number,
  inserted: Value[],
  rowNum: number,
  strict: boolean,
  triggers: ReturnType<typeof triggersOf>,
): number {
  const { table } = p;
  const engine = c.session.engine;
  const old = table.get(rowId) as Row;
  const updated = old.slice();
  c.rows[0] = updated;
  c.rows[1] = inserted;
  for (const a of p.odku ?? []) {
    const col = table.columns[a.column];
    const target = { column: col.name, table: table.name, row: rowNum, ignore: !strict };
    updated[a.column] = storeValue((a.value.raw ?? a.value.eval)(c), col.type, c, target);
  }
  fire(c, triggers.before, updated, old);
  checkNotNull(table, updated, undefined, c, strict, strict);
  let affected = 0;
  if (!sameRow(old, updated)) {
    const stored = updated.slice();
    table.update(rowId, stored, engine.undo, zoneOffsetMinutes(c));
    affected = 2;
  }
  fire(c, triggers.after, updated, old);
  return affected;
}
