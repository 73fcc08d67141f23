// A Frame is one activation of a stored program (procedure, function, trigger) or one top-level statement. It is the
// ExecContext that compiled expressions see, plus the runtime state that only statements need: the result sets a
// CALL returns, open cursors, the stack of running handlers and the function's return value.

import type { Condition, ExecContext, ResultSet, SessionState } from "../compile/types.ts";
import type { SqlError } from "../errors.ts";
import type { Value } from "../values/value.ts";
import type { CursorState } from "./cursors.ts";
import type { DiagnosticsArea } from "./diagnostics.ts";
import { Budget } from "./limits.ts";

/** A handler that is running: what RESIGNAL re-raises and GET STACKED DIAGNOSTICS reads. */
export interface HandlerCall {
  readonly condition: Condition;
  readonly error: SqlError | null;
  readonly stacked: DiagnosticsArea;
}

export class Frame implements ExecContext {
  /** Rows of the query being evaluated; the query compiler writes them by source index. */
  readonly rows: (readonly Value[] | null)[] = [];
  /** Affected rows of the last statement (ROW_COUNT of a CALL is its last statement's). */
  affected = -1;
  /** Result sets produced by statements of this frame (a procedure's become its CALL's); null in functions/triggers. */
  results: ResultSet[] | null;
  readonly cursors: (CursorState | undefined)[] = [];
  readonly handlerCalls: HandlerCall[] = [];
  ret: Value = null;
  /**
   * True while evaluating a value for a typed variable or NEW column: strict mode then turns some warnings into
   * errors (division by zero under ERROR_FOR_DIVISION_BY_ZERO), as for INSERT.
   */
  storing = false;

  constructor(
    readonly session: SessionState,
    readonly slots: Value[],
    readonly strict: boolean,
    readonly sqlMode: string,
    readonly budget: Budget,
    results: ResultSet[] | null,
    readonly newRow?: Value[],
    readonly oldRow?: readonly Value[],
  ) {
    this.results = results;
  }
}

const budgets = new WeakMap<SessionState, Budget>();

/** The session's statement budget (created on first use). */
export function budgetOf(session: SessionState): Budget {
  let b = budgets.get(session);
  if (!b) {
    b = new Budget();
    budgets.set(session, b);
  }
  return b;
}

export function isStrict(sqlMode: string): boolean {
  return sqlMode.includes("STRICT_TRANS_TABLES") || sqlMode.includes("STRICT_ALL_TABLES");
}
