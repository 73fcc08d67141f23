// The runtime wired to spbed's own expression compiler, query compiler and engine. `installDefaultRuntime()` is
// what the session (and tests) call once; tests of the runtime alone may install fakes through
// `installRuntimeDeps` instead.
//
// Statement atomicity: a DML statement inside a routine runs as its own engine statement (committed on success
// under autocommit, as MySQL's procedures do; inside functions and triggers it belongs to the calling statement).
// A top-level statement other than CALL runs as one engine statement; a top-level CALL does not, so that a failing
// procedure keeps the work its earlier statements committed.

import type { Statement } from "../ast.ts";
import { type CompileOptions, compileExpr } from "../compile/expr.ts";
import type { CompiledStatement, ExecContext, Scope, SessionState, StatementOutcome } from "../compile/types.ts";
import type { EngineEnv } from "../engine/env.ts";
import { compileEngineStatement } from "../engine/statements.ts";
import { compileEngineSelect, queryEnv, selectRunner } from "../query/index.ts";
import { withSubqueries } from "../query/select.ts";
import { installRuntimeDeps, type RuntimeDeps } from "./deps.ts";

/**
 * What a statement is compiled under: div_precision_increment sets the scale of its quotients, and each user
 * variable is typed as its entry is at that moment.
 */
export function compileOptionsOf(session: SessionState): CompileOptions {
  const userVars = session.userVars;
  try {
    return { divPrecisionIncrement: Number(session.getSystemVar("div_precision_increment", "SESSION")), userVars };
  } catch {
    // a session without the variable (a test double) compiles with MySQL's default
    return { userVars };
  }
}

const engineEnv: EngineEnv = {
  compileExpr: (expr, scope) => compileExpr(expr, scope),
  compileSelect: (stmt, outer) => {
    // Compiled on first run, when the catalog and the current database are known.
    let run: ((ctx: ExecContext) => ReturnType<ReturnType<typeof selectRunner>>) | undefined;
    return (ctx) => {
      run ??= selectRunner(stmt, outer, {
        catalog: ctx.session.engine.catalog,
        database: ctx.session.database,
        compile: compileOptionsOf(ctx.session),
        storing: true,
      });
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

/**
 * The statements the runtime delegates: the engine's own map (DDL, DML, transactions, SHOW, DESCRIBE), plus SHOW
 * WARNINGS/ERRORS, which read the session's diagnostics area. Undefined for a kind nobody implements yet.
 */
export function compileDelegated(stmt: Statement, scope: Scope): CompiledStatement | undefined {
  if (stmt.kind === "Show" && (stmt.what === "WARNINGS" || stmt.what === "ERRORS")) {
    const errorsOnly = stmt.what === "ERRORS";
    return (ctx) => diagnosticsRows(ctx, errorsOnly);
  }
  if (stmt.kind === "Show" && (stmt.what === "COUNT WARNINGS" || stmt.what === "COUNT ERRORS")) {
    // A diagnostics statement: it does not clear the area, so it counts what the area holds now.
    const warnings = stmt.what === "COUNT WARNINGS";
    return (ctx) => ({
      resultSets: [
        {
          columns: [warnings ? "@@session.warning_count" : "@@session.error_count"],
          rows: [[warnings ? ctx.session.diagnostics.warningCount() : ctx.session.diagnostics.errorCount()]],
          types: [{ kind: "int", unsigned: true }],
        },
      ],
      affectedRows: -1,
    });
  }
  return compileEngineStatement(stmt, scope, engineEnv);
}

export const defaultDeps: Omit<RuntimeDeps, "storeValue"> = {
  compileExpr: (expr, scope, session) => compileExpr(expr, scope, session ? compileOptionsOf(session) : {}),
  compileSelect: (stmt, scope, source, ctx, storing) => {
    const q = compileEngineSelect(stmt, scope, {
      source,
      catalog: ctx.session.engine.catalog,
      database: ctx.session.database,
      compile: compileOptionsOf(ctx.session),
      storing,
    });
    return (c) => q.execute(c);
  },
  compileSubquery: (query, mode, scope, source, ctx) => {
    const env = queryEnv({
      source,
      catalog: ctx.session.engine.catalog,
      database: ctx.session.database,
      compile: compileOptionsOf(ctx.session),
    });
    const run = withSubqueries({ resolve: (ref) => scope.resolve(ref) }, env).subquery?.(query, mode);
    if (!run) throw new Error("withSubqueries gave no subquery runner");
    return run;
  },
  compileOther: (stmt, scope) => compileDelegated(stmt, scope),
};

/** Installs spbed's own compilers and engine behind the runtime. `extra` overrides single entries. */
export function installDefaultRuntime(extra: Partial<RuntimeDeps> = {}): void {
  installRuntimeDeps({ ...defaultDeps, ...extra });
}
