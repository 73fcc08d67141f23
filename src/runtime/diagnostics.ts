// The diagnostics area (DA): the conditions the current statement raised, as SHOW WARNINGS and GET DIAGNOSTICS see
// them.
//
// MySQL keeps one DA per statement context. Every statement except GET DIAGNOSTICS (and RESIGNAL) clears it when it
// starts, so clearing must be cheap: it is a length reset, done only when the area is not already empty. Entering a
// handler pushes a copy (see handlers.ts); the session swaps `SessionState.diagnostics` to the area in force.

import type { Condition, Level } from "../compile/types.ts";
import type { SqlError } from "../errors.ts";

/** Default of max_error_count in MySQL 8.0. */
const DEFAULT_MAX_CONDITIONS = 1024;

export class DiagnosticsArea {
  readonly conditions: Condition[] = [];
  /** The error object whose condition is already in this area (so re-raising it on the way out does not add it twice). */
  recordedError: SqlError | null = null;
  /**
   * In a handler's area: how many leading conditions are copies of the caller's (they are dropped when the handler
   * ends, only conditions the handler raised itself go back to the caller).
   */
  copiedPrefix = 0;
  maxConditions = DEFAULT_MAX_CONDITIONS;

  get number(): number {
    return this.conditions.length;
  }

  clear(): void {
    if (this.conditions.length !== 0) this.conditions.length = 0;
    this.recordedError = null;
    this.copiedPrefix = 0;
  }

  add(level: Level, errno: number, sqlstate: string, message: string, items?: Readonly<Record<string, string>>): void {
    if (this.conditions.length >= this.maxConditions) return;
    this.conditions.push(
      items === undefined ? { level, errno, sqlstate, message } : { level, errno, sqlstate, message, items },
    );
  }

  /** Adds the error's condition unless this area already holds it. */
  addError(error: SqlError): void {
    if (this.recordedError === error) return;
    this.recordedError = error;
    // An error is always recorded, even when the area is full of warnings: MySQL reserves room for it.
    this.conditions.push({
      level: "Error",
      errno: error.errno,
      sqlstate: error.sqlstate,
      message: error.message,
      items: error.items,
    });
  }

  /** 1-based access, as GET DIAGNOSTICS CONDITION n counts. */
  condition(n: number): Condition | undefined {
    return this.conditions[n - 1];
  }

  copy(): DiagnosticsArea {
    const da = new DiagnosticsArea();
    for (const c of this.conditions) da.conditions.push(c);
    da.recordedError = this.recordedError;
    da.maxConditions = this.maxConditions;
    return da;
  }

  /** Replaces this area's conditions with `conditions`. */
  replace(conditions: readonly Condition[], recordedError: SqlError | null): void {
    this.conditions.length = 0;
    for (const c of conditions) this.conditions.push(c);
    this.recordedError = recordedError;
    this.copiedPrefix = 0;
  }

  /**
   * Appends what a routine's own area holds when the routine ends (its last statement's conditions, or the error that
   * ended it, which then counts as recorded here too).
   */
  append(from: DiagnosticsArea): void {
    for (const c of from.conditions) {
      if (this.conditions.length >= this.maxConditions && c.level !== "Error") continue;
      this.conditions.push(c);
    }
    if (from.recordedError !== null) this.recordedError = from.recordedError;
  }

  hasErrors(): boolean {
    for (const c of this.conditions) if (c.level === "Error") return true;
    return false;
  }
}
