// CREATE TABLE ... [IGNORE | REPLACE] [AS] SELECT: a table whose columns come from the query's result, filled with
// its rows.
//
// MySQL 8 (sql_insert.cc, create_table_from_items; manual "CREATE TABLE ... SELECT Statement"): the columns written
// in the definition come first, the selected columns not defined there are appended in select-list order, and a
// selected column that names a defined one takes the definition's type. A selected column of a base table keeps its
// type, NOT NULL, DEFAULT and COMMENT (not AUTO_INCREMENT); other columns get a type from the item's result type. Keys are
// only those written. The rows are stored as INSERT ... SELECT stores them (strict-mode errors, 1062 unless IGNORE
// or REPLACE). DDL is atomic: after a failure the table does not exist. When the table exists, IF NOT EXISTS warns
// (1050) and inserts nothing (MySQL 8.0.21+).

import type { ColumnDef, CreateTable, DataType, Expr, Insert, SelectStmt, TableRef } from "../ast.ts";
import type { CompiledStatement, ExecContext, ResultSet, Scope, StaticType } from "../compile/types.ts";
import { SqlError } from "../errors.ts";
import { columnStaticType } from "../query/catalog.ts";
import { defineTable, tableOptionsOf } from "./ddl.ts";
import { compileInsert } from "./dml/insert.ts";
import type { EngineEnv } from "./env.ts";
import { Table } from "./table.ts";
import type { ColumnMeta } from "./types.ts";

/** A base-table column a select item reads directly, and whether an outer join can make it NULL. */
interface Source {
  readonly column: ColumnMeta;
  readonly collation: string;
  readonly nullable: boolean;
}

interface FromTable {
  readonly table: Table;
  readonly names: readonly string[];
  readonly outer: boolean;
}

function flatten(ref: TableRef, outer: boolean, ctx: ExecContext, out: (FromTable | undefined)[]): void {
  if (ref.kind === "Join") {
    flatten(ref.left, outer || ref.type === "RIGHT", ctx, out);
    flatten(ref.right, outer || ref.type === "LEFT", ctx, out);
    return;
  }
  if (ref.kind === "DerivedTable") {
    out.push(undefined);
    return;
  }
  const t = ctx.session.engine.catalog.lookupTable(ref.name.schema ?? ctx.session.database, ref.name.name);
  if (!(t instanceof Table)) {
    out.push(undefined);
    return;
  }
  out.push({ table: t, names: ref.alias ? [ref.alias] : [ref.name.name], outer });
}

/** For each result column, the base-table column it reads, when the item is a plain column reference or `*`. */
function sourcesOf(select: SelectStmt, ctx: ExecContext, count: number): (Source | undefined)[] {
  if (select.union && select.union.length > 0) return [];
  const from: (FromTable | undefined)[] = [];
  for (const ref of select.from) flatten(ref, false, ctx, from);
  const known = from.filter((f): f is FromTable => f !== undefined);
  const source = (f: FromTable, i: number): Source => ({
    column: f.table.columns[i],
    collation: f.table.options.collation,
    nullable: f.outer || f.table.columns[i].nullable,
  });
  const matches = (f: FromTable, q: readonly string[]) =>
    q.length === 0 || f.names.some((n) => n.toLowerCase() === q[q.length - 1].toLowerCase());
  const out: (Source | undefined)[] = [];
  for (const item of select.items) {
    const e: Expr = item.expr;
    if (e.kind === "Star") {
      for (const f of from) {
        if (f === undefined) {
          if (!e.qualifier) return [];
          continue;
        }
        if (e.qualifier && !matches(f, e.qualifier)) continue;
        f.table.columns.forEach((_, i) => {
          out.push(source(f, i));
        });
      }
    } else if (e.kind === "ColumnRef") {
      let found: Source | undefined;
      for (const f of known) {
        if (!matches(f, e.qualifier)) continue;
        const i = f.table.columnIndex(e.name);
        if (i >= 0) {
          found = source(f, i);
          break;
        }
      }
      out.push(found);
    } else out.push(undefined);
  }
  return out.length === count ? out : [];
}

function charsetOf(collation: string): string {
  return collation.split("_")[0];
}

/** A column type written by the server, not by the user: it has no place in the source text. */
function dt(name: DataType["name"], more: Partial<DataType> = {}): DataType {
  return { kind: "DataType", name, ...more, start: 0, end: 0 };
}

/** MySQL makes an integer column BIGINT from 10 digits on (create_tmp_field: max_length >= 10). */
function integerType(e: Expr | undefined, t: { unsigned: boolean; boolean?: true }): DataType {
  const digits = e?.kind === "Number" && e.numberKind === "int" ? e.text.replace(/^0+(?=\d)/, "").length : undefined;
  const small = t.boolean === true || (digits !== undefined && digits < 10);
  return dt(small ? "INT" : "BIGINT", { unsigned: t.unsigned });
}

/**
 * A string of a known length in characters (Item::make_string_field): CHAR(0) when empty, a TEXT/BLOB type above
 * 512 characters (too_big_for_varchar), else VARCHAR/VARBINARY.
 */
function stringType(length: number, binary: boolean, extra: Partial<DataType>): DataType {
  if (length === 0) return binary ? dt("BINARY", { length }) : dt("CHAR", { length, ...extra });
  if (length > 512) {
    const bytes = binary ? length : length * 4;
    const size = bytes <= 65535 ? "" : bytes <= 16777215 ? "MEDIUM" : "LONG";
    return binary ? dt(`${size}BLOB` as DataType["name"]) : dt(`${size}TEXT` as DataType["name"], extra);
  }
  return binary ? dt("VARBINARY", { length }) : dt("VARCHAR", { length, ...extra });
}

/** A column type for a computed item, from its static type and, for literals, its text. */
function derivedType(e: Expr | undefined, t: StaticType, tableCollation: string): DataType {
  switch (t.kind) {
    case "int":
      return integerType(e, t);
    case "decimal": {
      if (e?.kind === "Number" && e.numberKind === "decimal") {
        const digits = e.text.replace(/[^0-9]/g, "").replace(/^0+(?=\d)/, "").length;
        return dt("DECIMAL", { length: Math.max(digits, t.scale, 1), scale: t.scale });
      }
      return dt("DECIMAL", { length: 65, scale: t.scale });
    }
    case "double":
      return dt(t.single ? "FLOAT" : "DOUBLE");
    case "string": {
      const collation = t.collation === tableCollation ? undefined : t.collation;
      const extra = collation ? { collation, charset: charsetOf(collation) } : {};
      if (e?.kind === "String") return stringType([...e.value].length, t.binary, extra);
      if (e?.kind === "Cast" && e.target.name === "CHAR" && e.target.length !== undefined) {
        return t.binary
          ? dt("VARBINARY", { length: e.target.length })
          : dt("VARCHAR", { length: e.target.length, ...extra });
      }
      return t.binary ? dt("LONGBLOB") : dt("LONGTEXT", extra);
    }
    case "temporal":
      return dt(t.type);
    case "json":
      return dt("JSON");
    case "null":
      return dt("BINARY", { length: 0 });
    default:
      return dt("LONGTEXT");
  }
}

function isLiteral(e: Expr | undefined): boolean {
  return e?.kind === "Number" || e?.kind === "String" || e?.kind === "TemporalLiteral";
}

/** The column definition a result column gets. */
function selectedColumn(
  name: string,
  type: StaticType,
  item: Expr | undefined,
  source: Source | undefined,
  tableCollation: string,
): ColumnDef {
  const base = { kind: "ColumnDef" as const, name, autoIncrement: false, primaryKey: false, unique: false };
  if (source && columnStaticType(source.column.type, source.collation).kind === type.kind) {
    const c = source.column;
    return {
      ...base,
      type: c.type,
      nullable: source.nullable ? undefined : false,
      default: c.default,
      ...(c.comment === undefined ? {} : { comment: c.comment }),
      start: 0,
      end: 0,
    };
  }
  return {
    ...base,
    type: derivedType(item, type, tableCollation),
    nullable: isLiteral(item) ? false : undefined,
    start: 0,
    end: 0,
  };
}

function itemExprs(select: SelectStmt, count: number): (Expr | undefined)[] {
  if (select.union && select.union.length > 0) return [];
  return select.items.length === count && !select.items.some((i) => i.expr.kind === "Star")
    ? select.items.map((i) => i.expr)
    : [];
}

/** The whole definition: defined columns first, then the selected columns not defined there. */
function definitionOf(stmt: CreateTable, rs: ResultSet, ctx: ExecContext, collation: string): CreateTable {
  const select = stmt.select as SelectStmt;
  const count = rs.columns.length;
  const sources = sourcesOf(select, ctx, count);
  const items = itemExprs(select, count);
  const columns: ColumnDef[] = [...stmt.columns];
  const seen = new Set<string>();
  rs.columns.forEach((name, i) => {
    const key = name.toLowerCase();
    if (seen.has(key)) throw new SqlError(1060, "42S21", `Duplicate column name '${name}'`);
    seen.add(key);
    if (stmt.columns.some((c) => c.name.toLowerCase() === key)) return;
    columns.push(selectedColumn(name, rs.types?.[i] ?? { kind: "any" }, items[i], sources[i], collation));
  });
  return { ...stmt, columns };
}

/** Compiles CREATE TABLE ... SELECT; the query is compiled when the statement runs (its tables may come later). */
export function compileCreateTableSelect(
  stmt: CreateTable,
  locals: Scope | undefined,
  env: EngineEnv,
): CompiledStatement {
  const select = stmt.select as SelectStmt;
  return (ctx) => {
    const engine = ctx.session.engine;
    if (!stmt.temporary) engine.implicitCommit();
    const db = engine.catalog.requireDatabase(stmt.name.schema ?? ctx.session.database);
    const name = stmt.name.name;
    if (db.tables.has(name)) {
      const msg = `Table '${name}' already exists`;
      if (!stmt.ifNotExists) throw new SqlError(1050, "42S01", msg);
      ctx.session.warn(1050, "42S01", msg, "Note");
      return { resultSets: [], affectedRows: 0 };
    }
    const rs = env.compileSelect(select, locals)(ctx);
    const options = tableOptionsOf(stmt, db);
    const { columns, keys } = defineTable(definitionOf(stmt, rs, ctx, options.collation), ctx);
    const start = stmt.options.find((o) => o.name === "AUTO_INCREMENT")?.value;
    const table = new Table(db.name, name, columns, keys, options, start ? Math.max(1, Number(start)) : 1);
    db.tables.set(name, table);
    const insert: Insert = {
      kind: "Insert",
      replace: stmt.onDuplicate === "REPLACE",
      ignore: stmt.onDuplicate === "IGNORE",
      table: stmt.name,
      columns: rs.columns,
      select,
      start: stmt.start,
      end: stmt.end,
    };
    const fill = compileInsert(insert, locals, { compileExpr: env.compileExpr, compileSelect: () => () => rs });
    try {
      const outcome = fill(ctx);
      if (!stmt.temporary) engine.implicitCommit();
      return outcome;
    } catch (e) {
      table.dropped = true;
      db.tables.delete(name);
      throw e;
    }
  };
}
