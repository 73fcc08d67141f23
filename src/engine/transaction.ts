// One session's view of the engine: its transaction (an undo log with savepoints) and statement atomicity.
//
// Every row change made by the session is recorded in `log`. A statement remembers the log length when it starts
// (the statement savepoint); if it fails, the entries after that mark are undone in reverse, so a failed statement
// leaves no trace, whether it failed on row k of a multi-row insert or deep in a trigger. COMMIT forgets the log;
// ROLLBACK undoes all of it. A crash makes the server roll every session's log back, which is InnoDB's crash recovery
// in miniature.

import { SqlError } from "../errors.ts";
import type { Catalog } from "./catalog.ts";
import type { Server } from "./server.ts";
import {
  ConnectionLost,
  type EngineSession,
  type ReadableTable,
  type StatementOptions,
  type TriggerRunner,
  type UndoEntry,
  type UndoLog,
} from "./types.ts";

interface SavepointMark {
  readonly name: string;
  readonly mark: number;
}

export function savepointDoesNotExist(name: string): SqlError {
  return new SqlError(1305, "42000", `SAVEPOINT ${name} does not exist`);
}

export function commitInSubStatement(): SqlError {
  return new SqlError(1422, "HY000", "Explicit or implicit commit is not allowed in stored function or trigger.");
}

export function tableInUse(name: string): SqlError {
  return new SqlError(
    1442,
    "HY000",
    `Can't update table '${name}' in stored function/trigger because it is already used by statement which invoked this stored function/trigger.`,
  );
}

const TOP_LEVEL: StatementOptions = { commit: true };

function undoEntry(e: UndoEntry): void {
  switch (e.op) {
    case "insert":
      e.table.undoInsert(e.rowId);
      break;
    case "update":
      e.table.undoUpdate(e.rowId, e.before);
      break;
    case "delete":
      e.table.undoDelete(e.rowId, e.before);
      break;
  }
}

export class Session implements EngineSession, UndoLog {
  autocommitFlag = true;
  private explicit = false;
  private log: UndoEntry[] = [];
  private savepoints: SavepointMark[] = [];
  private subDepth = 0;
  /** Tables used by statements that are running (outer statements of the trigger or function now running). */
  private inUse: ReadableTable[] = [];
  private lostFlag = false;

  constructor(readonly server: Server) {}

  get catalog(): Catalog {
    return this.server.catalog;
  }

  get triggers(): TriggerRunner {
    return this.server.triggerRunner;
  }

  get undo(): UndoLog {
    return this;
  }

  get lost(): boolean {
    return this.lostFlag;
  }

  get autocommit(): boolean {
    return this.autocommitFlag;
  }

  set autocommit(on: boolean) {
    // SET autocommit = 1 commits an open transaction (MySQL manual, "autocommit").
    if (on && !this.autocommitFlag) this.commitAll();
    else if (on && this.explicit) this.commitAll();
    this.autocommitFlag = on;
  }

  get inTransaction(): boolean {
    return this.explicit || (!this.autocommitFlag && this.log.length > 0);
  }

  get inSubStatement(): boolean {
    return this.subDepth > 0;
  }

  /** Number of undo entries (for tests and the model-based checks). */
  get undoLength(): number {
    return this.log.length;
  }

  record(entry: UndoEntry): void {
    this.log.push(entry);
  }

  statement<T>(fn: () => T, options: StatementOptions = TOP_LEVEL): T {
    this.ensureAlive();
    // Inside a trigger or function a failed statement is not rolled back by itself (a handler may catch the error
    // and the partial work stays, as MariaDB 10.11 shows); the calling statement's savepoint covers it.
    if (this.subDepth > 0) return fn();
    const mark = this.log.length;
    let result: T;
    try {
      result = fn();
    } catch (e) {
      if (!this.lostFlag) this.undoTo(mark);
      throw e;
    }
    if (options.commit && this.subDepth === 0 && this.autocommitFlag && !this.explicit) this.commitAll();
    return result;
  }

  /**
   * Runs a stored function or the triggers of a row. As in MySQL (THD::reset_sub_statement_state), a sub-statement
   * starts a savepoint level of its own: it cannot see the caller's savepoints, and its own are released when it
   * ends.
   */
  subStatement<T>(fn: () => T): T {
    this.subDepth++;
    const callers = this.savepoints;
    this.savepoints = [];
    try {
      return fn();
    } finally {
      this.subDepth--;
      this.savepoints = callers;
    }
  }

  usingTables<T>(tables: readonly ReadableTable[], fn: () => T): T {
    const before = this.inUse.length;
    this.inUse.push(...tables);
    try {
      return fn();
    } finally {
      this.inUse.length = before;
    }
  }

  checkModifiable(table: ReadableTable): void {
    if (this.subDepth > 0 && this.inUse.includes(table)) throw tableInUse(table.name);
  }

  begin(): void {
    this.guardCommit();
    // START TRANSACTION commits the open transaction first (implicit commit).
    this.commitAll();
    this.explicit = true;
  }

  commit(): void {
    this.guardCommit();
    this.commitAll();
  }

  rollback(): void {
    this.guardCommit();
    this.undoTo(0);
    this.endTransaction();
  }

  savepoint(name: string): void {
    const lower = name.toLowerCase();
    this.savepoints = this.savepoints.filter((s) => s.name.toLowerCase() !== lower);
    // With autocommit and no transaction the savepoint lasts until the end of the statement: a top-level SAVEPOINT
    // is forgotten at once, one set inside a function or trigger serves the rest of that sub-statement.
    if (this.autocommitFlag && !this.explicit && this.subDepth === 0) return;
    this.savepoints.push({ name, mark: this.log.length });
  }

  rollbackToSavepoint(name: string): void {
    const at = this.findSavepoint(name);
    this.undoTo(this.savepoints[at].mark);
    // Savepoints set after the named one are deleted; the named one stays.
    this.savepoints.length = at + 1;
  }

  releaseSavepoint(name: string): void {
    const at = this.findSavepoint(name);
    this.savepoints.length = at;
  }

  implicitCommit(): void {
    this.guardCommit();
    this.commitAll();
  }

  checkpoint(label: string): void {
    this.ensureAlive();
    this.server.reachCheckpoint(label, this);
    this.ensureAlive();
  }

  /** Called by the server when it crashes: undo everything, then fail every later statement. */
  crashed(): void {
    if (this.lostFlag) return;
    this.undoTo(0);
    this.endTransaction();
    this.lostFlag = true;
  }

  /** Called by Server.restore: the snapshot replaces table contents, so the undo log no longer applies. */
  forgetTransaction(): void {
    this.endTransaction();
  }

  // ---------------------------------------------------------------------------------------------------------------

  private ensureAlive(): void {
    if (this.lostFlag) throw new ConnectionLost();
  }

  private guardCommit(): void {
    if (this.subDepth > 0) throw commitInSubStatement();
  }

  private findSavepoint(name: string): number {
    const lower = name.toLowerCase();
    for (let i = this.savepoints.length - 1; i >= 0; i--) {
      if (this.savepoints[i].name.toLowerCase() === lower) return i;
    }
    throw savepointDoesNotExist(name);
  }

  private undoTo(mark: number): void {
    const log = this.log;
    for (let i = log.length - 1; i >= mark; i--) undoEntry(log[i]);
    if (log.length > mark) log.length = mark;
    this.savepoints = this.savepoints.filter((s) => s.mark <= mark);
  }

  private commitAll(): void {
    this.endTransaction();
  }

  private endTransaction(): void {
    this.log = [];
    this.savepoints = [];
    this.explicit = false;
  }
}
