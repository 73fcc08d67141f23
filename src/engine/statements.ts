// The statements the engine executes, by AST kind: definitions, data changes, transactions, SHOW and DESCRIBE.
// `compileEngineStatement` is what the runtime's `compileOther` and the session call; it returns undefined for a
// statement the engine does not own (SELECT, SET, CALL, compound statements, SHOW WARNINGS/VARIABLES).

import type { Statement, StatementKind } from "../ast.ts";
import type { CompiledStatement, ExecContext, Scope, StatementOutcome } from "../compile/types.ts";
import { compileCreateTableSelect } from "./create-select.ts";
import {
  createDatabase,
  createRoutine,
  createTable,
  createTrigger,
  dropDatabase,
  dropRoutine,
  dropTable,
  dropTrigger,
  truncateTable,
  use,
} from "./ddl.ts";
import { compileDelete } from "./dml/delete.ts";
import { compileInsert } from "./dml/insert.ts";
import { compileUpdate } from "./dml/update.ts";
import type { EngineEnv } from "./env.ts";
import { describe, isEngineShow, show } from "./show.ts";

const DONE: StatementOutcome = { resultSets: [], affectedRows: 0 };

type EngineKind =
  | "CreateDatabase"
  | "DropDatabase"
  | "Use"
  | "CreateTable"
  | "DropTable"
  | "TruncateTable"
  | "CreateRoutine"
  | "DropRoutine"
  | "CreateTrigger"
  | "DropTrigger"
  | "Insert"
  | "Update"
  | "Delete"
  | "StartTransaction"
  | "Commit"
  | "Rollback"
  | "Savepoint"
  | "RollbackToSavepoint"
  | "ReleaseSavepoint"
  | "Show"
  | "Describe";

type Compiler<K extends EngineKind> = (
  stmt: Extract<Statement, { kind: K }>,
  locals: Scope | undefined,
  env: EngineEnv,
) => CompiledStatement | undefined;

/** Wraps a run-time-only statement (nothing to compile ahead). */
function now<S>(run: (stmt: S, ctx: ExecContext) => StatementOutcome) {
  return (stmt: S): CompiledStatement =>
    (ctx) =>
      run(stmt, ctx);
}

function txn(op: (ctx: ExecContext) => void): CompiledStatement {
  return (ctx) => {
    op(ctx);
    return DONE;
  };
}

const COMPILERS: { [K in EngineKind]: Compiler<K> } = {
  CreateDatabase: now(createDatabase),
  DropDatabase: now(dropDatabase),
  Use: now(use),
  CreateTable: (s, locals, env) => (s.select ? compileCreateTableSelect(s, locals, env) : now(createTable)(s)),
  DropTable: now(dropTable),
  TruncateTable: now(truncateTable),
  CreateRoutine: now(createRoutine),
  DropRoutine: now(dropRoutine),
  CreateTrigger: now(createTrigger),
  DropTrigger: now(dropTrigger),
  Insert: compileInsert,
  Update: compileUpdate,
  Delete: compileDelete,
  StartTransaction: () => txn((ctx) => ctx.session.engine.begin()),
  Commit: () => txn((ctx) => ctx.session.engine.commit()),
  Rollback: () => txn((ctx) => ctx.session.engine.rollback()),
  Savepoint: (s) => txn((ctx) => ctx.session.engine.savepoint(s.name)),
  RollbackToSavepoint: (s) => txn((ctx) => ctx.session.engine.rollbackToSavepoint(s.name)),
  ReleaseSavepoint: (s) => txn((ctx) => ctx.session.engine.releaseSavepoint(s.name)),
  Show: (s) => {
    const what = s.what;
    if (!isEngineShow(what)) return undefined;
    const stmt = { ...s, what };
    return (ctx) => show(stmt, ctx);
  },
  Describe: now(describe),
};

function isEngineKind(kind: StatementKind): kind is EngineKind {
  return kind in COMPILERS;
}

/**
 * Compiles a statement the engine executes; undefined when it is not the engine's. `locals` resolves a routine's
 * variables (they beat columns); pass undefined at top level. Tables are resolved when the statement runs.
 */
export function compileEngineStatement(
  stmt: Statement,
  locals: Scope | undefined,
  env: EngineEnv,
): CompiledStatement | undefined {
  const kind = stmt.kind;
  if (!isEngineKind(kind)) return undefined;
  const compile = COMPILERS[kind] as Compiler<EngineKind>;
  return compile(stmt as Extract<Statement, { kind: EngineKind }>, locals, env);
}
