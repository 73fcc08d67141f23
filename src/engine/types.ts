// Engine-facing contracts: what the runtime, the query compiler and the session code against.
//
// The engine is single-threaded and synchronous. Table contents are changed in place and every change writes an
// undo entry to the session's transaction, so a statement, a savepoint or a transaction is undone by replaying undo
// entries backwards (as InnoDB's undo log does). A crash rolls back every open transaction that way, which leaves
// exactly the committed state.
//
// Sessions are not isolated from each other (there is no MVCC and no row locking): a second session sees another
// session's uncommitted rows. spbed's tests run one client at a time; see docs/ARCHITECTURE.md.

import type { CreateRoutine, CreateTrigger, DataType, Expr } from "../ast.ts";
import type { ExecContext } from "../compile/types.ts";
import type { Temporal, Value } from "../values/value.ts";

/** A stored row: one value per column, in column order. Rows are immutable; an UPDATE stores a new array. */
export type Row = readonly Value[];

/** Internal identity of a stored row (InnoDB's DB_ROW_ID); stable across updates of the row. */
export type RowId = number;

export interface ColumnMeta {
  readonly name: string;
  /** BOOLEAN is stored as TINYINT(1), as MySQL does. */
  readonly type: DataType;
  readonly nullable: boolean;
  /** The DEFAULT clause as written; undefined when there is none. */
  readonly default?: Expr;
  /** A TIMESTAMP's literal default as stored (UTC), fixed when the table was created (ddl.ts timestampDefault). */
  readonly defaultInstant?: Temporal;
  readonly autoIncrement: boolean;
  readonly onUpdateCurrentTimestamp: boolean;
  readonly comment?: string;
}

export interface KeyDef {
  /** `PRIMARY` for the primary key; a UNIQUE key is named after its first column unless named explicitly. */
  readonly name: string;
  readonly kind: "PRIMARY" | "UNIQUE" | "INDEX";
  /** Column indexes, in key order. */
  readonly columns: readonly number[];
}

export interface TableOptions {
  readonly engine: string;
  readonly charset: string;
  readonly collation: string;
  readonly comment?: string;
}

/**
 * What reading a table needs; base tables and the information_schema virtual tables both provide it. Look tables up
 * through `Catalog.lookupTable` at run time (a Map lookup) or keep the object and check `dropped`: DROP TABLE and a
 * later CREATE give a new object.
 */
export interface ReadableTable {
  readonly db: string;
  readonly name: string;
  readonly columns: readonly ColumnMeta[];
  /** Column indexes of the primary key; empty when there is none (then rows come in insertion order). */
  readonly primaryKey: readonly number[];
  readonly virtual: boolean;
  readonly dropped: boolean;
  /** Every row, in primary-key order (InnoDB's clustered order). */
  scan(): Iterable<Row>;
  /** Point lookup by primary key (no scan). Key values are compared as the key columns' collation compares them. */
  getByPrimaryKey(key: readonly Value[]): Row | undefined;
}

/** A row change to undo. The engine writes these; nobody else needs to read them. */
export type UndoEntry =
  | { readonly op: "insert"; readonly table: UndoTarget; readonly rowId: RowId }
  | { readonly op: "update"; readonly table: UndoTarget; readonly rowId: RowId; readonly before: Row }
  | { readonly op: "delete"; readonly table: UndoTarget; readonly rowId: RowId; readonly before: Row };

/** The part of a table that undo needs: restoring rows without checks and without writing undo. */
export interface UndoTarget {
  undoInsert(rowId: RowId): void;
  undoUpdate(rowId: RowId, before: Row): void;
  undoDelete(rowId: RowId, before: Row): void;
}

/** Where table primitives write their undo entries (the session's transaction). */
export interface UndoLog {
  record(entry: UndoEntry): void;
}

export interface RoutineDef {
  readonly db: string;
  readonly name: string;
  readonly type: "PROCEDURE" | "FUNCTION";
  readonly ast: CreateRoutine;
  /** The sql_mode in force at CREATE time; the routine runs under it. */
  readonly sqlMode: string;
  /** Creation time, microseconds since the epoch (simulated clock). */
  readonly created: number;
  readonly definer: string;
}

export interface TriggerDef {
  readonly db: string;
  readonly name: string;
  readonly table: string;
  readonly timing: "BEFORE" | "AFTER";
  readonly event: "INSERT" | "UPDATE" | "DELETE";
  readonly ast: CreateTrigger;
  /** 1-based position among the table's triggers for the same timing and event (ACTION_ORDER). */
  readonly order: number;
  readonly sqlMode: string;
  readonly created: number;
  readonly definer: string;
}

/**
 * Runs trigger bodies; implemented by the runtime (src/runtime), faked in engine tests. `newRow` is the row being
 * written (writable in BEFORE triggers, values stored through `storeValue`), undefined for DELETE; `oldRow` is
 * undefined for INSERT. The engine calls it inside a sub-statement (so COMMIT there is 1422) with the table marked
 * in use (so modifying it is 1442).
 */
export interface TriggerRunner {
  fire(trigger: TriggerDef, ctx: ExecContext, newRow: Value[] | undefined, oldRow: Row | undefined): void;
}

/**
 * Lost connection: the server crashed under a running statement, or the session's next statement after a crash.
 * Deliberately not a SqlError, so that no stored-program handler can catch it.
 */
export class ConnectionLost extends Error {
  readonly errno = 2013;
  readonly sqlstate = "HY000";
  constructor() {
    super("Lost connection to MySQL server during query");
  }
  override get name(): string {
    return "ConnectionLost";
  }
  format(): string {
    return `ERROR ${this.errno} (${this.sqlstate}): ${this.message}`;
  }
}

/** How a statement takes part in the transaction (see EngineSession.statement). */
export interface StatementOptions {
  /**
   * True for a statement the client sent and for statements directly in a procedure body: with autocommit on and no
   * explicit transaction they commit when they succeed. False inside triggers and stored functions, whose work
   * belongs to the calling statement.
   */
  readonly commit: boolean;
}

/**
 * What a session holds of the engine: the catalog it reads and writes, and its open transaction. Reached from
 * expressions and statements as `ctx.session.engine`. The current database is `SessionState.database`.
 */
export interface EngineSession {
  readonly catalog: import("./catalog.ts").Catalog;
  readonly server: import("./server.ts").Server;
  /** Mirrors the autocommit system variable; setting it to true commits an open transaction, as MySQL does. */
  autocommit: boolean;
  /** True between START TRANSACTION/BEGIN (or the first change with autocommit off) and COMMIT/ROLLBACK. */
  readonly inTransaction: boolean;
  /** Where table primitives write undo entries. */
  readonly undo: UndoLog;
  /** True after a crash: every statement fails with ConnectionLost. */
  readonly lost: boolean;

  /**
   * Runs one statement atomically: if `fn` throws, every change it made (including its triggers') is undone, and the
   * error is rethrown; on success, with autocommit on and no explicit transaction, `commit` statements commit.
   */
  statement<T>(fn: () => T, options?: StatementOptions): T;
  /** Runs `fn` as a trigger or stored function body: COMMIT/ROLLBACK and DDL inside it fail with 1422. */
  subStatement<T>(fn: () => T): T;
  readonly inSubStatement: boolean;
  /**
   * Marks tables as used by the running statement for the duration of `fn`: a trigger or function that then
   * modifies one of them fails with 1442.
   */
  usingTables<T>(tables: readonly ReadableTable[], fn: () => T): T;
  /** Throws 1442 when `table` is used by a statement that invoked the running trigger or function. */
  checkModifiable(table: ReadableTable): void;

  begin(): void;
  commit(): void;
  rollback(): void;
  savepoint(name: string): void;
  rollbackToSavepoint(name: string): void;
  releaseSavepoint(name: string): void;
  /** The implicit commit before DDL and similar statements (1422 inside a trigger or function). */
  implicitCommit(): void;
  /** A place where a test may crash the server; throws ConnectionLost if it did. */
  checkpoint(label: string): void;
  /** The trigger runner in force (the server's). */
  readonly triggers: TriggerRunner;
}
