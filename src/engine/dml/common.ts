// Pieces shared by INSERT, UPDATE and DELETE: the row scope, per-statement contexts, triggers, defaults, NOT NULL.

import type { ColumnRef, DataType, Expr, QualifiedName } from "../../ast.ts";
import type { CompiledExpr, ExecContext, Scope } from "../../compile/types.ts";
import { SqlError } from "../../errors.ts";
import { queryColumn } from "../../query/catalog.ts";
import type { Clause } from "../../query/errors.ts";
import { queryEnv } from "../../query/index.ts";
import { RowScope, RowSet } from "../../query/scope.ts";
import { withSubqueries } from "../../query/select.ts";
import { jsonText } from "../../values/json-text.ts";
import { epochSecondsText } from "../../values/timezone.ts";
import { Bytes, Decimal, Double, JsonValue, Temporal, type Value } from "../../values/value.ts";
import type { EngineEnv } from "../env.ts";
import { columnCannotBeNull, storeValue } from "../store.ts";
import type { Table } from "../table.ts";
import type { EngineSession, Row, TriggerDef } from "../types.ts";

/** The table a DML statement names, resolved at run time (a routine may be compiled before the table exists). */
export function resolveTable(ctx: ExecContext, name: QualifiedName): Table {
  return ctx.session.engine.catalog.requireTable(name.schema ?? ctx.session.database, name.name);
}

/**
 * Compiles once per table object: a DROP + CREATE gives a new Table, so the plan is rebuilt for it. Plans are
 * compiled on first execution because MySQL resolves a stored program's names when the statement runs.
 */
export function perTable<P>(build: (table: Table) => P): (table: Table) => P {
  const plans = new WeakMap<Table, P>();
  return (table) => {
    let p = plans.get(table);
    if (!p) {
      p = build(table);
      plans.set(table, p);
    }
    return p;
  };
}

/**
 * A context whose `rows` is the statement's own (row scope sources 0 and 1), inheriting everything else from `ctx`
 * through the prototype so that runtime frames keep their methods.
 */
export function rowContext(ctx: ExecContext, width: number, storing = false): ExecContext & { rows: (Row | null)[] } {
  const c = Object.create(ctx) as ExecContext & { rows: (Row | null)[] };
  Object.defineProperty(c, "rows", { value: new Array(width).fill(null), writable: true });
  // INSERT and UPDATE evaluate under "storing" rules: strict ERROR_FOR_DIVISION_BY_ZERO makes 1/0 an error.
  if (storing) Object.defineProperty(c, "storing", { value: true });
  return c;
}

/**
 * Whether strict mode applies to row `rowNum` of a statement on `table`. STRICT_TRANS_TABLES is strict for
 * transactional tables; for a non-transactional one (MyISAM) only the first row fails, later rows are clipped with a
 * warning because the earlier rows cannot be taken back (MySQL manual, "Strict SQL Mode").
 */
export function strictForRow(ctx: ExecContext, table: Table, ignore: boolean, rowNum: number): boolean {
  if (!ctx.strict || ignore) return false;
  return table.transactional || rowNum === 1 || ctx.sqlMode.includes("STRICT_ALL_TABLES");
}

/** Name resolution over the statement's table (source 0); locals first, as everywhere in stored programs. */
export function tableScope(table: Table, alias: string | undefined, locals: Scope | undefined, clause: Clause): Scope {
  const columns = table.columns.map((c) => queryColumn(c, table.options.collation));
  const rows = new RowSet(
    [{ index: 0, alias: alias ?? table.name, database: alias ? undefined : table.db, columns }],
    [],
  );
  return new RowScope(rows, clause, locals, undefined);
}

/**
 * `scope` with subqueries allowed (UPDATE ... SET c = (SELECT ...), WHERE ... IN (SELECT ...)), their tables read
 * from the catalog `ctx` sees. Subquery rows use ctx.rows from index 2 on: 0 and 1 are the statement's own rows.
 */
export function withDmlSubqueries(scope: Scope, ctx: ExecContext | undefined, target: Table): Scope {
  if (ctx === undefined) return scope;
  const env = queryEnv({ source: "", catalog: ctx.session.engine.catalog, database: ctx.session.database });
  const wrapped = withSubqueries(scope, env, 2);
  const database = ctx.session.database;
  return {
    ...wrapped,
    subquery: (query, mode) => {
      // MySQL refuses a subquery that reads the table being changed (ER_UPDATE_TABLE_USED); a derived table is
      // materialized first, so reading the table there is the documented way around it.
      if (readsTable(query, target, database)) {
        throw new SqlError(1093, "HY000", `You can't specify target table '${target.name}' for update in FROM clause`);
      }
      const run = wrapped.subquery?.(query, mode);
      if (run === undefined) throw new Error("withSubqueries gave no subquery runner");
      return run;
    },
  };
}

/** True when `node` names `table` in a FROM clause, outside derived tables. */
function readsTable(node: unknown, table: Table, database: string | null | undefined): boolean {
  if (node === null || typeof node !== "object") return false;
  if (Array.isArray(node)) return node.some((x) => readsTable(x, table, database));
  const n = node as { kind?: string };
  if (n.kind === "DerivedTable") return false;
  if (n.kind === "TableName") {
    const name = (node as { name: QualifiedName }).name;
    const db = name.schema ?? database;
    return name.name.toLowerCase() === table.name.toLowerCase() && (db ?? "").toLowerCase() === table.db.toLowerCase();
  }
  return Object.values(node).some((v) => readsTable(v, table, database));
}

/** A scope that knows no names: for DEFAULT expressions. */
export const EMPTY_SCOPE: Scope = { resolve: () => undefined };

export function unknownColumn(name: string, clause: Clause): SqlError {
  return new SqlError(1054, "42S22", `Unknown column '${name}' in '${clause}'`);
}

/** Index of the column a SET / column list names (`c`, `t.c`, `db.t.c`), or 1054. */
export function columnIndexOf(
  table: Table,
  ref: ColumnRef | string,
  alias: string | undefined,
  clause: Clause,
): number {
  const name = typeof ref === "string" ? ref : ref.name;
  if (typeof ref !== "string" && ref.qualifier.length > 0) {
    const q = ref.qualifier;
    const t = q[q.length - 1];
    const db = q.length > 1 ? q[q.length - 2] : undefined;
    const ok = (t === (alias ?? table.name) || t === table.name) && (db === undefined || db === table.db);
    if (!ok) throw unknownColumn([...q, name].join("."), clause);
  }
  const i = table.columnIndex(name);
  if (i < 0) throw unknownColumn(typeof ref === "string" ? name : [...ref.qualifier, name].join("."), clause);
  return i;
}

// ---------------------------------------------------------------------------------------------------------------
// Triggers

/** The triggers of a table for one statement, looked up once (MySQL loads them when it opens the table). */
export interface TableTriggers {
  readonly before: readonly TriggerDef[];
  readonly after: readonly TriggerDef[];
}

export function triggersOf(engine: EngineSession, table: Table, event: "INSERT" | "UPDATE" | "DELETE"): TableTriggers {
  return {
    before: engine.catalog.triggersFor(table, "BEFORE", event),
    after: engine.catalog.triggersFor(table, "AFTER", event),
  };
}

/**
 * Runs triggers for one row, as a sub-statement. LAST_INSERT_ID set inside a trigger is restored afterwards, as
 * MySQL restores it when a trigger or function ends.
 */
export function fire(
  ctx: ExecContext,
  list: readonly TriggerDef[],
  newRow: Value[] | undefined,
  oldRow: Row | undefined,
): void {
  if (list.length === 0) return;
  const engine = ctx.session.engine;
  const saved = ctx.session.lastInsertId;
  engine.subStatement(() => {
    for (const t of list) engine.triggers.fire(t, ctx, newRow, oldRow);
  });
  ctx.session.lastInsertId = saved;
}

// ---------------------------------------------------------------------------------------------------------------
// Defaults and NOT NULL

const NUMERIC = new Set(["TINYINT", "SMALLINT", "MEDIUMINT", "INT", "BIGINT", "BOOLEAN", "BIT", "YEAR"]);

/** The value MySQL substitutes for a missing NOT NULL value when it only warns (the type's implicit default). */
export function implicitDefault(type: DataType): Value {
  if (NUMERIC.has(type.name)) return 0;
  if (type.name === "DECIMAL") return new Decimal(0n, type.scale ?? 0);
  if (type.name === "FLOAT" || type.name === "DOUBLE") return new Double(0);
  if (type.name === "DATE") return new Temporal("DATE", "0000-00-00");
  if (type.name === "DATETIME" || type.name === "TIMESTAMP") return new Temporal("DATETIME", "0000-00-00 00:00:00");
  if (type.name === "TIME") return new Temporal("TIME", "00:00:00");
  if (type.name === "ENUM") return type.values?.[0] ?? "";
  if (type.name === "BINARY") return new Bytes(new Uint8Array(type.length ?? 1));
  if (["VARBINARY", "TINYBLOB", "BLOB", "MEDIUMBLOB", "LONGBLOB"].includes(type.name))
    return new Bytes(new Uint8Array());
  return "";
}

/** Per column: how to produce its default for a new row; `undefined` marks "no default" (NOT NULL, no DEFAULT). */
export type DefaultMaker = ((ctx: ExecContext) => Value) | undefined;

export function defaultMakers(table: Table, env: EngineEnv): DefaultMaker[] {
  return table.columns.map((col) => {
    const instant = col.defaultInstant;
    if (instant !== undefined) return () => instant;
    if (col.default !== undefined) {
      const expr: Expr = col.default;
      const compiled: CompiledExpr = env.compileExpr(expr, EMPTY_SCOPE);
      const read = compiled.raw ?? compiled.eval;
      return (ctx: ExecContext) => storeValue(read(ctx), col.type, ctx, { column: col.name, row: 1 });
    }
    if (col.nullable || col.autoIncrement) return () => null;
    return undefined;
  });
}

/**
 * `expr` with every DEFAULT(col) replaced by that column's default expression (NULL for a nullable column without
 * one; 1364 for a NOT NULL column without one). A bare DEFAULT becomes the default of `target` (UPDATE ... SET c =
 * DEFAULT). The expression compiler knows no table, so the engine resolves them here.
 */
export function resolveDefaults(expr: Expr, table: Table, target?: number): Expr {
  const replace = (node: unknown): unknown => {
    if (node === null || typeof node !== "object") return node;
    if (Array.isArray(node)) return node.map(replace);
    const n = node as { kind?: string; column?: string; start?: number; end?: number };
    if (n.kind === "Default") {
      const index = n.column === undefined ? target : table.columnIndex(n.column);
      if (index === undefined) return node;
      if (index < 0) throw unknownColumn(n.column ?? "", "field list");
      const col = table.columns[index];
      if (col.defaultInstant !== undefined) {
        // The stored instant, shown in the zone of the statement: FROM_UNIXTIME of its seconds (with its fraction).
        const span = { start: n.start ?? 0, end: n.end ?? 0 };
        const text = epochSecondsText(col.defaultInstant.text);
        const seconds: Expr = { kind: "Number", text, numberKind: text.includes(".") ? "decimal" : "int", ...span };
        return { kind: "FunctionCall", name: "FROM_UNIXTIME", args: [seconds], ...span };
      }
      if (col.default !== undefined) return col.default;
      if (col.nullable || col.autoIncrement) return { kind: "Null", start: n.start, end: n.end };
      throw noDefault(col.name);
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) out[k] = replace(v);
    return out;
  };
  return replace(expr) as Expr;
}

export function noDefault(column: string): SqlError {
  return new SqlError(1364, "HY000", `Field '${column}' doesn't have a default value`);
}

/**
 * Checks NOT NULL columns after the BEFORE triggers ran (MySQL checks them there, so a trigger may fill a column in).
 * `missing` marks columns that got no value at all (1364) rather than an explicit NULL (1048). `errorOnNull` is false
 * where MySQL only warns (non-strict multi-row INSERT, IGNORE) and substitutes the implicit default.
 */
export function checkNotNull(
  table: Table,
  row: Value[],
  missing: readonly boolean[] | undefined,
  ctx: ExecContext,
  strictMissing: boolean,
  errorOnNull: boolean,
): void {
  const cols = table.columns;
  for (let i = 0; i < cols.length; i++) {
    if (row[i] !== null || cols[i].nullable || cols[i].autoIncrement) continue;
    if (missing?.[i]) {
      if (strictMissing) throw noDefault(cols[i].name);
      ctx.session.warn(1364, "HY000", `Field '${cols[i].name}' doesn't have a default value`);
    } else {
      if (errorOnNull) throw columnCannotBeNull(cols[i].name);
      ctx.session.warn(1048, "23000", `Column '${cols[i].name}' cannot be null`);
    }
    row[i] = implicitDefault(cols[i].type);
  }
}

/** True when two stored values are the same bytes (an UPDATE that changes 'a' to 'A' changes the row). */
export function sameValue(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (typeof a !== "object" || typeof b !== "object") {
    return (typeof a === "number" || typeof a === "bigint") && (typeof b === "number" || typeof b === "bigint")
      ? BigInt(a) === BigInt(b)
      : false;
  }
  if (a instanceof Decimal && b instanceof Decimal) return a.unscaled === b.unscaled && a.scale === b.scale;
  if (a instanceof Double && b instanceof Double) return a.value === b.value;
  if (a instanceof Temporal && b instanceof Temporal) return a.text === b.text;
  if (a instanceof Bytes && b instanceof Bytes) {
    return a.bytes.length === b.bytes.length && a.bytes.every((x, i) => x === b.bytes[i]);
  }
  // JSON documents (objects are Maps): compare their canonical text.
  if (a instanceof JsonValue && b instanceof JsonValue) return jsonText(a.value) === jsonText(b.value);
  return false;
}

export function sameRow(a: Row, b: Row): boolean {
  for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
  return true;
}

/** The storing rules of the statement: strict unless the sql_mode is not, or the statement says IGNORE. */
export function strictFor(ctx: ExecContext, ignore: boolean): boolean {
  return ctx.strict && !ignore;
}
