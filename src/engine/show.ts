// SHOW statements about the catalog, and DESCRIBE. SHOW WARNINGS/ERRORS/VARIABLES belong to the session.

import type { Describe, Show } from "../ast.ts";
import type { ExecContext, ResultSet, StatementOutcome } from "../compile/types.ts";
import { SqlError } from "../errors.ts";
import { zoneOffsetMinutes } from "../values/timezone.ts";
import type { Value } from "../values/value.ts";

import { columnTypeText, defaultText, extraText, keyFlag, showCreateTable } from "./describe.ts";
import { datetimeOf } from "./infoschema.ts";
import type { Table } from "./table.ts";

type ShowKind = Show["what"];
export type EngineShowKind = Exclude<ShowKind, "WARNINGS" | "ERRORS" | "COUNT WARNINGS" | "COUNT ERRORS" | "VARIABLES">;

function result(columns: string[], rows: Value[][]): StatementOutcome {
  const rs: ResultSet = { columns, rows };
  return { resultSets: [rs], affectedRows: -1 };
}

/** SQL LIKE as a JS test (`%`, `_`, backslash escapes). */
export function likeTest(pattern: string | undefined, caseInsensitive = false): (s: string) => boolean {
  if (pattern === undefined) return () => true;
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\" && i + 1 < pattern.length) re += pattern[++i].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    else if (ch === "%") re += ".*";
    else if (ch === "_") re += ".";
    else re += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  const rx = new RegExp(`^${re}$`, caseInsensitive ? "is" : "s");
  return (s) => rx.test(s);
}

function currentDb(ctx: ExecContext, from: string | undefined): string {
  return ctx.session.engine.catalog.requireDatabase(from ?? ctx.session.database).name;
}

function describeRows(table: Table): Value[][] {
  return table.columns.map((c, i) => [
    c.name,
    columnTypeText(c.type),
    c.nullable ? "YES" : "NO",
    keyFlag(table, i),
    c.default ? defaultText(c.default, false) : null,
    extraText(c),
  ]);
}

const CLIENT = ["utf8mb4", "utf8mb4_0900_ai_ci"];

const SHOW: Record<EngineShowKind, (stmt: Show, ctx: ExecContext) => StatementOutcome> = {
  DATABASES(stmt, ctx) {
    const like = likeTest(stmt.like);
    const names = ["information_schema", ...ctx.session.engine.catalog.databases.keys()].filter(like).sort();
    return result(
      ["Database"],
      names.map((n) => [n]),
    );
  },
  TABLES(stmt, ctx) {
    const db = currentDb(ctx, stmt.from);
    const like = likeTest(stmt.like);
    const names = [...(ctx.session.engine.catalog.database(db)?.tables.keys() ?? [])].filter(like).sort();
    const header = `Tables_in_${db}${stmt.like !== undefined ? ` (${stmt.like})` : ""}`;
    return stmt.full
      ? result(
          [header, "Table_type"],
          names.map((n) => [n, "BASE TABLE"]),
        )
      : result(
          [header],
          names.map((n) => [n]),
        );
  },
  "CREATE TABLE"(stmt, ctx) {
    const name = stmt.name;
    if (!name) throw new Error("SHOW CREATE TABLE without a name");
    const table = ctx.session.engine.catalog.requireTable(name.schema ?? ctx.session.database, name.name);
    return result(["Table", "Create Table"], [[table.name, showCreateTable(table, zoneOffsetMinutes(ctx))]]);
  },
  "CREATE PROCEDURE"(stmt, ctx) {
    return showCreateRoutine(stmt, ctx, "PROCEDURE");
  },
  "CREATE FUNCTION"(stmt, ctx) {
    return showCreateRoutine(stmt, ctx, "FUNCTION");
  },
  "CREATE TRIGGER"(stmt, ctx) {
    const name = stmt.name;
    if (!name) throw new Error("SHOW CREATE TRIGGER without a name");
    const db = currentDb(ctx, name.schema);
    const t = ctx.session.engine.catalog.trigger(db, name.name);
    if (!t) throw new SqlError(1360, "HY000", "Trigger does not exist");
    const dbColl = ctx.session.engine.catalog.database(db)?.collation ?? "utf8mb4_0900_ai_ci";
    return result(
      [
        "Trigger",
        "sql_mode",
        "SQL Original Statement",
        ...["character_set_client", "collation_connection"],
        "Database Collation",
        "Created",
      ],
      [[t.name, t.sqlMode, t.ast.source, ...CLIENT, dbColl, datetimeOf(t.created)]],
    );
  },
  TRIGGERS(stmt, ctx) {
    const db = currentDb(ctx, stmt.from);
    const d = ctx.session.engine.catalog.database(db);
    const like = likeTest(stmt.like);
    const list = [...(d?.triggers.values() ?? [])]
      .filter((t) => like(t.table))
      .sort(
        (a, b) =>
          a.table.localeCompare(b.table) ||
          a.event.localeCompare(b.event) ||
          a.timing.localeCompare(b.timing) ||
          a.order - b.order,
      );
    return result(
      [
        "Trigger",
        "Event",
        "Table",
        "Statement",
        "Timing",
        "Created",
        "sql_mode",
        "Definer",
        "character_set_client",
        "collation_connection",
        "Database Collation",
      ],
      list.map((t) => {
        const ast = t.ast;
        const body = ast.source.slice(ast.body.start - ast.start, ast.body.end - ast.start);
        return [
          t.name,
          t.event,
          t.table,
          body,
          t.timing,
          datetimeOf(t.created),
          t.sqlMode,
          t.definer,
          ...CLIENT,
          d?.collation ?? null,
        ];
      }),
    );
  },
  "PROCEDURE STATUS"(stmt, ctx) {
    return routineStatus(stmt, ctx, "PROCEDURE");
  },
  "FUNCTION STATUS"(stmt, ctx) {
    return routineStatus(stmt, ctx, "FUNCTION");
  },
  COLUMNS(stmt, ctx) {
    const name = stmt.name;
    if (!name) throw new Error("SHOW COLUMNS without a table");
    const table = ctx.session.engine.catalog.requireTable(stmt.from ?? name.schema ?? ctx.session.database, name.name);
    const like = likeTest(stmt.like, true);
    return result(
      ["Field", "Type", "Null", "Key", "Default", "Extra"],
      describeRows(table).filter((r) => like(r[0] as string)),
    );
  },
};

function showCreateRoutine(stmt: Show, ctx: ExecContext, type: "PROCEDURE" | "FUNCTION"): StatementOutcome {
  const name = stmt.name;
  if (!name) throw new Error(`SHOW CREATE ${type} without a name`);
  const db = currentDb(ctx, name.schema);
  const r = ctx.session.engine.catalog.routine(db, type, name.name);
  if (!r) throw new SqlError(1305, "42000", `${type} ${name.name} does not exist`);
  const dbColl = ctx.session.engine.catalog.database(db)?.collation ?? null;
  const label = type === "PROCEDURE" ? "Procedure" : "Function";
  return result(
    [label, "sql_mode", `Create ${label}`, "character_set_client", "collation_connection", "Database Collation"],
    [[r.name, r.sqlMode, r.ast.source, ...CLIENT, dbColl]],
  );
}

function routineStatus(stmt: Show, ctx: ExecContext, type: "PROCEDURE" | "FUNCTION"): StatementOutcome {
  const like = likeTest(stmt.like, true);
  const rows: Value[][] = [];
  const dbs = [...ctx.session.engine.catalog.databases.values()].sort((a, b) => a.name.localeCompare(b.name));
  for (const d of dbs) {
    const list = [...d.routines.values()]
      .filter((r) => r.type === type && like(r.name))
      .sort((a, b) => a.name.localeCompare(b.name));
    for (const r of list) {
      rows.push([
        r.db,
        r.name,
        r.type,
        r.definer,
        datetimeOf(r.created),
        datetimeOf(r.created),
        r.ast.characteristics.security ?? "DEFINER",
        r.ast.characteristics.comment ?? "",
        ...CLIENT,
        d.collation,
      ]);
    }
  }
  return result(
    [
      "Db",
      "Name",
      "Type",
      "Definer",
      "Modified",
      "Created",
      "Security_type",
      "Comment",
      "character_set_client",
      "collation_connection",
      "Database Collation",
    ],
    rows,
  );
}

/** True for the SHOW kinds the engine answers. */
export function isEngineShow(kind: ShowKind): kind is EngineShowKind {
  return kind in SHOW;
}

export function show(stmt: Show & { what: EngineShowKind }, ctx: ExecContext): StatementOutcome {
  return SHOW[stmt.what](stmt, ctx);
}

export function describe(stmt: Describe, ctx: ExecContext): StatementOutcome {
  const table = ctx.session.engine.catalog.requireTable(stmt.table.schema ?? ctx.session.database, stmt.table.name);
  return result(["Field", "Type", "Null", "Key", "Default", "Extra"], describeRows(table));
}
