// The runtime wired to spbed's own expression compiler, query compiler and engine. `installDefaultRuntime()` is
// what the session (and tests) call once; tests of the runtime alone may install fakes through
// `installRuntimeDeps` instead.
//
// Statement atomicity: a DML statement inside a routine runs as its own engine statement (committed on success
// under autocommit, as MySQL's procedures do; inside functions and triggers it belongs to the calling statement).
// A top-level statement other than CALL runs as one engine statement; a top-level CALL does not, so that a failing
// procedure keeps the work its earlier statements committed.

import type { Show, Statement } from "../ast.ts";
import { compileExpr } from "../compile/expr.ts";
import type { CompiledStatement, ExecContext, Scope, StatementOutcome } from "../compile/types.ts";
import { createDatabase, createTable, dropDatabase, dropTable, truncateTable, use } from "../engine/ddl.ts";
import { compileDelete } from "../engine/dml/delete.ts";
import { compileInsert } from "../engine/dml/insert.ts";
import { compileUpdate } from "../engine/dml/update.ts";
import type { EngineEnv } from "../engine/env.ts";
import { describe, isEngineShow, show } from "../engine/show.ts";
import { compileEngineSelect, queryEnv, selectRunner } from "../query/index.ts";
import { withSubqueries } from "../query/select.ts";
import { installRuntimeDeps, type RuntimeDeps } from "./deps.ts";

const DONE: StatementOutcome = { resultSets: [], affectedRows: 0 };

const engineEnv: EngineEnv = {
  compileExpr: (expr, scope) => compileExpr(expr, scope),
  compileSelect: (stmt, outer) => {
    // Compiled on first run, when the catalog and the current database are known.
    let run: ((ctx: ExecContext) => ReturnType<ReturnType<typeof selectRunner>>) | undefined;
    return (ctx) => {
      run ??= selectRunner(stmt, outer, { catalog: ctx.session.engine.catalog, database: ctx.session.database });
      return run(ctx);
    };
  },
};

function diagnosticsRows(ctx: ExecContext, errorsOnly: boolean): StatementOutcome {
  const rows = ctx.session.diagnostics.conditions
    .filter((c) => !errorsOnly || c.level === "Error")
    .map((c) => [c.level, c.errno, c.message]);
  return {
    resultSets: [
      {
        columns: ["Level", "Code", "Message"],
        rows,
        types: [
          { kind: "string", collation: "utf8mb4_0900_ai_ci", binary: false },
          { kind: "int", unsigned: true },
          { kind: "string", collation: "utf8mb4_0900_ai_ci", binary: false },
        ],
      },
    ],
    affectedRows: -1,
  };
}

function transaction(run: (ctx: ExecContext) => void): CompiledStatement {
  return (ctx) => {
    run(ctx);
    return DONE;
  };
}

/** Engine statements for the kinds the runtime delegates; undefined for a kind nobody implements yet. */
export function compileEngineStatement(stmt: Statement, scope: Scope): CompiledStatement | undefined {
  switch (stmt.kind) {
    case "CreateDatabase":
      return (ctx) => createDatabase(stmt, ctx);
    case "DropDatabase":
      return (ctx) => dropDatabase(stmt, ctx);
    case "Use":
      return (ctx) => use(stmt, ctx);
    case "CreateTable":
      return (ctx) => createTable(stmt, ctx);
    case "DropTable":
      return (ctx) => dropTable(stmt, ctx);
    case "TruncateTable":
      return (ctx) => truncateTable(stmt, ctx);
    case "Insert":
      return compileInsert(stmt, scope, engineEnv);
    case "Update":
      return compileUpdate(stmt, scope, engineEnv);
    case "Delete":
      return compileDelete(stmt, scope, engineEnv);
    case "StartTransaction":
      return transaction((ctx) => ctx.session.engine.begin());
    case "Commit":
      return transaction((ctx) => ctx.session.engine.commit());
    case "Rollback":
      return transaction((ctx) => ctx.session.engine.rollback());
    case "Savepoint":
      return transaction((ctx) => ctx.session.engine.savepoint(stmt.name));
    case "RollbackToSavepoint":
      return transaction((ctx) => ctx.session.engine.rollbackToSavepoint(stmt.name));
    case "ReleaseSavepoint":
      return transaction((ctx) => ctx.session.engine.releaseSavepoint(stmt.name));
    case "Show":
      return showStatement(stmt);
    case "Describe":
      return (ctx) => describe(stmt, ctx);
    default:
      return undefined;
  }
}

function showStatement(stmt: Show): CompiledStatement | undefined {
  if (stmt.what === "WARNINGS") return (ctx) => diagnosticsRows(ctx, false);
  if (stmt.what === "ERRORS") return (ctx) => diagnosticsRows(ctx, true);
  const what = stmt.what;
  if (isEngineShow(what)) return (ctx) => show({ ...stmt, what }, ctx);
  // SHOW VARIABLES belongs to the session, which installs it through `compileOther`.
  return undefined;
}

export const defaultDeps: Omit<RuntimeDeps, "storeValue"> = {
  compileExpr: (expr, scope) => compileExpr(expr, scope),
  compileSelect: (stmt, scope, source, ctx) => {
    const q = compileEngineSelect(stmt, scope, {
      source,
      catalog: ctx.session.engine.catalog,
      database: ctx.session.database,
    });
    return (c) => q.execute(c);
  },
  compileSubquery: (query, mode, scope, source, ctx) => {
    const env = queryEnv({ source, catalog: ctx.session.engine.catalog, database: ctx.session.database });
    const run = withSubqueries({ resolve: (ref) => scope.resolve(ref) }, env).subquery?.(query, mode);
    if (!run) throw new Error("withSubqueries gave no subquery runner");
    return run;
  },
  compileOther: (stmt, scope) => compileEngineStatement(stmt, scope),
};

/** Installs spbed's own compilers and engine behind the runtime. `extra` overrides single entries. */
export function installDefaultRuntime(extra: Partial<RuntimeDeps> = {}): void {
  installRuntimeDeps({ ...defaultDeps, ...extra });
}
