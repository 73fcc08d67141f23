// Condition handlers: matching, selection and activation.
//
// Handler lookup is static. A statement is compiled knowing the chain of handler scopes around it (its block's, then
// the enclosing blocks'), so at run time raising a condition walks a short precomputed list: no push/pop on block
// entry. A handler body is compiled with the chain of the block *around* its own block, which is exactly MySQL's
// rule that a handler does not catch conditions raised in its own body or in sibling handlers (B4).
//
// Selection (B3, `sp_pcontext::find_handler`): the innermost scope with any matching handler wins; within a scope an
// errno beats an SQLSTATE, which beats the general classes. SQLEXCEPTION matches only errors, SQLWARNING matches
// SQLSTATE class '01' or any warning-level condition, NOT FOUND matches class '02' at any level. Notes match no
// general class (MariaDB 10.11: a note from DROP TABLE IF EXISTS does not fire a SQLWARNING handler).
//
// Activation (D2): the handler runs with a new diagnostics area that starts as a copy of the caller's; GET STACKED
// DIAGNOSTICS reads a frozen copy. When the handler ends, the caught conditions are dropped and what the handler
// itself raised goes back to the caller's area. CONTINUE resumes after the statement that raised the condition
// (for an IF/CASE/WHILE/REPEAT condition, after the whole construct: that is the caller's job, see statements.ts);
// EXIT leaves the block that declared the handler, expressed as a LEAVE completion of that block.

import type { Condition, Level } from "../compile/types.ts";
import { SqlError } from "../errors.ts";
import type { Frame } from "./frame.ts";
import { InterruptError, stackOverrun } from "./limits.ts";
import { type Completion, type Exec, NORMAL } from "./types.ts";

export type Matcher =
  | { readonly kind: "errno"; readonly errno: number }
  | { readonly kind: "sqlstate"; readonly sqlstate: string }
  | { readonly kind: "exception" | "warning" | "notfound" };

export interface CompiledHandler {
  readonly action: "CONTINUE" | "EXIT";
  readonly matchers: readonly Matcher[];
  /** Set once the body is compiled (the handler must exist before, so that its scope can be referenced). */
  body: Exec;
}

/** The handlers of one BEGIN...END block. */
export class HandlerScope {
  readonly handlers: CompiledHandler[] = [];
  /** True when some handler here or outside can match a warning or note (so statements check after completing). */
  catchesWarnings: boolean;

  /**
   * True for the view of a block's handlers that its DECLARE ... DEFAULT expressions see: the handlers exist in the
   * block's parsing context but are not active yet. MySQL finds such a handler statically, cannot find it among the
   * active ones, and leaves the condition unhandled, even when an outer block has a handler for it
   * (`sp_rcontext::handle_sql_condition`; MariaDB 10.11 answers the same).
   */
  inactive = false;

  constructor(
    readonly parent: HandlerScope | null,
    /** The completion that leaves the declaring block (what EXIT does). */
    readonly exitCompletion: Completion,
    handlers?: CompiledHandler[],
  ) {
    this.catchesWarnings = parent?.catchesWarnings ?? false;
    if (handlers) this.handlers = handlers;
  }

  /** The not-yet-active view of this scope (shares the handler list, which is filled in later). */
  pendingView(): HandlerScope {
    const view = new HandlerScope(this.parent, this.exitCompletion, this.handlers);
    view.inactive = true;
    return view;
  }

  add(handler: CompiledHandler): void {
    this.handlers.push(handler);
    if (handler.matchers.some((m) => m.kind !== "exception")) this.catchesWarnings = true;
  }
}

/** Match rank of one condition value: 3 errno, 2 SQLSTATE, 1 a class, 0 no match. */
function rank(m: Matcher, errno: number, sqlstate: string, level: Level): number {
  switch (m.kind) {
    case "errno":
      return m.errno === errno ? 3 : 0;
    case "sqlstate":
      return m.sqlstate === sqlstate ? 2 : 0;
    case "notfound":
      return sqlstate.startsWith("02") ? 1 : 0;
    case "warning":
      return sqlstate.startsWith("01") || level === "Warning" ? 1 : 0;
    case "exception":
      return level === "Error" && !/^0[012]/.test(sqlstate) ? 1 : 0;
  }
}

export interface FoundHandler {
  readonly handler: CompiledHandler;
  readonly scope: HandlerScope;
}

export function findHandler(
  chain: HandlerScope | null,
  errno: number,
  sqlstate: string,
  level: Level,
): FoundHandler | undefined {
  for (let scope = chain; scope; scope = scope.parent) {
    let best: CompiledHandler | undefined;
    let bestRank = 0;
    for (const h of scope.handlers) {
      for (const m of h.matchers) {
        const r = rank(m, errno, sqlstate, level);
        if (r > bestRank) {
          bestRank = r;
          best = h;
        }
      }
    }
    if (best) return scope.inactive ? undefined : { handler: best, scope };
  }
  return undefined;
}

/**
 * A statement threw `e`. Records it in the diagnostics area and runs the matching handler, returning the completion
 * to continue with; rethrows when no handler matches. Interruptions and spbed's own bugs are never handled.
 */
export function raise(f: Frame, e: unknown, chain: HandlerScope | null): Completion {
  if (!(e instanceof SqlError)) {
    if (e instanceof RangeError && /call stack/i.test(e.message)) throw stackOverrun();
    throw e;
  }
  if (e instanceof InterruptError) throw e;
  const da = f.session.diagnostics;
  da.addError(e);
  if (chain === null) throw e;
  const found = findHandler(chain, e.errno, e.sqlstate, "Error");
  if (!found) throw e;
  const cond: Condition = { level: "Error", errno: e.errno, sqlstate: e.sqlstate, message: e.message, items: e.items };
  return activate(f, found, cond, e);
}

/** Returned by `afterWarnings` when no handler took a pending warning. */
export const UNHANDLED = -1;

/**
 * After a statement completed with conditions in the diagnostics area: the last warning or note that has a handler
 * is handled (B7). Returns UNHANDLED when none has.
 */
export function afterWarnings(f: Frame, chain: HandlerScope | null): Completion {
  const conditions = f.session.diagnostics.conditions;
  let found: FoundHandler | undefined;
  let cond: Condition | undefined;
  for (const c of conditions) {
    if (c.level === "Error") continue;
    const h = findHandler(chain, c.errno, c.sqlstate, c.level);
    if (h) {
      found = h;
      cond = c;
    }
  }
  if (!found || !cond) return UNHANDLED;
  return activate(f, found, cond, null);
}

function activate(f: Frame, found: FoundHandler, cond: Condition, error: SqlError | null): Completion {
  const session = f.session;
  const caller = session.diagnostics;
  const own = caller.copy();
  own.copiedPrefix = own.conditions.length;
  f.handlerCalls.push({ condition: cond, error, stacked: caller.copy() });
  session.diagnostics = own;
  let c: Completion;
  try {
    c = found.handler.body(f);
  } catch (x) {
    f.handlerCalls.pop();
    session.diagnostics = caller;
    // The handler failed (or RESIGNALed): its area, including what it was given, becomes the caller's.
    caller.replace(own.conditions, own.recordedError);
    throw x;
  }
  f.handlerCalls.pop();
  session.diagnostics = caller;
  caller.replace(own.conditions.slice(own.copiedPrefix), null);
  // A completion other than NORMAL escaping the body can only be RETURN or the LEAVE of an EXIT handler of an
  // enclosing block that caught a condition raised in this body (the body sees no outer labels, B9): it ends this
  // handler's block too, so it passes through whatever this handler's own action is (B8).
  if (c !== NORMAL) return c;
  return found.handler.action === "EXIT" ? found.scope.exitCompletion : NORMAL;
}
