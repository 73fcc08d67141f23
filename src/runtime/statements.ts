// The statement compiler: every Statement kind, compiled once into closures.
//
// `compileStatement` is the entry point for the session (top-level statements) and for routine bodies. Internally a
// statement compiles to an `Exec` (see types.ts) that returns a completion; LEAVE, ITERATE, RETURN and EXIT
// handlers are completions, not exceptions. SqlErrors are thrown and caught at the statement boundary by
// `raise` (handlers.ts), which knows the statement's handler chain statically.
//
// What each statement pays per execution is decided here: a simple statement ticks the budget, clears the
// diagnostics area (a length reset when it is not empty), runs, and looks at pending warnings only when a handler
// that could take one is in scope.

import type {
  Block,
  CaseStmt,
  ColumnRef,
  DeclareHandler,
  Expr,
  Fetch,
  If,
  Loop,
  Repeat,
  SelectStmt,
  Statement,
  StatementKind,
  Target,
  While,
} from "../ast.ts";
import { collectResolve, Resolution, takeResolution } from "../compile/resolve.ts";
import type {
  CompiledExpr,
  CompiledStatement,
  ExecContext,
  ResultSet,
  Scope,
  StatementOutcome,
  StaticType,
} from "../compile/types.ts";
import { dropRoutine, dropTrigger } from "../engine/ddl.ts";
import { SqlError } from "../errors.ts";
import { childrenOf } from "../query/walk.ts";
import { withStrictHandler } from "../session/strict-handler.ts";
import { truth } from "../values/coerce.ts";
import type { Value } from "../values/value.ts";
import { compileEvalFailure, compileTarget, storerFor, type Writer } from "./assign.ts";
import { closeCursor, fetchCursor, noData, openCursor } from "./cursors.ts";
import { type CompiledQuery, runtimeDeps } from "./deps.ts";
import { isDiagnosticStatement } from "./diagnostics.ts";
import { budgetOf, Frame } from "./frame.ts";
import { compileGetDiagnostics } from "./getdiag.ts";
import { afterWarnings, HandlerScope, type Matcher, raise, UNHANDLED } from "./handlers.ts";
import { compileCall, compileCreateRoutine } from "./routines.ts";
import { isCreationError, LocalScope, Unit } from "./scope.ts";
import { checkSqlstate, compileResignal, compileSignal } from "./signal.ts";
import { compileCreateTrigger } from "./triggers.ts";
import { type Completion, type Exec, iterateOf, leaveOf, NORMAL, RETURN } from "./types.ts";
import { notSupported } from "./unsupported.ts";

/** A label visible at a point of the body. Handler bodies start a new chain (B9: outer labels are not visible). */
interface LabelNode {
  readonly name: string;
  readonly id: number;
  readonly loop: boolean;
  readonly parent: LabelNode | null;
}

export interface CompileEnv {
  readonly scope: LocalScope;
  readonly handlers: HandlerScope | null;
  readonly labels: LabelNode | null;
  /** Text that the AST's offsets index into. */
  readonly source: string;
}

/** The environment for a top-level statement: no locals; names fall back to `outer` (nothing by default). */
export function topLevelEnv(source: string, outer?: Scope): CompileEnv {
  const unit = new Unit("top", "");
  unit.source = source;
  return { scope: new LocalScope(unit, null, outer), handlers: null, labels: null, source };
}

const partial = new WeakMap<object, ResultSet[]>();

/**
 * The result sets a failed top-level statement produced before it failed (a CALL whose procedure printed rows and
 * then hit an unhandled error): the client shows them before the error.
 */
export function partialResults(error: unknown): readonly ResultSet[] {
  return (typeof error === "object" && error !== null && partial.get(error)) || [];
}

/**
 * Compiles a statement for the session. The returned closure runs it as one top-level statement: it starts the
 * statement budget (unless it runs inside another statement, as a trigger does) and returns the result sets.
 */
export function compileStatement(stmt: Statement, env: CompileEnv): CompiledStatement {
  const exec = compileExec(stmt, env);
  const unit = env.scope.unit;
  const atomic = stmt.kind !== "Call";
  return (ctx: ExecContext): StatementOutcome => {
    const budget = budgetOf(ctx.session);
    if (budget.active === 0) budget.start();
    budget.active++;
    const results: ResultSet[] = [];
    const slots: Value[] = new Array(unit.slotCount).fill(null);
    const f = new Frame(ctx.session, slots, ctx.strict, ctx.sqlMode, budget, results, ctx.newRow, ctx.oldRow);
    const engine = ctx.session.engine;
    try {
      // One engine statement (atomic, committed under autocommit), except CALL: a procedure's statements are
      // statements of their own.
      if (atomic && typeof engine.statement === "function") engine.statement(() => exec(f));
      else exec(f);
    } catch (e) {
      if (results.length > 0 && typeof e === "object" && e !== null) partial.set(e, results);
      throw e;
    } finally {
      budget.active--;
    }
    return { resultSets: results, affectedRows: f.affected };
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Building blocks

const COND_TRUE = -2;
const COND_FALSE = -3;

/**
 * Compiles an expression now; a compile error (unknown column, ...) is deferred to run time, as MySQL reports it. An
 * expression that reads a user variable is compiled again at its first execution, with the session's variables: MySQL
 * resolves a stored program's instruction when it first runs it and keeps that (a variable's type sticks, see
 * user-vars.ts); its static type is known only from then on.
 */
export function compileExprLate(expr: Expr, scope: Scope): CompiledExpr {
  const now = compileExprNow(expr, scope);
  return readsUserVariable(expr) ? compiledOnFirstRun(expr, scope, now) : now;
}

function readsUserVariable(e: Expr): boolean {
  return e.kind === "UserVar" || childrenOf(e).some(readsUserVariable);
}

/** The expression compiled with the session of its first execution; `type` and `raw` follow once it is. */
function compiledOnFirstRun(expr: Expr, scope: Scope, early: CompiledExpr): LateExpr {
  let compiled: CompiledExpr | undefined;
  const prepare = (ctx: ExecContext): CompiledExpr => {
    compiled ??= runtimeDeps().compileExpr(expr, scope, ctx.session);
    return compiled;
  };
  return {
    eval: (ctx) => prepare(ctx).eval(ctx),
    raw: (ctx) => {
      const c = prepare(ctx);
      return (c.raw ?? c.eval)(ctx);
    },
    get type() {
      return compiled?.type ?? early.type;
    },
    constant: false,
    prepare,
  };
}

/** An expression compiled on its first execution; `prepare` compiles it without evaluating it. */
interface LateExpr extends CompiledExpr {
  prepare(ctx: ExecContext): CompiledExpr;
}

function compileExprNow(expr: Expr, scope: Scope): CompiledExpr {
  try {
    return runtimeDeps().compileExpr(expr, scope);
  } catch (e) {
    if (!(e instanceof SqlError) || isCreationError(e)) throw e;
    let compiled: CompiledExpr | undefined;
    return {
      eval: (ctx) => {
        compiled ??= runtimeDeps().compileExpr(expr, scope);
        return compiled.eval(ctx);
      },
      raw: (ctx) => {
        compiled ??= runtimeDeps().compileExpr(expr, scope);
        return (compiled.raw ?? compiled.eval)(ctx);
      },
      type: { kind: "any" },
      constant: false,
    };
  }
}

/** A query compiled on first use and kept (tables may be created after the routine). */
function lazyQuery(stmt: SelectStmt, env: CompileEnv, storing = false): CompiledQuery {
  let compiled: CompiledQuery | undefined;
  const { scope, source } = env;
  return (ctx) => {
    compiled ??= runtimeDeps().compileSelect(stmt, scope, source, ctx, storing);
    return compiled(ctx);
  };
}

/**
 * What a statement of a stored program does to the diagnostics area and to ROW_COUNT() (MySQL 8, sp_instr.cc):
 * - "statement": an SQL statement (sp_instr_stmt, run by mysql_execute_command): clears the area when it starts and
 *   sets the count when it ends;
 * - "expression": SET of a local variable or NEW column, DECLARE ... DEFAULT (sp_instr_set and kin, which
 *   sp_lex_instr::execute runs after clear_da, never reaching my_ok/my_eof): clears the area, keeps the count;
 * - "diagnostic": RESIGNAL and GET DIAGNOSTICS: neither (GET DIAGNOSTICS sets the count itself).
 */
type StatementKindOfInstr = "statement" | "expression" | "diagnostic";

/** Wraps the work of a simple statement with the budget, the DA reset and handler dispatch. */
function simple(env: CompileEnv, run: (f: Frame) => void, kind: StatementKindOfInstr = "statement"): Exec {
  // A top-level statement's area is cleared by the session before it compiles (a compile error lands in a clean area);
  // clearing it again would lose the counts @@warning_count reads.
  const clears = kind !== "diagnostic" && env.scope.unit.kind !== "top";
  const keepCounts = kind === "expression";
  const counts = kind === "statement";
  const chain = env.handlers;
  // Resolved inside the handler boundary: an error MySQL raises while preparing the instruction is the instruction's.
  const resolution = takeResolution();
  return (f) => {
    const b = f.budget;
    if (++b.steps >= b.next) b.check();
    // Crash plans may stop the server between any two statements of a stored program; without a hook this is two
    // property reads.
    const engine = f.session.engine;
    if (engine.server?.onCheckpoint !== undefined) engine.checkpoint("statement");
    // Each statement of a procedure fixes NOW() anew; a function's or trigger's (results === null) keeps the caller's.
    if (f.results !== null) f.session.beginStatement?.();
    if (clears) {
      if (keepCounts) f.session.diagnostics.clearKeepingCounts();
      else f.session.diagnostics.clear();
    }
    if (counts) f.affected = 0;
    try {
      resolution.around(f, run);
    } catch (e) {
      return raise(f, e, chain);
    }
    // ROW_COUNT() and GET DIAGNOSTICS ROW_COUNT see the previous statement's count (not changed by GET DIAGNOSTICS).
    if (counts) f.session.rowCount = f.affected;
    if (chain?.catchesWarnings && f.session.diagnostics.conditions.length !== 0) {
      const c = afterWarnings(f, chain);
      if (c !== UNHANDLED) return c;
    }
    return NORMAL;
  };
}

/**
 * One evaluation step of a compound statement (an IF/ELSEIF/WHEN/WHILE/UNTIL condition, a CASE operand): returns
 * COND_TRUE or COND_FALSE, or the completion after a handler took a condition it raised. A CONTINUE handler then
 * resumes after the whole construct (B6), which is what returning that completion from the construct does.
 */
function step(env: CompileEnv, test: (f: Frame) => boolean): (f: Frame) => number {
  const chain = env.handlers;
  const resolution = takeResolution();
  return (f) => {
    const b = f.budget;
    if (++b.steps >= b.next) b.check();
    f.session.diagnostics.clearKeepingCounts();
    let t: boolean;
    try {
      t = resolution.around(f, test);
    } catch (e) {
      return raise(f, e, chain);
    }
    if (chain?.catchesWarnings && f.session.diagnostics.conditions.length !== 0) {
      const c = afterWarnings(f, chain);
      if (c !== UNHANDLED) return c;
    }
    return t ? COND_TRUE : COND_FALSE;
  };
}

function condition(expr: Expr, env: CompileEnv): (f: Frame) => number {
  const ce = compileExprLate(expr, env.scope);
  return step(env, (f) => {
    const v = ce.eval(f);
    // NULL is false (E1); numbers are the common case and need no conversion.
    return typeof v === "number" ? v !== 0 : v !== null && truth(v, f) === true;
  });
}

function compileSeq(stmts: readonly Statement[], env: CompileEnv): Exec {
  const execs = stmts.map((s) => compileExec(s, env));
  if (execs.length === 1) return execs[0] as Exec;
  return (f) => {
    for (let i = 0; i < execs.length; i++) {
      const c = (execs[i] as Exec)(f);
      if (c !== NORMAL) return c;
    }
    return NORMAL;
  };
}

function findLabel(labels: LabelNode | null, name: string): LabelNode | undefined {
  const key = name.toLowerCase();
  for (let l = labels; l; l = l.parent) if (l.name === key) return l;
  return undefined;
}

function pushLabel(env: CompileEnv, label: string | undefined, id: number, loop: boolean): LabelNode | null {
  if (label === undefined) return env.labels;
  if (findLabel(env.labels, label)) throw new SqlError(1309, "42000", `Redefining label ${label}`);
  return { name: label.toLowerCase(), id, loop, parent: env.labels };
}

/**
 * `END LOOP b` must repeat the beginning label; the parser keeps an end label that does not (or one without a
 * beginning label). MySQL's parser refuses it at END, after the body, so errors inside the body come first.
 */
function checkEndLabel(stmt: Block | While | Repeat | Loop): void {
  const end = stmt.mismatchedEndLabel;
  if (end !== undefined) throw new SqlError(1310, "42000", `End-label ${end} without match`);
}

// ---------------------------------------------------------------------------------------------------------------
// Compound statements

function compileBlock(stmt: Block, env: CompileEnv): Exec {
  const scope = env.scope.child();
  const unit = scope.unit;
  const id = unit.newLabel();
  const myLeave = leaveOf(id);
  const labels = pushLabel(env, stmt.label, id, false);
  const hscope = new HandlerScope(env.handlers, myLeave);
  const declEnv: CompileEnv = { ...env, scope, labels, handlers: hscope.pendingView() };
  const decls: Exec[] = [];
  const cursors: number[] = [];
  const handlerDecls: DeclareHandler[] = [];
  const body: Statement[] = [];
  // 0: variables and conditions, 1: cursors, 2: handlers, 3: statements.
  let phase = 0;
  for (const s of stmt.body) {
    switch (s.kind) {
      case "DeclareVar":
      case "DeclareCondition":
        if (phase >= 3) throw declareNotFirst();
        if (phase > 0)
          throw new SqlError(1337, "42000", "Variable or condition declaration after cursor or handler declaration");
        if (s.kind === "DeclareVar") decls.push(compileDeclareVar(s, declEnv));
        else declareCondition(s, scope);
        break;
      case "DeclareCursor": {
        if (phase >= 3) throw declareNotFirst();
        if (phase > 1) throw new SqlError(1338, "42000", "Cursor declaration after handler declaration");
        phase = 1;
        const key = s.name.toLowerCase();
        if (scope.cursors.has(key)) throw new SqlError(1333, "42000", `Duplicate cursor: ${s.name}`);
        const index = unit.cursorCount++;
        scope.cursors.set(key, { name: s.name, index, query: s.query });
        cursors.push(index);
        break;
      }
      case "DeclareHandler":
        if (phase >= 3) throw declareNotFirst();
        phase = 2;
        handlerDecls.push(s);
        break;
      default:
        phase = 3;
        body.push(s);
    }
  }
  // Handlers are registered before any body is compiled, so that the statements see the complete scope.
  const seen = new Set<string>();
  const pending: [DeclareHandler, { body: Exec }][] = [];
  for (const h of handlerDecls) {
    if (h.action === "UNDO") throw notSupported("UNDO handler");
    const matchers = h.conditions.map((c) => handlerMatcher(c, scope));
    for (const m of matchers) {
      const key = m.kind === "errno" ? `e${m.errno}` : m.kind === "sqlstate" ? `s${m.sqlstate}` : m.kind;
      if (seen.has(key)) throw new SqlError(1413, "42000", "Duplicate handler declared in the same block");
      seen.add(key);
    }
    const compiled = { action: h.action, matchers, body: (_f: Frame): Completion => NORMAL };
    hscope.add(compiled);
    pending.push([h, compiled]);
  }
  // A handler body sees the block's variables but not its handlers (B4) nor any label (B9).
  for (const [h, compiled] of pending) {
    compiled.body = compileExec(h.body, { scope, handlers: env.handlers, labels: null, source: env.source });
  }
  const bodyEnv: CompileEnv = {
    scope,
    handlers: hscope.handlers.length > 0 ? hscope : env.handlers,
    labels,
    source: env.source,
  };
  const stmts = body.map((s) => compileExec(s, bodyEnv));
  checkEndLabel(stmt);
  const all = [...decls, ...stmts];
  const run: Exec = (f) => {
    for (let i = 0; i < all.length; i++) {
      const c = (all[i] as Exec)(f);
      if (c !== NORMAL) return c === myLeave ? NORMAL : c;
    }
    return NORMAL;
  };
  if (cursors.length === 0) return run;
  return (f) => {
    try {
      return run(f);
    } finally {
      for (const i of cursors) f.cursors[i] = undefined;
    }
  };
}

function declareNotFirst(): SqlError {
  // MySQL rejects this in the parser.
  return new SqlError(
    1064,
    "42000",
    "You have an error in your SQL syntax; DECLARE is allowed only at the start of a BEGIN ... END block",
  );
}

function compileDeclareVar(s: Extract<Statement, { kind: "DeclareVar" }>, env: CompileEnv): Exec {
  const scope = env.scope;
  const seen = new Set<string>();
  for (const name of s.names) {
    const key = name.toLowerCase();
    if (scope.vars.has(key) || seen.has(key)) throw new SqlError(1331, "42000", `Duplicate variable: ${name}`);
    seen.add(key);
  }
  // The DEFAULT does not see the variables it initialises (sp_pcontext::declare_var_boundary): `DECLARE x INT
  // DEFAULT x + 1` reads an outer x.
  const def = s.default === undefined ? undefined : compileExprLate(s.default, scope);
  const slots = s.names.map((name) => scope.declareVar(name, s.type).slot);
  if (def === undefined) {
    // Still an instruction that sets the variables (to NULL), so it clears the diagnostics area as SET does
    // (wl5928.result: a handler's `DECLARE v1 INT` leaves GET DIAGNOSTICS nothing to read).
    return (f) => {
      for (const i of slots) f.slots[i] = null;
      f.session.diagnostics.clearKeepingCounts();
      return NORMAL;
    };
  }
  const store = storerFor(s.type, s.names[0] ?? "");
  // The DEFAULT is evaluated before this block's handlers are active (B4); see HandlerScope.inactive.
  // A DEFAULT is a typed store like SET (strict warnings are errors; on an error the variables stay NULL).
  return simple(
    env,
    (f) => {
      for (const i of slots) f.slots[i] = null;
      f.storing = true;
      try {
        const v = store(evalForStore(f, def.raw ?? def.eval), f);
        for (const i of slots) f.slots[i] = v;
      } finally {
        f.storing = false;
      }
    },
    "expression",
  );
}

function declareCondition(s: Extract<Statement, { kind: "DeclareCondition" }>, scope: LocalScope): void {
  const key = s.name.toLowerCase();
  if (scope.conditions.has(key)) throw new SqlError(1332, "42000", `Duplicate condition: ${s.name}`);
  const v = s.value;
  if (v.kind === "SqlState") {
    checkSqlstate(v.value);
    scope.conditions.set(key, v);
  } else if (v.kind === "ErrorCode") {
    if (v.value === 0) throw new SqlError(1064, "42000", "Incorrect CONDITION value: '0'");
    scope.conditions.set(key, v);
  } else throw new SqlError(1064, "42000", "DECLARE CONDITION needs an SQLSTATE or an error code");
}

function handlerMatcher(
  c: Extract<Statement, { kind: "DeclareHandler" }>["conditions"][number],
  scope: LocalScope,
): Matcher {
  switch (c.kind) {
    case "ErrorCode":
      if (c.value === 0) throw new SqlError(1064, "42000", "Incorrect CONDITION value: '0'");
      return { kind: "errno", errno: c.value };
    case "SqlState":
      checkSqlstate(c.value);
      return { kind: "sqlstate", sqlstate: c.value };
    case "ConditionName": {
      const named = scope.lookupCondition(c.name);
      if (!named) throw new SqlError(1319, "42000", `Undefined CONDITION: ${c.name}`);
      return named.kind === "ErrorCode"
        ? { kind: "errno", errno: named.value }
        : { kind: "sqlstate", sqlstate: named.value };
    }
    case "SqlException":
      return { kind: "exception" };
    case "SqlWarning":
      return { kind: "warning" };
    case "NotFound":
      return { kind: "notfound" };
  }
}

function compileIf(stmt: If, env: CompileEnv): Exec {
  const branches = stmt.branches.map((b) => ({ cond: condition(b.condition, env), body: compileSeq(b.body, env) }));
  const otherwise = stmt.else ? compileSeq(stmt.else, env) : undefined;
  return (f) => {
    for (let i = 0; i < branches.length; i++) {
      const b = branches[i] as (typeof branches)[number];
      const r = b.cond(f);
      if (r === COND_TRUE) return b.body(f);
      if (r !== COND_FALSE) return r;
    }
    return otherwise ? otherwise(f) : NORMAL;
  };
}

let caseCounter = 0;

function compileCase(stmt: CaseStmt, env: CompileEnv): Exec {
  let prelude: ((f: Frame) => number) | undefined;
  let whenExprs: Expr[];
  if (stmt.operand) {
    // The operand is evaluated once into a hidden slot, as MySQL's sp_instr_set_case_expr does; each WHEN is then
    // `slot = value` under the usual comparison rules.
    const operand = compileExprLate(stmt.operand, env.scope);
    const hidden = ` case#${++caseCounter}`;
    const slot = env.scope.unit.slotCount++;
    env.scope.vars.set(hidden, {
      name: hidden,
      slot,
      type: { kind: "DataType", name: "TEXT", start: 0, end: 0 },
      staticType: operand.type,
      ref: { eval: (ctx) => ctx.slots[slot] ?? null, type: operand.type, constant: false },
    });
    const ref: ColumnRef = { kind: "ColumnRef", qualifier: [], name: hidden, start: stmt.start, end: stmt.start };
    whenExprs = stmt.whens.map((w) => ({
      kind: "Binary",
      op: "=",
      left: ref,
      right: w.when,
      start: w.start,
      end: w.end,
    }));
    prelude = step(env, (f) => {
      f.slots[slot] = operand.eval(f);
      return true;
    });
  } else {
    whenExprs = stmt.whens.map((w) => w.when);
  }
  const whens = stmt.whens.map((w, i) => ({
    cond: condition(whenExprs[i] as Expr, env),
    body: compileSeq(w.then, env),
  }));
  const otherwise = stmt.else ? compileSeq(stmt.else, env) : undefined;
  const notFound = simple(env, () => {
    throw new SqlError(1339, "20000", "Case not found for CASE statement");
  });
  return (f) => {
    if (prelude) {
      const r = prelude(f);
      if (r !== COND_TRUE) return r;
    }
    for (let i = 0; i < whens.length; i++) {
      const w = whens[i] as (typeof whens)[number];
      const r = w.cond(f);
      if (r === COND_TRUE) return w.body(f);
      if (r !== COND_FALSE) return r;
    }
    return otherwise ? otherwise(f) : notFound(f);
  };
}

/** The result of a loop body's completion: keep looping, or leave the loop with this completion. */
function loopStep(c: Completion, id: number): Completion | undefined {
  if (c === NORMAL || c === iterateOf(id)) return undefined;
  if (c === leaveOf(id)) return NORMAL;
  return c;
}

function compileWhile(stmt: While, env: CompileEnv): Exec {
  const id = env.scope.unit.newLabel();
  const labels = pushLabel(env, stmt.label, id, true);
  const cond = condition(stmt.condition, env);
  const body = compileSeq(stmt.body, { ...env, labels });
  checkEndLabel(stmt);
  return (f) => {
    for (;;) {
      const r = cond(f);
      if (r === COND_FALSE) return NORMAL;
      if (r !== COND_TRUE) return r;
      const c = loopStep(body(f), id);
      if (c !== undefined) return c;
    }
  };
}

function compileRepeat(stmt: Repeat, env: CompileEnv): Exec {
  const id = env.scope.unit.newLabel();
  const labels = pushLabel(env, stmt.label, id, true);
  const body = compileSeq(stmt.body, { ...env, labels });
  const until = condition(stmt.until, env);
  checkEndLabel(stmt);
  const again = iterateOf(id);
  return (f) => {
    const b = f.budget;
    for (;;) {
      const done = body(f);
      if (done === again) {
        // ITERATE jumps back to the first statement of the body without testing UNTIL (MySQL's sp_instr_jump to
        // the loop's start); a body that only iterates still costs a step.
        if (++b.steps >= b.next) b.check();
        continue;
      }
      const c = loopStep(done, id);
      if (c !== undefined) return c;
      const r = until(f);
      if (r === COND_TRUE) return NORMAL;
      if (r !== COND_FALSE) return r;
    }
  };
}

function compileLoop(stmt: Loop, env: CompileEnv): Exec {
  const id = env.scope.unit.newLabel();
  const labels = pushLabel(env, stmt.label, id, true);
  const body = compileSeq(stmt.body, { ...env, labels });
  checkEndLabel(stmt);
  return (f) => {
    const b = f.budget;
    for (;;) {
      // A LOOP whose body is only ITERATE runs no statement; it still costs a step.
      if (++b.steps >= b.next) b.check();
      const c = loopStep(body(f), id);
      if (c !== undefined) return c;
    }
  };
}

function compileFetch(stmt: Fetch, env: CompileEnv): Exec {
  const cursor = env.scope.lookupCursor(stmt.cursor);
  if (!cursor) throw new SqlError(1324, "42000", `Undefined CURSOR: ${stmt.cursor}`);
  const writers: Writer[] = stmt.into.map((t) => compileTarget(t, env.scope));
  const index = cursor.index;
  return simple(env, (f) => fetchCursor(f, index, writers));
}

function compileSelect(stmt: SelectStmt, env: CompileEnv): Exec {
  // SELECT ... INTO assigns each item's full value (select_dumpvar stores the item itself), like SET does.
  const query = lazyQuery(stmt, env, stmt.into !== undefined);
  const unit = env.scope.unit;
  if (!stmt.into) {
    if (unit.kind === "function")
      throw new SqlError(1415, "0A000", "Not allowed to return a result set from a function");
    if (unit.kind === "trigger") throw new SqlError(1415, "0A000", "Not allowed to return a result set from a trigger");
    return simple(env, (f) => {
      // A procedure that returns rows, called from a function or trigger (1415 at run time, as in MySQL).
      if (!f.results) throw new SqlError(1415, "0A000", "Not allowed to return a result set from a function");
      f.results.push(query(f));
      f.affected = -1;
    });
  }
  const writers = stmt.into.map((t) => compileTarget(t, env.scope));
  return simple(env, (f) => {
    const rs = query(f);
    if (rs.columns.length !== writers.length)
      throw new SqlError(1222, "21000", "The used SELECT statements have a different number of columns");
    if (rs.rows.length === 0) {
      // G4: a warning that leaves the variables unchanged (a NOT FOUND handler sees it after the statement).
      const e = noData();
      f.session.diagnostics.add("Warning", e.errno, e.sqlstate, e.message);
      return;
    }
    // The first row is assigned before a second one makes it 1172 (MariaDB 10.11 leaves the first row's values).
    const row = rs.rows[0] as readonly Value[];
    for (let i = 0; i < writers.length; i++) (writers[i] as Writer)(f, row[i] ?? null, rs.types?.[i]);
    if (rs.rows.length > 1) throw new SqlError(1172, "42000", "Result consisted of more than one row");
    f.affected = 1;
  });
}

function compileSet(stmt: Extract<Statement, { kind: "Set" }>, env: CompileEnv): Exec {
  const other = runtimeDeps().compileOther(stmt, env.scope, env.source);
  if (stmt.names || stmt.transaction) {
    if (other) return simple(env, (f) => void other(f));
    if (stmt.names) {
      const { charset, collation } = stmt.names;
      return simple(env, (f) => {
        for (const v of ["character_set_client", "character_set_connection", "character_set_results"])
          f.session.setSystemVar(v, "SESSION", charset);
        if (collation) f.session.setSystemVar("collation_connection", "SESSION", collation);
      });
    }
    throw notSupported("SET TRANSACTION");
  }
  const parts = stmt.assignments.map((a) => {
    const reset = systemVarDefault(a, env.scope);
    if (reset !== undefined) {
      const none = (): StaticType | undefined => undefined;
      return { value: { eval: () => null }, write: reset, typed: false, local: false, type: none };
    }
    const value = compileExprLate(a.value, env.scope);
    const failed = compileEvalFailure(a.target, env.scope);
    const typed = isTyped(a.target, env.scope);
    // A user variable keeps a quotient's full precision (SET @a = 1/3 is 0.333333333), as MySQL's val_decimal
    // gives it; a typed target stores from it too (Item::save_in_field), so `SET d = 1/3` into DECIMAL(20,10) is
    // 0.3333333330 and into DECIMAL(20,4) is 0.3333 with Note 1265. A system variable reads the value as shown.
    const read = typed || a.target.kind === "UserVar" ? (value.raw ?? value.eval) : value.eval;
    return {
      // A NEW column may keep a value when its expression fails (assign.ts, compileEvalFailure).
      value: { eval: failed === undefined ? read : evalOrKeep(read, failed) },
      write: compileTarget(a.target, env.scope),
      typed,
      local: a.target.kind === "LocalTarget",
      // What a user variable's entry takes as its type (a late-compiled expression knows it after its first run).
      type: (): StaticType => value.type,
      prepare: "prepare" in value ? (value as LateExpr).prepare : undefined,
    };
  });
  // MySQL resolves all the assignments of a SET before it runs the first: `SET @a = 1, @b = @a + 0.5` types @a as
  // it was before the statement.
  const late = parts.flatMap((p) => (p.prepare === undefined ? [] : [p.prepare]));
  let prepared = late.length === 0;
  const prepareAll = (f: Frame) => {
    if (prepared) return;
    for (const prepare of late) prepare(f);
    prepared = true;
  };
  // Assignments to locals and NEW columns only are instructions, not SQL statements: ROW_COUNT() keeps its value.
  // Any user or system variable makes it a SET statement (my_ok: ROW_COUNT() is 0 afterwards).
  const kind = parts.every((p) => p.typed) ? "expression" : "statement";
  if (parts.length === 1) {
    const part = parts[0] as (typeof parts)[number];
    const { value, write, type } = part;
    if (!part.typed) return simple(env, (f) => write(f, value.eval(f), type()));
    return simple(env, (f) => storeTyped(f, part), kind);
  }
  // A top-level SET computes all its values before it assigns any (sql_set_variables: check() for each, then
  // update()), so `SET @a = 1, @b = @a` reads @a as it was. Inside a stored program the parser makes each assignment
  // an instruction of its own (sp_create_assignment_instr), run in order.
  if (env.scope.unit.kind === "top" && parts.every((p) => !p.typed)) {
    return simple(env, (f) => {
      prepareAll(f);
      const values = parts.map((p) => p.value.eval(f));
      for (let i = 0; i < parts.length; i++) {
        const p = parts[i] as (typeof parts)[number];
        p.write(f, values[i] as Value, p.type());
      }
    });
  }
  return simple(
    env,
    (f) => {
      prepareAll(f);
      for (const p of parts) {
        if (p.typed) storeTyped(f, p);
        else p.write(f, p.value.eval(f), p.type());
      }
    },
    kind,
  );
}

/**
 * `SET var = DEFAULT` for a system variable: the session value goes back to the global one (the global to its
 * compiled-in default); undefined for any other assignment, where DEFAULT is an error as in MySQL.
 */
function systemVarDefault(
  a: Extract<Statement, { kind: "Set" }>["assignments"][number],
  scope: LocalScope,
): ((f: Frame, value: Value) => void) | undefined {
  if (a.value.kind !== "Default" || a.value.column !== undefined) return undefined;
  const t = a.target;
  if (t.kind === "SystemVarTarget") return (f) => f.session.resetSystemVar(t.name, t.scope);
  if (t.kind === "LocalTarget" && scope.lookupVar(t.name) === undefined) {
    return (f) => f.session.resetSystemVar(t.name, "DEFAULT");
  }
  return undefined;
}

/**
 * SET of a typed target. When computing or storing the value fails, a local variable or parameter is left NULL
 * (MySQL's sp_eval_expr sets the field to NULL on error), which a CONTINUE handler then sees.
 */
function storeTyped(
  f: Frame,
  p: { readonly value: { readonly eval: (f: Frame) => Value }; readonly write: Writer; readonly local: boolean },
): void {
  f.storing = true;
  try {
    p.write(f, evalForStore(f, p.value.eval));
  } catch (e) {
    if (p.local && e instanceof SqlError) p.write(f, null);
    throw e;
  } finally {
    f.storing = false;
  }
}

/**
 * Evaluates a value that a typed variable, parameter, NEW column or function result will store. MySQL evaluates it
 * under a strict handler when the routine's sql_mode is strict (sp_eval_expr pushes Strict_error_handler), so a
 * conversion warning is an error at the moment it is raised: `SET a = 'x' + 0` fails with 1292, and `SET a = 0 / ''`
 * with the 1292 about '' before the division by zero could be one.
 */
function evalForStore(f: Frame, ev: (f: Frame) => Value): Value {
  return withStrictHandler(f.session, f.strict, () => ev(f));
}

/** Evaluates; when that throws, lets `failed` store what the target keeps, then rethrows. */
function evalOrKeep(evaluate: (f: Frame) => Value, failed: (f: Frame, e: unknown) => void): (f: Frame) => Value {
  return (f) => {
    try {
      return evaluate(f);
    } catch (e) {
      failed(f, e);
      throw e;
    }
  };
}

function isTyped(target: Target, scope: LocalScope): boolean {
  return (
    target.kind === "RowFieldTarget" || (target.kind === "LocalTarget" && scope.lookupVar(target.name) !== undefined)
  );
}

function compileReturn(stmt: Extract<Statement, { kind: "Return" }>, env: CompileEnv): Exec {
  const unit = env.scope.unit;
  if (unit.kind !== "function") throw new SqlError(1313, "42000", "RETURN is only allowed in a FUNCTION");
  unit.hasReturn = true;
  const value = compileExprLate(stmt.value, env.scope);
  // The return value is stored from the expression's full value (a quotient's unrounded digits), like any store
  const read = value.raw ?? value.eval;
  const chain = env.handlers;
  return (f) => {
    const b = f.budget;
    if (++b.steps >= b.next) b.check();
    f.session.diagnostics.clearKeepingCounts();
    // RETURN stores into the function's result as SET stores into a variable (sp_eval_expr): strict rules apply.
    f.storing = true;
    try {
      f.ret = evalForStore(f, read);
    } catch (e) {
      return raise(f, e, chain);
    } finally {
      f.storing = false;
    }
    return RETURN;
  };
}

/** Statements owned by the engine, the query compiler or the session: compiled through `compileOther`. */
function delegate(stmt: Statement, env: CompileEnv): Exec {
  const unit = env.scope.unit;
  if (unit.kind === "function" || unit.kind === "trigger") {
    if (
      stmt.kind === "Commit" ||
      stmt.kind === "Rollback" ||
      stmt.kind === "StartTransaction" ||
      stmt.kind === "CreateTable" ||
      stmt.kind === "DropTable" ||
      stmt.kind === "TruncateTable" ||
      stmt.kind === "CreateDatabase" ||
      stmt.kind === "DropDatabase"
    )
      throw new SqlError(1422, "HY000", "Explicit or implicit commit is not allowed in stored function or trigger.");
    if (stmt.kind === "Show" || stmt.kind === "Describe") {
      const what = unit.kind === "function" ? "function" : "trigger";
      throw new SqlError(1415, "0A000", `Not allowed to return a result set from a ${what}`);
    }
  }
  if (unit.kind !== "top" && stmt.kind === "Use")
    throw new SqlError(1314, "0A000", "USE is not allowed in stored procedures");
  let compiled: ((ctx: ExecContext) => StatementOutcome) | undefined;
  let deferred: SqlError | undefined;
  try {
    compiled = runtimeDeps().compileOther(stmt, env.scope, env.source);
    if (!compiled) throw notSupported(stmt.kind);
  } catch (e) {
    if (!(e instanceof SqlError) || e.errno === 1235) throw e;
    deferred = e;
  }
  // SHOW WARNINGS/ERRORS and SHOW COUNT(*) read the diagnostics area, so they must not clear it.
  const kind = isDiagnosticStatement(stmt) ? "diagnostic" : "statement";
  const { scope, source } = env;
  const ownStatement = unit.kind !== "top";
  const commits = unit.kind === "procedure";
  return simple(
    env,
    (f) => {
      if (deferred) {
        compiled = runtimeDeps().compileOther(stmt, scope, source);
        deferred = undefined;
      }
      const run = compiled as (ctx: ExecContext) => StatementOutcome;
      // Inside a routine each delegated statement is an engine statement of its own: atomic, and committed under
      // autocommit in a procedure (inside functions and triggers it belongs to the calling statement).
      const out = ownStatement ? f.session.engine.statement(() => run(f), { commit: commits }) : run(f);
      for (const rs of out.resultSets) f.results?.push(rs);
      f.affected = out.affectedRows;
      // SHOW WARNINGS/ERRORS keep the area but, like any statement without a count, leave ROW_COUNT() -1.
      if (kind === "diagnostic") f.session.rowCount = -1;
    },
    kind,
  );
}

/** Runs one of the engine's statement functions in a frame. */
function outcomeOf<S>(run: (stmt: S, ctx: ExecContext) => StatementOutcome, stmt: S): (f: Frame) => void {
  return (f) => {
    const out = run(stmt, f);
    for (const rs of out.resultSets) f.results?.push(rs);
    f.affected = out.affectedRows;
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The exhaustive map

type Compilers = {
  readonly [K in StatementKind]: (stmt: Extract<Statement, { kind: K }>, env: CompileEnv) => Exec;
};

const misplacedDeclare = (): never => {
  throw declareNotFirst();
};

const compilers: Compilers = {
  CreateDatabase: delegate,
  DropDatabase: delegate,
  Use: delegate,
  CreateTable: delegate,
  DropTable: delegate,
  TruncateTable: delegate,
  CreateRoutine: (s, env) => simple(env, compileCreateRoutine(s, env.scope.unit)),
  DropRoutine: (s, env) => simple(env, outcomeOf(dropRoutine, s)),
  CreateTrigger: (s, env) => simple(env, compileCreateTrigger(s, env.scope.unit)),
  DropTrigger: (s, env) => simple(env, outcomeOf(dropTrigger, s)),
  Select: compileSelect,
  Insert: delegate,
  Update: delegate,
  Delete: delegate,
  StartTransaction: delegate,
  Commit: delegate,
  Rollback: delegate,
  Savepoint: delegate,
  RollbackToSavepoint: delegate,
  ReleaseSavepoint: delegate,
  Set: compileSet,
  Show: delegate,
  Describe: delegate,
  Do: (s, env) => {
    const exprs = s.exprs.map((e) => compileExprLate(e, env.scope));
    return simple(env, (f) => {
      for (const e of exprs) e.eval(f);
    });
  },
  Call: (s, env) => simple(env, compileCall(s, env.scope)),
  Block: compileBlock,
  DeclareVar: misplacedDeclare,
  DeclareCondition: misplacedDeclare,
  DeclareHandler: misplacedDeclare,
  DeclareCursor: misplacedDeclare,
  If: compileIf,
  CaseStmt: compileCase,
  While: compileWhile,
  Repeat: compileRepeat,
  Loop: compileLoop,
  Leave: (s, env) => {
    const l = findLabel(env.labels, s.label);
    if (!l) throw new SqlError(1308, "42000", `LEAVE with no matching label: ${s.label}`);
    const c = leaveOf(l.id);
    return () => c;
  },
  Iterate: (s, env) => {
    const l = findLabel(env.labels, s.label);
    if (!l?.loop) throw new SqlError(1308, "42000", `ITERATE with no matching label: ${s.label}`);
    const c = iterateOf(l.id);
    return () => c;
  },
  Return: compileReturn,
  Open: (s, env) => {
    const cursor = env.scope.lookupCursor(s.cursor);
    if (!cursor) throw new SqlError(1324, "42000", `Undefined CURSOR: ${s.cursor}`);
    const query = lazyQuery(cursor.query, env);
    const index = cursor.index;
    return simple(env, (f) => openCursor(f, index, query));
  },
  Fetch: compileFetch,
  Close: (s, env) => {
    const cursor = env.scope.lookupCursor(s.cursor);
    if (!cursor) throw new SqlError(1324, "42000", `Undefined CURSOR: ${s.cursor}`);
    const index = cursor.index;
    return simple(env, (f) => closeCursor(f, index));
  },
  Signal: (s, env) => simple(env, compileSignal(s, env.scope)),
  Resignal: (s, env) => simple(env, compileResignal(s, env.scope), "diagnostic"),
  GetDiagnostics: (s, env) => {
    const get = compileGetDiagnostics(s, env.scope);
    // It reads the previous statement's count, but as a statement without one of its own it leaves ROW_COUNT() -1
    return simple(
      env,
      (f) => {
        get(f);
        f.session.rowCount = -1;
      },
      "diagnostic",
    );
  },
};

/** Compiles one statement of a body into an Exec. */
export function compileExec(stmt: Statement, env: CompileEnv): Exec {
  const compile = compilers[stmt.kind] as (stmt: Statement, env: CompileEnv) => Exec;
  const { value: exec, leftover } = collectResolve(() => compile(stmt, env));
  if (leftover.length === 0) return exec;
  // Registered by a compound statement itself rather than by one of its instructions: resolved before it starts.
  const resolution = new Resolution(leftover);
  return (f) => resolution.around(f, exec);
}

/** The statement kinds the runtime hands to `compileOther` (for the test that nothing is silently ignored). */
export const DELEGATED_KINDS: readonly StatementKind[] = (Object.keys(compilers) as StatementKind[]).filter(
  (k) => compilers[k] === delegate,
);
