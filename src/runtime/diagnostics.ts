// The diagnostics area (DA): the conditions the current statement raised, as SHOW WARNINGS and GET DIAGNOSTICS see
// them.
//
// MySQL keeps one DA per statement context. Every statement except GET DIAGNOSTICS (and RESIGNAL) clears it when it
// starts, so clearing must be cheap: it is a length reset, done only when the area is not already empty. Entering a
// handler pushes a copy (see handlers.ts); the session swaps `SessionState.diagnostics` to the area in force.

import type { Statement } from "../ast.ts";
import type { Condition, Level } from "../compile/types.ts";
import type { SqlError } from "../errors.ts";

/** Default of max_error_count in MySQL 8.0. */
const DEFAULT_MAX_CONDITIONS = 1024;

/**
 * MySQL's diagnostics statements, which read the area instead of clearing it: GET DIAGNOSTICS, SHOW WARNINGS/ERRORS
 * and SHOW COUNT(*) WARNINGS/ERRORS (mysql-test wl5928: SHOW COUNT(*) ERRORS keeps the error for the GET DIAGNOSTICS
 * after it, where SELECT @@error_count clears it).
 */
export function isDiagnosticStatement(stmt: Statement): boolean {
  if (stmt.kind === "GetDiagnostics") return true;
  if (stmt.kind !== "Show") return false;
  const w = stmt.what;
  return w === "WARNINGS" || w === "ERRORS" || w === "COUNT WARNINGS" || w === "COUNT ERRORS";
}

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
  /** Conditions raised but not kept because the area was full (max_error_count): @@warning_count still counts them. */
  private unstored = 0;
  /**
   * @@warning_count and @@error_count as they were when the area was last cleared. MySQL saves the counts before a
   * statement that reads them clears the area (DA_KEEP_COUNTS), and the variables read the saved counts; every
   * statement reading them clears first, so saving at every clear gives the same answers. (So a statement must clear
   * the area once: the session clears a top-level statement, the statement's step only inside routines.)
   */
  savedWarningCount = 0;
  savedErrorCount = 0;

  get number(): number {
    return this.conditions.length;
  }

  /** What @@warning_count would say about this area now: every condition raised, kept or not. */
  warningCount(): number {
    return this.conditions.length + this.unstored;
  }

  errorCount(): number {
    let errors = 0;
    for (const c of this.conditions) if (c.level === "Error") errors++;
    return errors;
  }

  /**
   * The clear of an instruction that only evaluates an expression (SET of a local or NEW column, DECLARE, RETURN, an
   * IF/WHILE/CASE condition). MySQL clears before switching to the instruction's own statement context
   * (sp_lex_instr::execute calls clear_da first), so the counts are not saved: @@warning_count read there gives what
   * the last SQL statement of the routine that read it saved (0 in a routine that has none).
   */
  clearKeepingCounts(): void {
    if (this.conditions.length !== 0) this.conditions.length = 0;
    this.unstored = 0;
    this.recordedError = null;
    this.copiedPrefix = 0;
  }

  clear(): void {
    if (this.conditions.length !== 0 || this.unstored !== 0) {
      this.savedWarningCount = this.warningCount();
      this.savedErrorCount = this.errorCount();
      this.conditions.length = 0;
      this.unstored = 0;
    } else {
      this.savedWarningCount = 0;
      this.savedErrorCount = 0;
    }
    this.recordedError = null;
    this.copiedPrefix = 0;
  }

  add(level: Level, errno: number, sqlstate: string, message: string, items?: Readonly<Record<string, string>>): void {
    if (this.conditions.length >= this.maxConditions) {
      this.unstored++;
      return;
    }
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
    this.unstored = 0;
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
      if (this.conditions.length >= this.maxConditions && c.level !== "Error") this.unstored++;
      else this.conditions.push(c);
    }
    if (from.recordedError !== null) this.recordedError = from.recordedError;
  }

  hasErrors(): boolean {
    for (const c of this.conditions) if (c.level === "Error") return true;
    return false;
  }
}
