// The runtime's bindings to the other compilers and the engine.
//
// The statement compiler sits on top of everything else (expressions, queries, DML, DDL). Those modules are
// plugged in here, one function each, so that the runtime can be tested with small fakes and so that a module that
// has not landed yet makes its statements fail with 1235 instead of breaking the build. `installRuntimeDeps` is
// called once by whoever wires spbed together (the session) and by tests.

import type { DataType, Expr, SelectStmt, Statement } from "../ast.ts";
import type {
  CompiledExpr,
  ExecContext,
  ResultSet,
  Scope,
  SessionState,
  StatementOutcome,
  SubqueryRun,
} from "../compile/types.ts";
import { storeValue } from "../engine/store.ts";
import type { Value } from "../values/value.ts";
import { notSupported } from "./unsupported.ts";

/** A compiled SELECT: runs the query and returns all its rows (MySQL materialises cursors at OPEN as well). */
export type CompiledQuery = (ctx: ExecContext) => ResultSet;

export interface RuntimeDeps {
  /** Compiles an expression; with `session`, under its settings and with its user variables' types. */
  compileExpr(expr: Expr, scope: Scope, session?: SessionState): CompiledExpr;
  /**
   * Compiles a SELECT on its first execution. `source` is text that the AST's offsets index into (column names of
   * a result set are cut from it); `ctx` gives the catalog and the current database. `storing`: the rows go into
   * variables (SELECT ... INTO), so items give their full values (a quotient's unrounded digits).
   */
  compileSelect(stmt: SelectStmt, scope: Scope, source: string, ctx: ExecContext, storing?: boolean): CompiledQuery;
  /** A scalar/EXISTS/IN subquery outside a query; compiled on its first execution. */
  compileSubquery(
    query: SelectStmt,
    mode: "scalar" | "exists" | "in",
    scope: Scope,
    source: string,
    ctx: ExecContext,
  ): SubqueryRun;
  /** Converts a value for a typed target (column, local variable, parameter) with strict-mode rules. */
  storeValue(value: Value, type: DataType, ctx: ExecContext, target: string): Value;
  /**
   * Compiles a statement the runtime does not own (DDL, DML, transactions, SHOW, DESCRIBE, USE). Returns undefined
   * for a kind it does not handle, which the runtime then rejects with 1235.
   */
  compileOther(stmt: Statement, scope: Scope, source: string): ((ctx: ExecContext) => StatementOutcome) | undefined;
}

const deps: RuntimeDeps = {
  compileExpr(expr) {
    throw notSupported(`expression ${expr.kind}`);
  },
  compileSelect() {
    throw notSupported("SELECT");
  },
  compileSubquery() {
    throw notSupported("subqueries");
  },
  storeValue(value, type, ctx, target) {
    // MySQL 8 reports a local variable's conversion problems as row 1.
    return storeValue(value, type, ctx, { column: target, row: 1 });
  },
  compileOther() {
    return undefined;
  },
};

export function installRuntimeDeps(partial: Partial<RuntimeDeps>): void {
  Object.assign(deps, partial);
}

export function runtimeDeps(): RuntimeDeps {
  return deps;
}
