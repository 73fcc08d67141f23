// Budgets that keep the host safe from runaway stored programs.
//
// Every statement executed inside a top-level statement (including those of procedures, functions and triggers it
// runs) costs one step. The budget is checked with one comparison per statement; the wall clock is read only every
// CHECK_EVERY steps. Exceeding either budget ends the top-level statement with MySQL's max_execution_time error
// (3024, HY000), which no stored-program handler can catch, as a killed query cannot be handled in MySQL.
//
// Deep recursion (procedures under a large max_sp_recursion_depth, or functions calling functions) is bounded by
// `maxDepth`; a JavaScript stack overflow that still happens is turned into MySQL's thread stack overrun (1436).

import { SqlError } from "../errors.ts";

const CHECK_EVERY = 4096;

/** An interruption: not catchable by handlers (handlers.ts checks for this class). */
export class InterruptError extends SqlError {}

export interface RuntimeLimits {
  /** Statements per top-level statement. */
  maxStatements: number;
  /** Wall-clock milliseconds per top-level statement. */
  maxMillis: number;
  /** Nested routine calls (procedures, functions, triggers) per top-level statement. */
  maxDepth: number;
}

export const DEFAULT_LIMITS: RuntimeLimits = { maxStatements: 200_000_000, maxMillis: 60_000, maxDepth: 900 };

export function interrupted(): InterruptError {
  return new InterruptError(
    3024,
    "HY000",
    "Query execution was interrupted, maximum statement execution time exceeded",
  );
}

export function stackOverrun(): InterruptError {
  return new InterruptError(
    1436,
    "HY000",
    "Thread stack overrun: the stored program nesting is too deep for spbed's stack; lower the recursion depth",
  );
}

/** Per-session counters of the running top-level statement. */
export class Budget {
  limits: RuntimeLimits = { ...DEFAULT_LIMITS };
  steps = 0;
  /** Step count at which `check` runs next. */
  next = CHECK_EVERY;
  deadline = 0;
  /** Routine call depth. */
  depth = 0;
  /** Active invocations per routine (recursion limits, 1456 and 1424); keyed by the routine's AST. */
  readonly running = new Map<object, number>();
  /** Nesting of top-level statement runs (a trigger fired by the session itself is not a new top level). */
  active = 0;

  start(): void {
    this.steps = 0;
    this.next = Math.min(CHECK_EVERY, this.limits.maxStatements);
    this.deadline = Date.now() + this.limits.maxMillis;
    this.depth = 0;
  }

  /** Called when `steps` reaches `next`. */
  check(): void {
    if (this.steps >= this.limits.maxStatements || Date.now() > this.deadline) throw interrupted();
    this.next = Math.min(this.steps + CHECK_EVERY, this.limits.maxStatements);
  }
}
