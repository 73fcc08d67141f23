// The simulated server: the catalog, the connected sessions, crash and restart, and cheap snapshots.
//
// Durability is modelled as InnoDB recovers: what was committed survives, what was not is rolled back. Because the
// engine is synchronous, a crash is "roll back every session's undo log and cut every connection". A crash can be
// injected from inside a running statement: the engine and the runtime call `session.checkpoint(label)` at statement
// and row boundaries, and a test's `onCheckpoint` hook may call `server.crash()` there; the running statement then
// fails with ConnectionLost (2013) and the session stays lost.

import { type Catalog, Catalog as CatalogClass, type Database } from "./catalog.ts";
import { installInformationSchema } from "./infoschema.ts";
import type { Table, TableData } from "./table.ts";
import { Session } from "./transaction.ts";
import { ConnectionLost, type RoutineDef, type TriggerDef, type TriggerRunner } from "./types.ts";

/** Used until the runtime installs its runner: a trigger that cannot run must not be skipped silently. */
const MISSING_RUNNER: TriggerRunner = {
  fire(trigger) {
    throw new Error(`no trigger runner installed (trigger ${trigger.db}.${trigger.name})`);
  },
};

interface TableSnapshot {
  readonly table: Table;
  readonly data: TableData;
  readonly autoIncrement: number | bigint;
}

interface DatabaseSnapshot {
  readonly db: Database;
  readonly tables: readonly [string, TableSnapshot][];
  readonly routines: readonly [string, RoutineDef][];
  readonly triggers: readonly [string, TriggerDef][];
}

/** The server state at one moment: O(tables) to take and to restore (table contents are shared copy-on-write). */
export interface Snapshot {
  readonly databases: readonly DatabaseSnapshot[];
}

export type CheckpointHook = (label: string, session: Session) => void;

export class Server {
  readonly catalog: Catalog = new CatalogClass();
  triggerRunner: TriggerRunner = MISSING_RUNNER;
  /** Called at every checkpoint of every session; a test may call `crash()` from it. */
  onCheckpoint: CheckpointHook | undefined;
  private sessions = new Set<Session>();
  private downFlag = false;
  /** Number of crashes so far (tests assert on it). */
  crashes = 0;

  constructor() {
    installInformationSchema(this.catalog);
  }

  /** True between crash() and restart(). */
  get down(): boolean {
    return this.downFlag;
  }

  /** A new client connection. Fails with 2013 while the server is down. */
  connect(): Session {
    if (this.downFlag) throw new ConnectionLost();
    const s = new Session(this);
    this.sessions.add(s);
    return s;
  }

  disconnect(session: Session): void {
    // Closing a connection rolls back its open transaction, as the server does.
    if (!session.lost) session.crashed();
    this.sessions.delete(session);
  }

  /** Drops every uncommitted change and ends every session; their next statement fails with 2013. */
  crash(): void {
    for (const s of this.sessions) s.crashed();
    this.sessions.clear();
    this.downFlag = true;
    this.crashes++;
  }

  /** Comes back with exactly the committed state (which is what crash() left). */
  restart(): void {
    this.downFlag = false;
  }

  /** Runs the checkpoint hook; used by Session.checkpoint. */
  reachCheckpoint(label: string, session: Session): void {
    this.onCheckpoint?.(label, session);
  }

  snapshot(): Snapshot {
    const databases: DatabaseSnapshot[] = [];
    for (const db of this.catalog.databases.values()) {
      databases.push({
        db,
        tables: [...db.tables].map(([name, table]) => [
          name,
          { table, data: table.snapshotData(), autoIncrement: table.autoIncrement },
        ]),
        routines: [...db.routines],
        triggers: [...db.triggers],
      });
    }
    return { databases };
  }

  /**
   * Puts the server back to `snapshot`. Open transactions are forgotten (their undo logs refer to the replaced
   * contents); sessions stay connected. Table objects are reused, so compiled statements holding them stay valid.
   */
  restore(snapshot: Snapshot): void {
    for (const s of this.sessions) s.forgetTransaction();
    const dbs = this.catalog.databases;
    for (const d of dbs.values()) for (const t of d.tables.values()) t.dropped = true;
    dbs.clear();
    for (const d of snapshot.databases) {
      const db = d.db;
      db.tables.clear();
      for (const [name, t] of d.tables) {
        t.table.restoreData(t.data, t.autoIncrement);
        t.table.dropped = false;
        db.tables.set(name, t.table);
      }
      db.routines.clear();
      for (const [k, r] of d.routines) db.routines.set(k, r);
      db.triggers.clear();
      for (const [k, t] of d.triggers) db.triggers.set(k, t);
      dbs.set(db.name, db);
    }
  }
}
