// Contracts between the expression compiler, the stored-program runtime, the engine and the session.
//
// Expressions and statements are compiled once into closures. A compiled expression is an `Evaluator`: a function of
// the execution context. Names are resolved at compile time through a `Scope`, which returns a closure that reads a
// slot (local variable), a column of the current row, or NEW/OLD; nothing is looked up by name at run time except
// user variables, system variables and stored functions (which may be created after the caller was compiled).

import type { ColumnRef, DataType, Expr, SelectStmt } from "../ast.ts";
import type { EngineSession } from "../engine/types.ts";
import type { SqlError } from "../errors.ts";
import type { DiagnosticsArea } from "../runtime/diagnostics.ts";
import type { Value } from "./../values/value.ts";
import type { UserVariables } from "./user-vars.ts";

/** Static type of a compiled expression, in MySQL's terms (Item::result_type plus what rendering needs). */
export type StaticType =
  | {
      readonly kind: "int";
      readonly unsigned: boolean;
      /** A truth value (TRUE, a comparison, AND/OR/NOT, IS): JSON functions make it true/false (is_bool_func). */
      readonly boolean?: true;
    }
  | { readonly kind: "decimal"; readonly scale: number }
  /** `single`: MySQL's FLOAT type, whose values print with 6 significant digits (Double.single). */
  | { readonly kind: "double"; readonly single?: true }
  | { readonly kind: "string"; readonly collation: string; readonly binary: boolean }
  /** `timestamp`: a DATETIME read from a TIMESTAMP field, which MySQL names TIMESTAMP in 1525. */
  | { readonly kind: "temporal"; readonly type: "DATE" | "DATETIME" | "TIME"; readonly timestamp?: true }
  | { readonly kind: "json" }
  | { readonly kind: "null" }
  /** Not known until run time: user variables and stored functions without a declared type. */
  | { readonly kind: "any" };

export type Level = "Note" | "Warning" | "Error";

/** One entry of a diagnostics area, as SHOW WARNINGS and GET DIAGNOSTICS see it. */
export interface Condition {
  readonly level: Level;
  readonly errno: number;
  readonly sqlstate: string;
  readonly message: string;
  readonly items?: Readonly<Record<string, string>>;
}

/**
 * The session state that expressions need at run time. Implemented by the session (src/session); the runtime wraps
 * it for routine frames.
 */
export interface SessionState {
  /** The engine as this session sees it: catalog, open transaction. */
  readonly engine: EngineSession;
  /** Current database, or null after DROP of the current one. */
  database: string | null;
  readonly userVars: UserVariables;
  /** Reads a system variable; throws SqlError 1193 for an unknown one. */
  getSystemVar(name: string, scope: "SESSION" | "GLOBAL" | "DEFAULT"): Value;
  setSystemVar(name: string, scope: "SESSION" | "GLOBAL" | "DEFAULT", value: Value): void;
  /**
   * Marks the start of a statement that is not inside a stored function or trigger: NOW() is fixed from here until
   * the next mark (MySQL's reset_start_time_for_sp). Absent where time does not move.
   */
  beginStatement?(): void;
  /** Counts beginStatement calls: RAND(seed) seeds once per statement execution. */
  readonly statementSeq?: number;
  /** `SET name = DEFAULT`: a session value goes back to the global one, a global one to the compiled-in default. */
  resetSystemVar(name: string, scope: "SESSION" | "GLOBAL" | "DEFAULT"): void;
  /**
   * The diagnostics area in force: the session's own at top level; the runtime swaps in a handler's area while a
   * handler runs and a stored function's while it runs. `warn` must add to this one.
   */
  diagnostics: DiagnosticsArea;
  /** Whether a strict data-changing statement runs: `warn` then throws some codes as errors (session/strict-handler.ts). */
  strictHandler?: boolean;
  /** Adds a note or warning to the current statement's diagnostics area (respecting max_error_count). */
  warn(errno: number, sqlstate: string, message: string, level?: "Note" | "Warning"): void;
  /** The simulated clock, in microseconds since the Unix epoch (UTC). SLEEP advances it. */
  nowMicros(): number;
  sleep(seconds: number): void;
  lastInsertId: number | bigint;
  /** ROW_COUNT() of the previous statement. */
  rowCount: number;
  foundRows: number;
  readonly connectionId: number;
  readonly user: string;
  /** Deterministic sources of randomness (RAND() without a seed, UUID()). */
  random(): number;
  /**
   * Calls a stored function by name; throws SqlError 1305 when it does not exist. `field` names the result in a
   * 1264/1406 raised while storing the return value (the select item's name), else the function's name.
   */
  callFunction(
    schema: string | undefined,
    name: string,
    args: readonly Value[],
    ctx: ExecContext,
    field?: string,
  ): Value;
}

/** What a compiled expression or statement runs against. */
export interface ExecContext {
  readonly session: SessionState;
  /** The local variables and parameters of the running routine, by slot. Empty at top level. */
  readonly slots: Value[];
  /** The current rows of the tables in scope, by source index (assigned by the query compiler). */
  readonly rows: (readonly Value[] | null)[];
  /** NEW and OLD rows of the running trigger. */
  readonly newRow?: Value[];
  readonly oldRow?: readonly Value[];
  /** True when STRICT_TRANS_TABLES or STRICT_ALL_TABLES is in force for this statement (a routine's stored sql_mode). */
  readonly strict: boolean;
  /** sql_mode in force, upper-case, comma separated. */
  readonly sqlMode: string;
  /**
   * True while evaluating a value that INSERT, UPDATE or an assignment to a typed variable will store: strict mode
   * turns some warnings into errors there (division by zero with ERROR_FOR_DIVISION_BY_ZERO), but not in a SELECT.
   */
  readonly storing?: boolean;
}

export type Evaluator = (ctx: ExecContext) => Value;

export interface CompiledExpr {
  readonly eval: Evaluator;
  readonly type: StaticType;
  /** True when the expression has no column, variable or volatile function reference (it was folded). */
  readonly constant: boolean;
  /** How MySQL prints this expression in messages such as 1690 (`v@0` for a routine variable); optional. */
  readonly text?: string;
  /**
   * The unrounded value where it differs from `eval`'s (a DECIMAL quotient carries more digits than it shows), for
   * whatever stores or computes with it; absent means `eval`.
   */
  readonly raw?: Evaluator;
}

/**
 * Name resolution for the expression compiler. Scopes chain: a routine's locals first (a local variable beats a
 * column), then the columns of the query being compiled, then the outer query's for correlated subqueries.
 */
export interface Scope {
  /** Returns a compiled reference for the name, or undefined when this scope does not know it. */
  resolve(ref: ColumnRef): CompiledExpr | undefined;
  /** Compiles an aggregate call; only query scopes with GROUP BY or aggregates provide it. */
  aggregate?(expr: Expr): CompiledExpr | undefined;
  /** Compiles a subquery; provided by the engine's query compiler. */
  subquery?(query: SelectStmt, mode: "scalar" | "exists" | "in"): SubqueryRun;
}

/**
 * A compiled subquery: its rows for one execution. `columns` and `types` are there once the query is compiled, at
 * compile time inside a query, after the first run in a routine's SET, IF or RETURN (compiled on first use).
 */
export type SubqueryRun = ((ctx: ExecContext) => readonly (readonly Value[])[]) & {
  readonly columns?: readonly string[];
  readonly types?: readonly StaticType[];
};

/** Assignment to a typed target (column, local variable, parameter): converts with strict-mode rules. */
export type StoreConverter = (value: Value, type: DataType, ctx: ExecContext, name: string, row: number) => Value;

export type { SqlError };

/** A result set, with values still in runtime form; rendering to text happens at the edge (src/values/render.ts). */
export interface ResultSet {
  readonly columns: readonly string[];
  readonly rows: readonly (readonly Value[])[];
  readonly types?: readonly StaticType[];
}

/** What executing one statement produced. A CALL may produce several result sets. */
export interface StatementOutcome {
  readonly resultSets: readonly ResultSet[];
  /** Affected rows as ROW_COUNT() reports them; -1 for statements that return rows or do not count. */
  readonly affectedRows: number;
}

export type CompiledStatement = (ctx: ExecContext) => StatementOutcome;
