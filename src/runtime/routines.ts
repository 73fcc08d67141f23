// Stored procedures and functions: CREATE/DROP, CALL with IN/OUT/INOUT, and calls of stored functions from
// expressions.
//
// A routine body is compiled once per definition (cached by its AST) into closures; CREATE compiles it to validate
// it, as MySQL's parser does (1337, 1338, 1331, 1413, 1308, 1313, 1415, ...). Routines are looked up by name at each
// call, because a caller may be compiled before the routine it calls exists.
//
// Parameters are typed slots. OUT parameters start as NULL; OUT/INOUT values are copied back to the caller's
// variables only when the call succeeds (B10). A procedure's result sets go to its caller's sink, so nested CALLs'
// result sets all become the top-level CALL's. Procedures and functions run with a diagnostics area of their own,
// whose remaining conditions (those of the last statement) are appended to the caller's when they end, so a warning
// left by a procedure's last statement reaches the caller's handlers (B7).

import type { Call, CreateRoutine, Expr } from "../ast.ts";
import type { CompiledExpr, ExecContext, SessionState } from "../compile/types.ts";
import { createRoutine } from "../engine/ddl.ts";
import type { RoutineDef } from "../engine/types.ts";
import { SqlError } from "../errors.ts";
import { withStrictHandler } from "../session/strict-handler.ts";
import { sessionTimestamp } from "../values/timezone.ts";
import type { Value } from "../values/value.ts";
import { compileTarget, type Storer, storerFor, type Writer } from "./assign.ts";
import { DiagnosticsArea } from "./diagnostics.ts";
import { budgetOf, Frame, isStrict } from "./frame.ts";
import { stackOverrun } from "./limits.ts";
import { LocalScope, Unit } from "./scope.ts";
import { type CompileEnv, compileExec, compileExprLate } from "./statements.ts";
import { type Exec, RETURN } from "./types.ts";

interface CompiledParam {
  readonly mode: "IN" | "OUT" | "INOUT";
  readonly slot: number;
  readonly store: Storer;
  /** The parameter as the body reads it (a TIMESTAMP's stored UTC in the session zone), for OUT/INOUT copy-back. */
  readonly read: CompiledExpr;
}

export interface CompiledRoutine {
  readonly unit: Unit;
  readonly body: Exec;
  readonly params: readonly CompiledParam[];
  readonly returnStore?: Storer;
}

/** Each routine's compiled body, with the catalog's routineVersion it was compiled at. */
const compiledRoutines = new WeakMap<CreateRoutine, { readonly compiled: CompiledRoutine; readonly version: number }>();

/**
 * The body a CALL or function call runs. Like MySQL's routine cache, a body is compiled again after any routine was
 * created or dropped (what its statements resolved at their first execution, user variables' types included, is
 * resolved anew), but not while it is running.
 */
function routineToRun(def: RoutineDef, session: SessionState): CompiledRoutine {
  const version = session.engine.catalog?.routineVersion ?? 0;
  const cached = compiledRoutines.get(def.ast);
  if (cached && (cached.version === version || running(session).has(def.ast))) return cached.compiled;
  compiledRoutines.delete(def.ast);
  return compileRoutine(def.ast, def.db, undefined, version);
}

/** Text that the AST offsets of a stored definition index into (its source starts at the statement's offset). */
export function sourceOf(ast: { readonly start: number; readonly source: string }): string {
  return " ".repeat(ast.start) + ast.source;
}

/** Compiles (and caches) a routine body; throws the creation-time errors MySQL's parser raises. */
export function compileRoutine(ast: CreateRoutine, db: string, session?: SessionState, version = -1): CompiledRoutine {
  const cached = compiledRoutines.get(ast);
  if (cached) return cached.compiled;
  const kind = ast.routineType === "FUNCTION" ? "function" : "procedure";
  const unit = new Unit(kind, `${db}.${ast.name.name}`);
  unit.source = sourceOf(ast);
  unit.session = session;
  const scope = new LocalScope(unit, null);
  const params: CompiledParam[] = [];
  for (const p of ast.params) {
    if (scope.vars.has(p.name.toLowerCase())) throw new SqlError(1330, "42000", `Duplicate parameter: ${p.name}`);
    const v = scope.declareVar(p.name, p.type);
    params.push({ mode: p.mode, slot: v.slot, store: storerFor(p.type, p.name), read: v.ref });
  }
  const env: CompileEnv = { scope, handlers: null, labels: null, source: sourceOf(ast) };
  const body = compileExec(ast.body, env);
  if (kind === "function" && !unit.hasReturn)
    throw new SqlError(1320, "42000", `No RETURN found in FUNCTION ${db}.${ast.name.name}`);
  const compiled: CompiledRoutine = {
    unit,
    body,
    params,
    returnStore: ast.returns ? storerFor(ast.returns, ast.name.name) : undefined,
  };
  compiledRoutines.set(ast, { compiled, version });
  return compiled;
}

function currentDb(session: SessionState, schema: string | undefined): string {
  const db = schema ?? session.database;
  if (db === null || db === undefined) throw new SqlError(1046, "3D000", "No database selected");
  return db;
}

function maxRecursion(session: SessionState): number {
  const v = session.getSystemVar("max_sp_recursion_depth", "SESSION");
  return typeof v === "number" ? v : Number(v ?? 0);
}

function newFrame(session: SessionState, cr: CompiledRoutine, def: RoutineDef, results: Frame["results"]): Frame {
  const slots: Value[] = new Array(cr.unit.slotCount).fill(null);
  return new Frame(session, slots, isStrict(def.sqlMode), def.sqlMode, budgetOf(session), results);
}

/**
 * Runs `fn` with the session's sql_mode set to the one a routine or trigger was created under, as sp_head::execute
 * does, so that @@sql_mode inside reads it; the caller's mode is back afterwards.
 */
export function withSqlMode<T>(session: SessionState, mode: string, fn: () => T): T {
  // The body's own statements decide about the strict handler (session/strict-handler.ts), not the calling one.
  if (session.strictHandler === true) return withStrictHandler(session, false, () => withSqlMode(session, mode, fn));
  const saved = session.getSystemVar("sql_mode", "SESSION");
  if (saved === mode) return fn();
  session.setSystemVar("sql_mode", "SESSION", mode);
  try {
    return fn();
  } finally {
    session.setSystemVar("sql_mode", "SESSION", saved);
  }
}

/** Runs `fn` one routine level deeper, failing cleanly before the JavaScript stack could overflow. */
function deeper<T>(session: SessionState, fn: () => T): T {
  const budget = budgetOf(session);
  if (budget.depth >= budget.limits.maxDepth) throw stackOverrun();
  budget.depth++;
  try {
    return fn();
  } catch (e) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw stackOverrun();
    throw e;
  } finally {
    budget.depth--;
  }
}

/** Counts the active invocations of a routine (recursion checks). */
function running(session: SessionState): Map<object, number> {
  return budgetOf(session).running;
}

// ---------------------------------------------------------------------------------------------------------------
// CALL

/** An argument that can receive an OUT value: a local variable or parameter, a user variable, NEW.col. */
function outTarget(arg: Expr, scope: LocalScope): Writer | undefined {
  if (arg.kind === "UserVar") return compileTarget(arg, scope);
  if (arg.kind !== "ColumnRef") return undefined;
  if (arg.qualifier.length === 0) {
    if (!scope.lookupVar(arg.name)) return undefined;
    return compileTarget({ kind: "LocalTarget", name: arg.name, start: arg.start, end: arg.end }, scope);
  }
  const trigger = scope.unit.trigger;
  if (arg.qualifier.length === 1 && arg.qualifier[0]?.toUpperCase() === "NEW" && trigger?.timing === "BEFORE") {
    return compileTarget(
      { kind: "RowFieldTarget", row: "NEW", column: arg.name, start: arg.start, end: arg.end },
      scope,
    );
  }
  return undefined;
}

export function compileCall(stmt: Call, scope: LocalScope): (f: Frame) => void {
  const args = stmt.args.map((a) => compileExprLate(a, scope));
  // A typed parameter is stored from the argument's full value (a quotient's unrounded digits), as any store is.
  const reads = args.map((a) => a.raw ?? a.eval);
  const targets = stmt.args.map((a) => {
    try {
      return outTarget(a, scope);
    } catch {
      return undefined;
    }
  });
  const schema = stmt.name.schema;
  const name = stmt.name.name;
  return (f) => {
    const session = f.session;
    const db = currentDb(session, schema);
    const def = session.engine.catalog.routine(db, "PROCEDURE", name);
    if (!def) throw new SqlError(1305, "42000", `PROCEDURE ${db}.${name} does not exist`);
    const cr = routineToRun(def, session);
    if (cr.params.length !== args.length)
      throw new SqlError(
        1318,
        "42000",
        `Incorrect number of arguments for PROCEDURE ${def.db}.${def.name}; expected ${cr.params.length}, got ${args.length}`,
      );
    const active = running(session);
    const n = active.get(def.ast) ?? 0;
    const limit = maxRecursion(session);
    if (n > limit)
      throw new SqlError(
        1456,
        "HY000",
        `Recursive limit ${limit} (as set by the max_sp_recursion_depth variable) was exceeded for routine ${def.name}`,
      );
    const callee = newFrame(session, cr, def, f.results);
    for (let i = 0; i < cr.params.length; i++) {
      const p = cr.params[i] as CompiledParam;
      if (p.mode !== "IN" && !targets[i])
        throw new SqlError(
          1414,
          "42000",
          `OUT or INOUT argument ${i + 1} for routine ${def.db}.${def.name} is not a variable or NEW pseudo-variable in BEFORE trigger`,
        );
      if (p.mode !== "OUT") callee.slots[p.slot] = p.store((reads[i] as (typeof reads)[number])(f), callee);
    }
    active.set(def.ast, n + 1);
    // A routine runs with its own database as the default one, as in MySQL.
    const savedDb = session.database;
    session.database = def.db;
    // The body gets an area of its own (sp_head::execute), so its statements do not clear what the CALL itself
    // raised (an argument's conversion warning); what is left in it at the end, the last statement's conditions or
    // the error that ended the body, is appended to the CALL's.
    const caller = session.diagnostics;
    const own = new DiagnosticsArea();
    own.maxConditions = caller.maxConditions;
    session.diagnostics = own;
    try {
      withSqlMode(session, def.sqlMode, () => deeper(session, () => cr.body(callee)));
    } finally {
      session.database = savedDb;
      if (n === 0) active.delete(def.ast);
      else active.set(def.ast, n);
      session.diagnostics = caller;
      caller.append(own);
    }
    for (let i = 0; i < cr.params.length; i++) {
      const p = cr.params[i] as CompiledParam;
      if (p.mode !== "IN") (targets[i] as Writer)(f, p.read.eval(callee));
    }
    // A CALL's count is its last statement's, except that a result set's -1 becomes 0 (mysql_affected_rows).
    f.affected = Math.max(callee.affected, 0);
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Stored functions

/** What the session plugs into `SessionState.callFunction`. */
export function callStoredFunction(
  schema: string | undefined,
  name: string,
  args: readonly Value[],
  ctx: ExecContext,
  field?: string,
): Value {
  const session = ctx.session;
  const db = currentDb(session, schema);
  const def = session.engine.catalog?.routine(db, "FUNCTION", name);
  if (!def) throw new SqlError(1305, "42000", `FUNCTION ${db}.${name} does not exist`);
  const cr = routineToRun(def, session);
  if (cr.params.length !== args.length)
    throw new SqlError(
      1318,
      "42000",
      `Incorrect number of arguments for FUNCTION ${def.db}.${def.name}; expected ${cr.params.length}, got ${args.length}`,
    );
  const active = running(session);
  if (active.has(def.ast)) throw new SqlError(1424, "HY000", "Recursive stored functions and triggers are not allowed");
  const callee = newFrame(session, cr, def, null);
  for (let i = 0; i < cr.params.length; i++) {
    const p = cr.params[i] as CompiledParam;
    callee.slots[p.slot] = p.store(args[i] ?? null, callee);
  }
  const caller = session.diagnostics;
  const own = new DiagnosticsArea();
  own.maxConditions = caller.maxConditions;
  session.diagnostics = own;
  active.set(def.ast, 1);
  const budget = budgetOf(session);
  const outermost = budget.active === 0;
  if (outermost) budget.start();
  budget.active++;
  const savedDb = session.database;
  session.database = def.db;
  let c: number;
  try {
    const engine = session.engine;
    c = withSqlMode(session, def.sqlMode, () =>
      deeper(session, () =>
        typeof engine.subStatement === "function" ? engine.subStatement(() => cr.body(callee)) : cr.body(callee),
      ),
    );
  } finally {
    session.database = savedDb;
    budget.active--;
    active.delete(def.ast);
    session.diagnostics = caller;
  }
  caller.append(own);
  if (c !== RETURN) throw new SqlError(1321, "2F005", `FUNCTION ${def.name} ended without RETURN`);
  if (!cr.returnStore) return callee.ret;
  // MySQL stores the return value into a field named after the select item (sp_head::create_result_field)
  const store =
    field === undefined || def.ast.returns === undefined ? cr.returnStore : storerFor(def.ast.returns, field);
  const stored = store(callee.ret, callee);
  // The return field holds a TIMESTAMP as UTC, as a column does; the caller sees it in the session zone.
  return def.ast.returns?.name === "TIMESTAMP" ? sessionTimestamp(stored, callee) : stored;
}

// ---------------------------------------------------------------------------------------------------------------
// CREATE

/**
 * CREATE PROCEDURE/FUNCTION: the body is compiled first (MySQL's parser rejects a bad body before anything else),
 * then the engine stores the definition with the sql_mode in force.
 */
export function compileCreateRoutine(stmt: CreateRoutine, unit: Unit): (f: Frame) => void {
  if (unit.kind !== "top")
    throw new SqlError(1303, "2F003", `Can't create a ${stmt.routineType} from within another stored routine`);
  return (f) => {
    const db = currentDb(f.session, stmt.name.schema);
    compileRoutine(stmt, db, f.session);
    const out = createRoutine(stmt, f);
    f.affected = out.affectedRows;
  };
}
