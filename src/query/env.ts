// What the query compiler needs from the rest of spbed, kept narrow so that the engine, the expression compiler and
// the value layer can be plugged in (and faked in tests) without the query code knowing their internals.

import type { Expr } from "../ast.ts";
import type { CompiledExpr, ExecContext, Scope, StaticType } from "../compile/types.ts";
import type { Value } from "../values/value.ts";

/** One column of a table or derived table, as name resolution and `SELECT *` see it. */
export interface QueryColumn {
  readonly name: string;
  readonly type: StaticType;
  /** A TIMESTAMP column of a base table: it holds UTC and is read in the session time zone. */
  readonly timestamp?: boolean;
}

/** A base table, found at compile time; its rows are read at run time through the session's engine. */
export interface QueryTable {
  readonly database: string;
  readonly name: string;
  readonly columns: readonly QueryColumn[];
  /** Column indexes of the primary key, in key order; empty when the table has none. */
  readonly primaryKey: readonly number[];
  /** Every row visible to the session, in primary-key order (InnoDB's clustered order). */
  scan(ctx: ExecContext): Iterable<readonly Value[]>;
  /**
   * The row whose primary key equals `key` (values already of the key columns' kinds), or undefined. Returns null
   * when the key cannot be looked up exactly (for example a string for an integer column); the caller then scans.
   */
  lookup(ctx: ExecContext, key: readonly Value[]): readonly Value[] | undefined | null;
}

/** Finds tables at compile time. Throws SqlError 1146 (or 1046 without a database) when there is none. */
export interface QueryCatalog {
  table(database: string | undefined, name: string): QueryTable;
}

/** Value semantics the query needs beyond expressions: ordering and equality of values under their static type. */
export interface QueryValues {
  /** -1, 0 or 1; NULL sorts before everything; strings compare under the type's collation. */
  compare(a: Value, b: Value, type: StaticType): number;
  /**
   * A string that is equal for two values exactly when GROUP BY / DISTINCT / UNION put them in one group
   * (so 'a' and 'A' share a key under a case-insensitive collation).
   */
  groupKey(value: Value, type: StaticType): string;
  /** The static type of a UNION column from the types of its parts. */
  unionType(a: StaticType, b: StaticType): StaticType;
}

/** `resultName`: the select item's name, for a stored function called as the whole item. */
export type ExprCompiler = (expr: Expr, scope: Scope, resultName?: string) => CompiledExpr;

export interface QueryEnv {
  /** The source text the statement's offsets point into: column names are taken from it. */
  readonly source: string;
  readonly catalog: QueryCatalog;
  readonly compileExpr: ExprCompiler;
  readonly values: QueryValues;
}
