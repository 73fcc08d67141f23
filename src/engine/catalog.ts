// The catalog: databases and what they hold (tables, stored routines, triggers).
//
// Names follow MySQL on Linux (lower_case_table_names=0): database, table and trigger names are case-sensitive;
// routine names are not. The catalog only stores definitions; the runtime compiles routine and trigger bodies
// (keyed by the definition objects, which are replaced, never mutated, when redefined).

import { SqlError } from "../errors.ts";
import type { Table } from "./table.ts";
import type { ReadableTable, RoutineDef, TriggerDef } from "./types.ts";

export interface Database {
  readonly name: string;
  readonly charset: string;
  readonly collation: string;
  readonly tables: Map<string, Table>;
  /** Keyed by `PROCEDURE:lowername` or `FUNCTION:lowername`. */
  readonly routines: Map<string, RoutineDef>;
  /** Keyed by trigger name. */
  readonly triggers: Map<string, TriggerDef>;
}

/** Provides read-only virtual tables (information_schema) by lower-case name. */
export type VirtualTables = (name: string) => ReadableTable | undefined;

export const INFORMATION_SCHEMA = "information_schema";

/** Databases every server has; they cannot be created or dropped. */
const SYSTEM_DATABASES = new Set([INFORMATION_SCHEMA, "mysql", "performance_schema", "sys"]);

export function isSystemDatabase(name: string): boolean {
  return SYSTEM_DATABASES.has(name.toLowerCase());
}

export function routineKey(type: "PROCEDURE" | "FUNCTION", name: string): string {
  return `${type}:${name.toLowerCase()}`;
}

export function unknownDatabase(name: string): SqlError {
  return new SqlError(1049, "42000", `Unknown database '${name}'`);
}

export function noDatabaseSelected(): SqlError {
  return new SqlError(1046, "3D000", "No database selected");
}

export function noSuchTable(db: string, name: string): SqlError {
  return new SqlError(1146, "42S02", `Table '${db}.${name}' doesn't exist`);
}

export class Catalog {
  readonly databases = new Map<string, Database>();
  /**
   * Counts CREATE and DROP of stored routines. MySQL invalidates every session's routine cache on any of them
   * (sp_cache_invalidate), so a routine's statements are parsed and resolved again at its next call.
   */
  routineVersion = 0;
  /** Set by src/engine/infoschema.ts; the catalog itself does not know the virtual tables. */
  virtualTables: VirtualTables = () => undefined;

  database(name: string): Database | undefined {
    return this.databases.get(name);
  }

  requireDatabase(name: string | null | undefined): Database {
    if (name === null || name === undefined) throw noDatabaseSelected();
    const db = this.databases.get(name);
    if (!db) throw unknownDatabase(name);
    return db;
  }

  addDatabase(name: string, charset = "utf8mb4", collation = "utf8mb4_0900_ai_ci"): Database {
    const db: Database = { name, charset, collation, tables: new Map(), routines: new Map(), triggers: new Map() };
    this.databases.set(name, db);
    return db;
  }

  /** A base table, or undefined. `db` is the qualifier or the current database (null: none selected, 1046). */
  table(db: string | null | undefined, name: string): Table | undefined {
    if (db === null || db === undefined) throw noDatabaseSelected();
    return this.databases.get(db)?.tables.get(name);
  }

  /** A base table; 1146 when there is none (1046 without a database). */
  requireTable(db: string | null | undefined, name: string): Table {
    const t = this.table(db, name);
    if (!t) throw noSuchTable(db as string, name);
    return t;
  }

  /**
   * Any readable table, including information_schema's virtual ones: what SELECT uses. Throws 1146 when there is
   * none and 1046 when `db` is null.
   */
  lookupTable(db: string | null | undefined, name: string): ReadableTable {
    if (db === null || db === undefined) throw noDatabaseSelected();
    if (db.toLowerCase() === INFORMATION_SCHEMA) {
      const v = this.virtualTables(name.toLowerCase());
      if (v) return v;
      throw noSuchTable(INFORMATION_SCHEMA, name);
    }
    return this.requireTable(db, name);
  }

  routine(db: string, type: "PROCEDURE" | "FUNCTION", name: string): RoutineDef | undefined {
    return this.databases.get(db)?.routines.get(routineKey(type, name));
  }

  trigger(db: string, name: string): TriggerDef | undefined {
    return this.databases.get(db)?.triggers.get(name);
  }

  /** The triggers of a table for one timing and event, in ACTION_ORDER. */
  triggersFor(table: Table, timing: "BEFORE" | "AFTER", event: "INSERT" | "UPDATE" | "DELETE"): TriggerDef[] {
    const db = this.databases.get(table.db);
    if (!db || db.triggers.size === 0) return [];
    const out: TriggerDef[] = [];
    for (const t of db.triggers.values()) {
      if (t.table === table.name && t.timing === timing && t.event === event) out.push(t);
    }
    return out.sort((a, b) => a.order - b.order);
  }

  /** Every trigger of a table, any timing and event. */
  triggersOfTable(db: string, table: string): TriggerDef[] {
    const d = this.databases.get(db);
    if (!d) return [];
    return [...d.triggers.values()].filter((t) => t.table === table);
  }
}
