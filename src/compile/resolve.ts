// The resolve step: work MySQL does when it resolves (prepares) a statement, done before the statement runs.
//
// MySQL evaluates some constant parts of an expression while it resolves the statement, not when the expression is
// evaluated: an IN list of constants is converted into its lookup array (Item_func_in::resolve_type), a constant
// compared with a DATE is converted to a date (Arg_comparator::set_cmp_func). An error there fails the statement even
// when the expression would never be evaluated (an IF branch not taken, a WHERE over an empty table).
//
// An expression registers such work with `onResolve` while it is compiled. The statement compiler opens a collector
// per statement (`collectResolve`) and each instruction takes what was registered for it (`takeResolution`). A
// Resolution runs before its instruction, on the instruction's first execution in a connection, and again until one
// succeeds: a top-level statement is compiled for each execution, so it resolves each time; a statement of a stored
// program is compiled once and resolves on its first execution in each connection, as MySQL prepares a stored
// program's instruction on first execution and keeps it prepared (sp_lex_instr::reset_lex_and_exec_core).

import type { ExecContext } from "./types.ts";

export type ResolveStep = (ctx: ExecContext) => void;

/** The resolve steps of one instruction and the connections that have resolved it. */
export class Resolution {
  private readonly resolved = new Set<number>();
  /** True once the instruction has run to the end once: nothing is compiled on first use any more. */
  private settled = false;

  constructor(private readonly steps: ResolveStep[]) {}

  /**
   * Runs the instruction `run`, resolving it first if this connection has not. While the instruction has never
   * completed, expressions compiled on first use inside it (queries of a stored program) resolve on the spot.
   */
  around<C extends ExecContext, T>(ctx: C, run: (ctx: C) => T): T {
    if (this.settled && this.steps.length === 0) return run(ctx);
    const id = ctx.session.connectionId;
    if (!this.resolved.has(id)) {
      for (const step of this.steps) step(ctx);
      this.resolved.add(id);
    }
    if (this.settled) return run(ctx);
    const saved = live;
    live = { steps: this.steps, ctx };
    try {
      const r = run(ctx);
      this.settled = true;
      return r;
    } finally {
      live = saved;
    }
  }
}

/** The collectors of the statements being compiled, innermost last. */
const collecting: ResolveStep[][] = [];
/** The instruction running for the first time, for what is compiled inside it on first use. */
let live: { steps: ResolveStep[]; ctx: ExecContext } | undefined;

/**
 * Registers work for the resolve step of the statement being compiled. Returns false when no statement is being
 * compiled or run (an expression compiled on its own): the caller then does the work at first evaluation.
 */
export function onResolve(step: ResolveStep): boolean {
  const top = collecting[collecting.length - 1];
  if (top !== undefined) {
    top.push(step);
    return true;
  }
  if (live === undefined) return false;
  // Registered only once it succeeded: a failed first-use compile is compiled (and registers) again next time.
  step(live.ctx);
  live.steps.push(step);
  return true;
}

/**
 * Compiles one statement with its own collector. `leftover` receives what no instruction took (an empty list when
 * every instruction took its own).
 */
export function collectResolve<T>(compile: () => T): { value: T; leftover: ResolveStep[] } {
  const steps: ResolveStep[] = [];
  collecting.push(steps);
  try {
    return { value: compile(), leftover: steps };
  } finally {
    collecting.pop();
  }
}

/** The steps registered since the last instruction took its own: those of the instruction compiled just now. */
export function takeResolution(): Resolution {
  const top = collecting[collecting.length - 1];
  return new Resolution(top === undefined ? [] : top.splice(0));
}
