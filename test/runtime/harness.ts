// A small server + session for runtime tests: the engine, the session's Connection and the runtime wired together
// the way the session does it.

import type { Statement } from "../../src/ast.ts";
import type { ResultSet } from "../../src/compile/types.ts";
import { Server } from "../../src/engine/server.ts";
import { SqlError } from "../../src/errors.ts";
import { parseScript } from "../../src/parse.ts";
import { isDiagnosticStatement } from "../../src/runtime/diagnostics.ts";
import { callStoredFunction } from "../../src/runtime/routines.ts";
import { compileStatement, partialResults, topLevelEnv } from "../../src/runtime/statements.ts";
import { triggerRunner } from "../../src/runtime/triggers.ts";
import { installDefaultRuntime } from "../../src/runtime/wiring.ts";
import { SimulatedClock } from "../../src/session/clock.ts";
import { Connection } from "../../src/session/connection.ts";
import { render } from "../../src/values/render.ts";
import type { Value } from "../../src/values/value.ts";

installDefaultRuntime();

export interface Outcome {
  readonly results: ResultSet[];
  readonly error?: { errno: number; sqlstate: string; message: string };
}

export class TestDb {
  readonly server = new Server();
  readonly conn: Connection;

  constructor(database = "t") {
    this.server.triggerRunner = triggerRunner;
    this.conn = new Connection(this.server.connect(), { clock: new SimulatedClock() });
    this.conn.storedFunctionCaller = callStoredFunction;
    this.server.catalog.addDatabase(database);
    this.conn.database = database;
  }

  /** Runs a statement as the session would; errors come back in the outcome (and stay in the diagnostics area). */
  run(stmt: Statement, source = ""): Outcome {
    const sqlMode = this.conn.sqlMode;
    const ctx = { session: this.conn, slots: [], rows: [], strict: sqlMode.includes("STRICT"), sqlMode };
    // As Client.execute does: a top-level statement other than a diagnostic one starts with an empty area.
    if (!isDiagnosticStatement(stmt) && stmt.kind !== "Resignal") this.conn.diagnostics.clear();
    try {
      const out = compileStatement(stmt, topLevelEnv(source))(ctx);
      return { results: [...out.resultSets] };
    } catch (e) {
      if (!(e instanceof SqlError)) throw e;
      this.conn.diagnostics.addError(e);
      return { results: [...partialResults(e)], error: { errno: e.errno, sqlstate: e.sqlstate, message: e.message } };
    }
  }

  /** Runs and fails the test on an error. */
  ok(stmt: Statement): ResultSet[] {
    const out = this.run(stmt);
    if (out.error) throw new Error(`unexpected error ${out.error.errno}: ${out.error.message}`);
    return out.results;
  }

  userVar(name: string): Value | undefined {
    return this.conn.userVars.get(name.toLowerCase());
  }
}

/** Rows of result sets as plain arrays. */
export function rows(results: readonly ResultSet[]): Value[][][] {
  return results.map((r) => r.rows.map((row) => [...row]));
}

/** One statement's outcome in the jsonl contract's spirit: result sets as text rows, or the error. */
export type Line = { rows: (string | null)[][] } | { error: number; message?: string };

/**
 * Runs a mysql-client script (DELIMITER honoured) statement by statement, going on after errors like
 * `mysql --force`. Each result set becomes one line; each error one line; other statements print nothing.
 */
export function runScript(db: TestDb, text: string): Line[] {
  const out: Line[] = [];
  for (const parsed of parseScript({ name: "test.sql", text })) {
    const r = db.run(parsed.statement, text);
    for (const rs of r.results) out.push({ rows: rs.rows.map((row) => row.map((v) => render(v))) });
    if (r.error) out.push({ error: r.error.errno, message: r.error.message });
  }
  return out;
}

/** Runs a script on a fresh database `d`. */
export function script(text: string): Line[] {
  return runScript(new TestDb("d"), text);
}
