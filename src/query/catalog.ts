// The engine's catalog as the query compiler sees it: tables found at compile time, rows read at run time.

import type { DataType } from "../ast.ts";
import type { ExecContext, StaticType } from "../compile/types.ts";
import type { Catalog } from "../engine/catalog.ts";
import type { ReadableTable } from "../engine/types.ts";
import { Decimal, Double, isSingleFloat, type Value } from "../values/value.ts";
import type { QueryCatalog, QueryColumn, QueryTable } from "./env.ts";

const INT_TYPES = new Set(["TINYINT", "SMALLINT", "MEDIUMINT", "INT", "BIGINT", "BOOLEAN", "BIT", "YEAR"]);
const STRING_TYPES = new Set(["CHAR", "VARCHAR", "TINYTEXT", "TEXT", "MEDIUMTEXT", "LONGTEXT", "ENUM"]);
const BINARY_TYPES = new Set(["BINARY", "VARBINARY", "TINYBLOB", "BLOB", "MEDIUMBLOB", "LONGBLOB"]);

/** The static type of a column of type `t` in a table whose default collation is `tableCollation`. */
export function columnStaticType(t: DataType, tableCollation: string): StaticType {
  if (INT_TYPES.has(t.name)) return { kind: "int", unsigned: t.unsigned === true };
  if (t.name === "DECIMAL") return { kind: "decimal", scale: t.scale ?? 0 };
  if (t.name === "FLOAT" || t.name === "DOUBLE")
    return isSingleFloat(t) ? { kind: "double", single: true } : { kind: "double" };
  if (STRING_TYPES.has(t.name)) {
    const binary = t.charset?.toLowerCase() === "binary";
    const collation = (t.collation ?? (binary ? "binary" : tableCollation)).toLowerCase();
    return { kind: "string", collation, binary: binary || collation === "binary" };
  }
  if (BINARY_TYPES.has(t.name)) return { kind: "string", collation: "binary", binary: true };
  if (t.name === "DATE" || t.name === "TIME") return { kind: "temporal", type: t.name };
  if (t.name === "DATETIME") return { kind: "temporal", type: "DATETIME" };
  if (t.name === "TIMESTAMP") return { kind: "temporal", type: "DATETIME", timestamp: true };
  if (t.name === "JSON") return { kind: "json" };
  return { kind: "any" };
}

/** A base table's column as queries see it; a TIMESTAMP is read through the session time zone. */
export function queryColumn(
  c: { readonly name: string; readonly type: DataType },
  tableCollation: string,
): QueryColumn {
  const type = columnStaticType(c.type, tableCollation);
  return c.type.name === "TIMESTAMP" ? { name: c.name, type, timestamp: true } : { name: c.name, type };
}

function tableCollation(table: ReadableTable): string {
  const options = (table as { options?: { collation?: string } }).options;
  return options?.collation ?? "utf8mb4_0900_ai_ci";
}

/**
 * Whether `v` can be looked up in an index on a column of static type `t` with the same result as the `=` the WHERE
 * clause would evaluate. Numbers against numeric keys and strings against string keys can; a string against an
 * integer key cannot (`id = '01'` compares as DOUBLE), so such lookups fall back to a scan.
 */
function lookupable(v: Value, t: StaticType): boolean {
  if (t.kind === "int" || t.kind === "decimal") {
    return typeof v === "number" || typeof v === "bigint" || v instanceof Decimal || v instanceof Double;
  }
  if (t.kind === "string") return typeof v === "string" && !t.binary;
  return false;
}

class EngineTable implements QueryTable {
  readonly database: string;
  readonly name: string;
  readonly columns: readonly QueryColumn[];
  readonly primaryKey: readonly number[];

  constructor(private table: ReadableTable) {
    this.database = table.db;
    this.name = table.name;
    const collation = tableCollation(table);
    this.columns = table.columns.map((c) => queryColumn(c, collation));
    this.primaryKey = table.primaryKey;
  }

  /** The live table: a DROP and CREATE since compile time gives a new object. */
  private current(ctx: ExecContext): ReadableTable {
    if (this.table.dropped) this.table = ctx.session.engine.catalog.lookupTable(this.database, this.name);
    return this.table;
  }

  scan(ctx: ExecContext): Iterable<readonly Value[]> {
    return this.current(ctx).scan();
  }

  lookup(ctx: ExecContext, key: readonly Value[]): readonly Value[] | undefined | null {
    for (let i = 0; i < key.length; i++) if (!lookupable(key[i], this.columns[this.primaryKey[i]].type)) return null;
    return this.current(ctx).getByPrimaryKey(key);
  }
}

/** A QueryCatalog over the engine's catalog; unqualified names are in `database` (the session's current one). */
export function engineCatalog(catalog: Catalog, database: string | null): QueryCatalog {
  return { table: (db, name) => new EngineTable(catalog.lookupTable(db ?? database, name)) };
}
