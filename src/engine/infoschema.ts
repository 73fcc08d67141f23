// information_schema as read-only virtual tables over the catalog: SCHEMATA, TABLES, COLUMNS, ROUTINES, TRIGGERS.
//
// Rows are computed on every scan (the catalog is small), so they are always current. Column names are upper case,
// as in MySQL 8. Only the columns tools commonly read are present.

import type { DataType, TypeName } from "../ast.ts";
import { Temporal, type Value } from "../values/value.ts";
import type { Catalog } from "./catalog.ts";
import { columnTypeText, dataTypeName, defaultText, extraText, keyFlag } from "./describe.ts";
import type { Table } from "./table.ts";
import type { ColumnMeta, ReadableTable, Row } from "./types.ts";

function type(name: TypeName, length?: number): DataType {
  return { kind: "DataType", name, length, start: 0, end: 0 };
}

function columns(spec: string): ColumnMeta[] {
  // "NAME:type" pairs; s = varchar(64), t = longtext, i = bigint unsigned, d = datetime.
  return spec
    .trim()
    .split(/\s+/)
    .map((part) => {
      const [name, t] = part.split(":");
      const dt =
        t === "i"
          ? { ...type("BIGINT"), unsigned: true }
          : t === "t"
            ? type("LONGTEXT")
            : t === "d"
              ? type("DATETIME")
              : type("VARCHAR", 64);
      return { name, type: dt, nullable: true, autoIncrement: false, onUpdateCurrentTimestamp: false };
    });
}

/** Microseconds since the epoch as a DATETIME. */
export function datetimeOf(micros: number): Temporal {
  return new Temporal("DATETIME", new Date(Math.floor(micros / 1000)).toISOString().slice(0, 19).replace("T", " "));
}

/** The body of a CREATE ROUTINE/TRIGGER as written (ROUTINE_DEFINITION, ACTION_STATEMENT). */
export function bodyText(ast: {
  readonly start: number;
  readonly source: string;
  readonly body: { start: number; end: number };
}): string {
  return ast.source.slice(ast.body.start - ast.start, ast.body.end - ast.start);
}

class VirtualTable implements ReadableTable {
  readonly virtual = true;
  readonly dropped = false;
  readonly primaryKey: readonly number[] = [];
  readonly db = "information_schema";
  constructor(
    readonly name: string,
    readonly columns: readonly ColumnMeta[],
    private readonly rows: () => Row[],
  ) {}
  scan(): Iterable<Row> {
    return this.rows();
  }
  getByPrimaryKey(): Row | undefined {
    return undefined;
  }
}

function tables(catalog: Catalog): Table[] {
  return [...catalog.databases.values()].flatMap((d) => [...d.tables.values()]);
}

function build(catalog: Catalog): Map<string, VirtualTable> {
  const m = new Map<string, VirtualTable>();
  const add = (name: string, spec: string, rows: () => Row[]) =>
    m.set(name.toLowerCase(), new VirtualTable(name, columns(spec), rows));

  add("SCHEMATA", "CATALOG_NAME SCHEMA_NAME DEFAULT_CHARACTER_SET_NAME DEFAULT_COLLATION_NAME", () =>
    [...catalog.databases.values()].map((d) => ["def", d.name, d.charset, d.collation]),
  );
  add(
    "TABLES",
    "TABLE_CATALOG TABLE_SCHEMA TABLE_NAME TABLE_TYPE ENGINE TABLE_ROWS:i AUTO_INCREMENT:i TABLE_COLLATION TABLE_COMMENT",
    () =>
      tables(catalog).map((t) => [
        "def",
        t.db,
        t.name,
        "BASE TABLE",
        t.options.engine,
        t.rowCount,
        t.autoIncrementColumn >= 0 ? t.autoIncrement : null,
        t.options.collation,
        t.options.comment ?? "",
      ]),
  );
  add(
    "COLUMNS",
    "TABLE_CATALOG TABLE_SCHEMA TABLE_NAME COLUMN_NAME ORDINAL_POSITION:i COLUMN_DEFAULT:t IS_NULLABLE DATA_TYPE CHARACTER_MAXIMUM_LENGTH:i NUMERIC_PRECISION:i NUMERIC_SCALE:i COLUMN_TYPE:t COLUMN_KEY EXTRA COLUMN_COMMENT",
    () =>
      tables(catalog).flatMap((t) =>
        t.columns.map((c, i): Value[] => {
          const numeric = ["TINYINT", "SMALLINT", "MEDIUMINT", "INT", "BIGINT", "DECIMAL"].includes(c.type.name);
          const precision: Record<string, number> = { TINYINT: 3, SMALLINT: 5, MEDIUMINT: 7, INT: 10, BIGINT: 19 };
          const chars = ["CHAR", "VARCHAR", "BINARY", "VARBINARY"].includes(c.type.name) ? (c.type.length ?? 1) : null;
          return [
            "def",
            t.db,
            t.name,
            c.name,
            i + 1,
            c.default ? defaultText(c.default, false) : null,
            c.nullable ? "YES" : "NO",
            dataTypeName(c.type),
            chars,
            numeric ? (c.type.name === "DECIMAL" ? (c.type.length ?? 10) : (precision[c.type.name] ?? null)) : null,
            numeric ? (c.type.name === "DECIMAL" ? (c.type.scale ?? 0) : 0) : null,
            columnTypeText(c.type),
            keyFlag(t, i),
            extraText(c),
            c.comment ?? "",
          ];
        }),
      ),
  );
  add(
    "ROUTINES",
    "SPECIFIC_NAME ROUTINE_CATALOG ROUTINE_SCHEMA ROUTINE_NAME ROUTINE_TYPE DATA_TYPE ROUTINE_BODY ROUTINE_DEFINITION:t IS_DETERMINISTIC SQL_DATA_ACCESS SECURITY_TYPE CREATED:d LAST_ALTERED:d SQL_MODE ROUTINE_COMMENT:t DEFINER",
    () =>
      [...catalog.databases.values()].flatMap((d) =>
        [...d.routines.values()].map((r) => {
          const ch = r.ast.characteristics;
          return [
            r.name,
            "def",
            r.db,
            r.name,
            r.type,
            r.ast.returns ? dataTypeName(r.ast.returns) : "",
            "SQL",
            bodyText(r.ast),
            ch.deterministic ? "YES" : "NO",
            ch.dataAccess ?? "CONTAINS SQL",
            ch.security ?? "DEFINER",
            datetimeOf(r.created),
            datetimeOf(r.created),
            r.sqlMode,
            ch.comment ?? "",
            r.definer,
          ];
        }),
      ),
  );
  add(
    "TRIGGERS",
    "TRIGGER_CATALOG TRIGGER_SCHEMA TRIGGER_NAME EVENT_MANIPULATION EVENT_OBJECT_CATALOG EVENT_OBJECT_SCHEMA EVENT_OBJECT_TABLE ACTION_ORDER:i ACTION_STATEMENT:t ACTION_ORIENTATION ACTION_TIMING CREATED:d SQL_MODE DEFINER",
    () =>
      [...catalog.databases.values()].flatMap((d) =>
        [...d.triggers.values()]
          .sort(
            (a, b) =>
              a.table.localeCompare(b.table) ||
              a.event.localeCompare(b.event) ||
              a.timing.localeCompare(b.timing) ||
              a.order - b.order,
          )
          .map((t) => [
            "def",
            t.db,
            t.name,
            t.event,
            "def",
            t.db,
            t.table,
            t.order,
            bodyText(t.ast),
            "ROW",
            t.timing,
            datetimeOf(t.created),
            t.sqlMode,
            t.definer,
          ]),
      ),
  );
  return m;
}

/** Installs information_schema on a catalog (Catalog.lookupTable then finds these tables). */
export function installInformationSchema(catalog: Catalog): void {
  const virtualTables = build(catalog);
  catalog.virtualTables = (name) => virtualTables.get(name);
}
