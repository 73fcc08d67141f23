// Definitions: databases, tables, routines and triggers in the catalog.
//
// DDL commits the open transaction first (implicit commit) and cannot run inside a trigger or stored function
// (1422). Error texts are MySQL 8.0's; where MariaDB 10.11 prints something else it is noted in
// docs/mysql-vs-mariadb.md. MySQL 8's DDL is atomic: a DROP TABLE naming a missing table drops nothing.

import type {
  ColumnDef,
  CreateDatabase,
  CreateRoutine,
  CreateTable,
  CreateTrigger,
  DropDatabase,
  DropRoutine,
  DropTable,
  DropTrigger,
  IndexDef,
  TruncateTable,
  Use,
} from "../ast.ts";
import type { ExecContext, StatementOutcome } from "../compile/types.ts";
import { SqlError } from "../errors.ts";
import { defaultCollationOf } from "../values/collation.ts";
import { Temporal } from "../values/value.ts";
import { type Database, isSystemDatabase, noSuchTable, routineKey, unknownDatabase } from "./catalog.ts";
import { storeValue } from "./store.ts";
import { normaliseColumnType, Table } from "./table.ts";
import type { ColumnMeta, KeyDef, RoutineDef, TableOptions, TriggerDef } from "./types.ts";

const DONE: StatementOutcome = { resultSets: [], affectedRows: 0 };

function affected(n: number): StatementOutcome {
  return { resultSets: [], affectedRows: n };
}

function note(ctx: ExecContext, errno: number, sqlstate: string, message: string): void {
  ctx.session.warn(errno, sqlstate, message, "Note");
}

function databaseOf(ctx: ExecContext, schema: string | undefined): Database {
  return ctx.session.engine.catalog.requireDatabase(schema ?? ctx.session.database);
}

function userOf(ctx: ExecContext, definer: string | undefined): string {
  if (definer && definer.toUpperCase() !== "CURRENT_USER") return definer;
  const [u, h] = ctx.session.user.split("@");
  return `${u}@${h ?? "%"}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Databases

export function createDatabase(stmt: CreateDatabase, ctx: ExecContext): StatementOutcome {
  const engine = ctx.session.engine;
  engine.implicitCommit();
  if (engine.catalog.database(stmt.name) || isSystemDatabase(stmt.name)) {
    const msg = `Can't create database '${stmt.name}'; database exists`;
    if (!stmt.ifNotExists) throw new SqlError(1007, "HY000", msg);
    note(ctx, 1007, "HY000", msg);
    return DONE;
  }
  const charset = stmt.charset?.toLowerCase() ?? "utf8mb4";
  const collation = stmt.collation?.toLowerCase() ?? defaultCollationOf(charset) ?? "utf8mb4_0900_ai_ci";
  engine.catalog.addDatabase(stmt.name, charset, collation);
  return affected(1);
}

export function dropDatabase(stmt: DropDatabase, ctx: ExecContext): StatementOutcome {
  const engine = ctx.session.engine;
  engine.implicitCommit();
  const db = engine.catalog.database(stmt.name);
  if (!db) {
    const msg = `Can't drop database '${stmt.name}'; database doesn't exist`;
    if (!stmt.ifExists) throw new SqlError(1008, "HY000", msg);
    note(ctx, 1008, "HY000", msg);
    return DONE;
  }
  for (const t of db.tables.values()) t.dropped = true;
  engine.catalog.databases.delete(db.name);
  if (ctx.session.database === db.name) ctx.session.database = null;
  return affected(db.tables.size);
}

export function use(stmt: Use, ctx: ExecContext): StatementOutcome {
  const catalog = ctx.session.engine.catalog;
  if (!catalog.database(stmt.name) && stmt.name.toLowerCase() !== "information_schema") {
    throw unknownDatabase(stmt.name);
  }
  ctx.session.database = stmt.name;
  return DONE;
}

// ---------------------------------------------------------------------------------------------------------------
// Tables

function tableExists(name: string): SqlError {
  return new SqlError(1050, "42S01", `Table '${name}' already exists`);
}

/** Builds column metadata and keys from a CREATE TABLE, with MySQL's definition checks. */
/**
 * A TIMESTAMP column's literal default as the column stores it: the instant it names in the session zone of CREATE
 * TABLE, as MySQL keeps the default in the table's default row. A value the column would refuse or clip is 1067 in
 * any sql_mode (zero dates follow NO_ZERO_DATE).
 */
function timestampDefault(c: ColumnDef, ctx: ExecContext): Temporal | undefined {
  const d = c.default;
  if (c.type.name !== "TIMESTAMP" || (d?.kind !== "String" && d?.kind !== "Number")) return undefined;
  const literal = d.kind === "String" ? d.value : /^\d+$/.test(d.text) ? Number(d.text) : d.text;
  const strict = Object.create(ctx, { strict: { value: true } }) as ExecContext;
  try {
    const v = storeValue(literal, c.type, strict, { column: c.name, row: 1 });
    if (v instanceof Temporal) return v;
  } catch (e) {
    if (!(e instanceof SqlError)) throw e;
  }
  throw new SqlError(1067, "42000", `Invalid default value for '${c.name}'`);
}

export function defineTable(stmt: CreateTable, ctx: ExecContext): { columns: ColumnMeta[]; keys: KeyDef[] } {
  const seen = new Set<string>();
  for (const c of stmt.columns) {
    const k = c.name.toLowerCase();
    if (seen.has(k)) throw new SqlError(1060, "42S21", `Duplicate column name '${c.name}'`);
    seen.add(k);
  }
  const index = (name: string): number => {
    const i = stmt.columns.findIndex((c) => c.name.toLowerCase() === name.toLowerCase());
    if (i < 0) throw new SqlError(1072, "42000", `Key column '${name}' doesn't exist in table`);
    return i;
  };
  const keys: KeyDef[] = [];
  const keyNames = new Set<string>();
  const uniqueName = (base: string): string => {
    let name = base;
    for (let n = 2; keyNames.has(name.toLowerCase()); n++) name = `${base}_${n}`;
    keyNames.add(name.toLowerCase());
    return name;
  };
  const addPrimary = (columns: number[]) => {
    if (keys.some((k) => k.kind === "PRIMARY")) throw new SqlError(1068, "42000", "Multiple primary key defined");
    keys.push({ name: "PRIMARY", kind: "PRIMARY", columns });
    keyNames.add("primary");
  };
  stmt.columns.forEach((c: ColumnDef, i) => {
    if (c.primaryKey) addPrimary([i]);
  });
  for (const ix of stmt.indexes as readonly IndexDef[]) {
    const cols = ix.columns.map(index);
    if (ix.type === "PRIMARY") addPrimary(cols);
    else {
      if (ix.name && keyNames.has(ix.name.toLowerCase())) {
        throw new SqlError(1061, "42000", `Duplicate key name '${ix.name}'`);
      }
      keys.push({
        name: ix.name ? uniqueName(ix.name) : uniqueName(stmt.columns[cols[0]].name),
        kind: ix.type,
        columns: cols,
      });
    }
  }
  // Column-level UNIQUE keys come after the table-level ones in MySQL's key list only by name; order them by column.
  stmt.columns.forEach((c, i) => {
    if (c.unique) keys.push({ name: uniqueName(c.name), kind: "UNIQUE", columns: [i] });
  });
  const pk = keys.find((k) => k.kind === "PRIMARY");
  const columns: ColumnMeta[] = stmt.columns.map((c, i) => {
    const inPk = pk?.columns.includes(i) ?? false;
    if (inPk && c.nullable === true) {
      throw new SqlError(
        1171,
        "42000",
        "All parts of a PRIMARY KEY must be NOT NULL; if you need NULL in a key, use UNIQUE instead",
      );
    }
    const isNullDefault = c.default?.kind === "Null";
    const nullable = inPk ? false : c.nullable !== false;
    if (isNullDefault && !nullable) throw new SqlError(1067, "42000", `Invalid default value for '${c.name}'`);
    const instant = timestampDefault(c, ctx);
    return {
      name: c.name,
      type: normaliseColumnType(c.type),
      nullable,
      default: isNullDefault ? undefined : c.default,
      ...(instant === undefined ? {} : { defaultInstant: instant }),
      autoIncrement: c.autoIncrement,
      onUpdateCurrentTimestamp: c.onUpdateCurrentTimestamp === true,
      comment: c.comment,
    };
  });
  const autos = columns.map((c, i) => (c.autoIncrement ? i : -1)).filter((i) => i >= 0);
  if (autos.length > 1 || (autos.length === 1 && !keys.some((k) => k.columns[0] === autos[0]))) {
    throw new SqlError(
      1075,
      "42000",
      "Incorrect table definition; there can be only one auto column and it must be defined as a key",
    );
  }
  if (autos.length === 1 && columns[autos[0]].default !== undefined) {
    throw new SqlError(1067, "42000", `Invalid default value for '${columns[autos[0]].name}'`);
  }
  return { columns, keys };
}

function optionOf(stmt: CreateTable, name: string): string | undefined {
  return stmt.options.find((o) => o.name === name)?.value;
}

/** ENGINE, character set, collation and comment of a new table (the database's defaults where not written). */
export function tableOptionsOf(stmt: CreateTable, db: Database): TableOptions {
  const charset = (optionOf(stmt, "CHARSET") ?? db.charset).toLowerCase();
  const collation = (
    optionOf(stmt, "COLLATE") ??
    (optionOf(stmt, "CHARSET") ? defaultCollationOf(charset) : db.collation) ??
    db.collation
  ).toLowerCase();
  return { engine: optionOf(stmt, "ENGINE") ?? "InnoDB", charset, collation, comment: optionOf(stmt, "COMMENT") };
}

export function createTable(stmt: CreateTable, ctx: ExecContext): StatementOutcome {
  const engine = ctx.session.engine;
  if (!stmt.temporary) engine.implicitCommit();
  const db = databaseOf(ctx, stmt.name.schema);
  const name = stmt.name.name;
  if (db.tables.has(name)) {
    if (!stmt.ifNotExists) throw tableExists(name);
    note(ctx, 1050, "42S01", `Table '${name}' already exists`);
    return DONE;
  }
  let table: Table;
  if (stmt.like) {
    const src = engine.catalog.lookupTable(stmt.like.schema ?? ctx.session.database, stmt.like.name);
    if (!(src instanceof Table)) throw noSuchTable(stmt.like.schema ?? db.name, stmt.like.name);
    table = new Table(db.name, name, src.columns, src.keys, src.options, 1);
  } else {
    if (stmt.columns.length === 0) throw new SqlError(1113, "42000", "A table must have at least 1 column");
    const { columns, keys } = defineTable(stmt, ctx);
    const start = optionOf(stmt, "AUTO_INCREMENT");
    const options = tableOptionsOf(stmt, db);
    table = new Table(db.name, name, columns, keys, options, start ? Math.max(1, Number(start)) : 1);
  }
  db.tables.set(name, table);
  return DONE;
}

export function dropTable(stmt: DropTable, ctx: ExecContext): StatementOutcome {
  const engine = ctx.session.engine;
  if (!stmt.temporary) engine.implicitCommit();
  const found: { db: Database; table: Table }[] = [];
  const missing: string[] = [];
  for (const n of stmt.names) {
    const dbName = n.schema ?? ctx.session.database;
    if (dbName === null) throw engine.catalog.requireDatabase(null);
    const db = engine.catalog.database(dbName);
    const table = db?.tables.get(n.name);
    if (db && table) found.push({ db, table });
    else missing.push(`${dbName}.${n.name}`);
  }
  if (missing.length > 0) {
    if (!stmt.ifExists) throw new SqlError(1051, "42S02", `Unknown table '${missing.join(",")}'`);
    for (const m of missing) note(ctx, 1051, "42S02", `Unknown table '${m}'`);
  }
  for (const { db, table } of found) {
    table.dropped = true;
    db.tables.delete(table.name);
    for (const [k, t] of db.triggers) if (t.table === table.name) db.triggers.delete(k);
  }
  return DONE;
}

export function truncateTable(stmt: TruncateTable, ctx: ExecContext): StatementOutcome {
  const engine = ctx.session.engine;
  engine.implicitCommit();
  const table = engine.catalog.requireTable(stmt.name.schema ?? ctx.session.database, stmt.name.name);
  table.truncate();
  return DONE;
}

// ---------------------------------------------------------------------------------------------------------------
// Routines

export function createRoutine(stmt: CreateRoutine, ctx: ExecContext): StatementOutcome {
  const engine = ctx.session.engine;
  engine.implicitCommit();
  const db = databaseOf(ctx, stmt.name.schema);
  const key = routineKey(stmt.routineType, stmt.name.name);
  if (db.routines.has(key)) {
    const msg = `${stmt.routineType} ${stmt.name.name} already exists`;
    if (!stmt.ifNotExists) throw new SqlError(1304, "42000", msg);
    note(ctx, 1304, "42000", msg);
    return DONE;
  }
  const def: RoutineDef = {
    db: db.name,
    name: stmt.name.name,
    type: stmt.routineType,
    ast: stmt,
    sqlMode: ctx.sqlMode,
    created: ctx.session.nowMicros(),
    definer: userOf(ctx, stmt.definer),
  };
  db.routines.set(key, def);
  engine.catalog.routineVersion++;
  return DONE;
}

export function dropRoutine(stmt: DropRoutine, ctx: ExecContext): StatementOutcome {
  const engine = ctx.session.engine;
  engine.implicitCommit();
  const dbName = stmt.name.schema ?? ctx.session.database;
  const db = dbName === null ? undefined : engine.catalog.database(dbName);
  const key = routineKey(stmt.routineType, stmt.name.name);
  if (!db?.routines.has(key)) {
    if (dbName === null) throw engine.catalog.requireDatabase(null);
    const msg = `${stmt.routineType} ${dbName}.${stmt.name.name} does not exist`;
    if (!stmt.ifExists) throw new SqlError(1305, "42000", msg);
    note(ctx, 1305, "42000", msg);
    return DONE;
  }
  db.routines.delete(key);
  engine.catalog.routineVersion++;
  return DONE;
}

// ---------------------------------------------------------------------------------------------------------------
// Triggers

/** Rewrites ACTION_ORDER of one table's triggers for a timing and event to 1..n in `ordered`'s order. */
function renumber(db: Database, ordered: readonly TriggerDef[]): void {
  ordered.forEach((t, i) => {
    if (t.order !== i + 1) db.triggers.set(t.name, { ...t, order: i + 1 });
  });
}

export function createTrigger(stmt: CreateTrigger, ctx: ExecContext): StatementOutcome {
  const engine = ctx.session.engine;
  engine.implicitCommit();
  const schema = stmt.name.schema ?? stmt.table.schema ?? ctx.session.database;
  const db = databaseOf(ctx, schema ?? undefined);
  if (stmt.table.schema && stmt.table.schema !== db.name) {
    throw new SqlError(1435, "HY000", "Trigger in wrong schema");
  }
  const table = engine.catalog.requireTable(db.name, stmt.table.name);
  if (db.triggers.has(stmt.name.name)) {
    if (stmt.ifNotExists) {
      note(ctx, 1359, "HY000", "Trigger already exists");
      return DONE;
    }
    throw new SqlError(1359, "HY000", "Trigger already exists");
  }
  const siblings = engine.catalog.triggersFor(table, stmt.timing, stmt.event);
  let at = siblings.length;
  if (stmt.order) {
    const other = siblings.findIndex((t) => t.name === stmt.order?.other);
    if (other < 0) {
      throw new SqlError(
        3011,
        "HY000",
        `Referenced trigger '${stmt.order.other}' for the given action time and event type does not exist.`,
      );
    }
    at = stmt.order.position === "FOLLOWS" ? other + 1 : other;
  }
  const def: TriggerDef = {
    db: db.name,
    name: stmt.name.name,
    table: table.name,
    timing: stmt.timing,
    event: stmt.event,
    ast: stmt,
    order: at + 1,
    sqlMode: ctx.sqlMode,
    created: ctx.session.nowMicros(),
    definer: userOf(ctx, stmt.definer),
  };
  db.triggers.set(def.name, def);
  const ordered = [...siblings];
  ordered.splice(at, 0, def);
  renumber(db, ordered);
  return DONE;
}

export function dropTrigger(stmt: DropTrigger, ctx: ExecContext): StatementOutcome {
  const engine = ctx.session.engine;
  engine.implicitCommit();
  const dbName = stmt.name.schema ?? ctx.session.database;
  if (dbName === null) throw engine.catalog.requireDatabase(null);
  const db = engine.catalog.database(dbName);
  const trigger = db?.triggers.get(stmt.name.name);
  if (!db || !trigger) {
    if (!stmt.ifExists) throw new SqlError(1360, "HY000", "Trigger does not exist");
    note(ctx, 1360, "HY000", "Trigger does not exist");
    return DONE;
  }
  db.triggers.delete(trigger.name);
  const table = db.tables.get(trigger.table);
  if (table) renumber(db, engine.catalog.triggersFor(table, trigger.timing, trigger.event));
  return DONE;
}
