// Runs a small mysql-client style script through the parser, the engine's DDL and DML, and the query compiler, and
// returns what each statement produced in the text form the server's client shows (NULL as null), or its error.

import type { Statement } from "../../src/ast.ts";
import type { ExecContext } from "../../src/compile/types.ts";
import * as ddl from "../../src/engine/ddl.ts";
import { compileInsert } from "../../src/engine/dml/insert.ts";
import type { EngineEnv } from "../../src/engine/env.ts";
import { Server } from "../../src/engine/server.ts";
import { SqlError } from "../../src/errors.ts";
import { parseScript } from "../../src/parse.ts";
import { compileEngineSelect, queryEnv, selectRunner } from "../../src/query/index.ts";
import { SimulatedClock } from "../../src/session/clock.ts";
import { Connection } from "../../src/session/connection.ts";
import { render } from "../../src/values/render.ts";

export type Outcome =
  | { readonly columns: readonly string[]; readonly rows: (string | null)[][] }
  | { readonly error: string }
  | { readonly done: true };

export interface Bed {
  readonly ctx: ExecContext;
  readonly connection: Connection;
  /** Runs each statement of the script; statements without a result set give `{done: true}`. */
  run(script: string): Outcome[];
  /** Runs a script and returns the outcome of its last statement. */
  last(script: string): Outcome;
}

export function bed(): Bed {
  const server = new Server();
  const connection = new Connection(server.connect(), { clock: new SimulatedClock() });
  const sqlMode = String(connection.getSystemVar("sql_mode", "SESSION"));
  const ctx: ExecContext = { session: connection, slots: [], rows: [], strict: true, sqlMode };
  const options = (source: string) => ({ source, catalog: server.catalog, database: connection.database });
  const engineEnv = (source: string): EngineEnv => ({
    compileExpr: queryEnv(options(source)).compileExpr,
    compileSelect: (stmt, outer) => selectRunner(stmt, outer, options(source)),
  });
  const exec = (stmt: Statement, source: string): Outcome => {
    switch (stmt.kind) {
      case "CreateDatabase":
        ddl.createDatabase(stmt, ctx);
        return { done: true };
      case "Use":
        ddl.use(stmt, ctx);
        return { done: true };
      case "CreateTable":
        ddl.createTable(stmt, ctx);
        return { done: true };
      case "Insert":
        connection.engine.statement(() => compileInsert(stmt, undefined, engineEnv(source))(ctx));
        return { done: true };
      case "Select": {
        const q = compileEngineSelect(stmt, undefined, options(source));
        const set = q.execute(ctx);
        return { columns: set.columns, rows: set.rows.map((r) => r.map((v) => render(v))) };
      }
      default:
        throw new Error(`harness: ${stmt.kind}`);
    }
  };
  const run = (script: string): Outcome[] =>
    parseScript({ name: "test.sql", text: script }).map((p) => {
      try {
        return exec(p.statement, script);
      } catch (e) {
        if (e instanceof SqlError) return { error: `${e.errno} ${e.message}` };
        throw e;
      }
    });
  return { ctx, connection, run, last: (script) => run(script).at(-1)! };
}

export const SETUP = `
CREATE DATABASE q;
USE q;
CREATE TABLE t1 (id INT PRIMARY KEY, a VARCHAR(10), b INT);
CREATE TABLE t2 (id INT PRIMARY KEY, t1id INT, c VARCHAR(10));
INSERT INTO t1 VALUES (3, 'x', 1), (1, 'Y', 2), (2, 'a', NULL), (4, 'b', 2);
INSERT INTO t2 VALUES (10, 1, 'p'), (11, 1, 'q'), (12, 3, 'r'), (13, 9, 's');
`;
