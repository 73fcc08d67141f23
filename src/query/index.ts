// The query compiler's entry points, wired to spbed's own expression compiler, values and engine catalog.

import type { SelectStmt } from "../ast.ts";
import { type CompileOptions, compileExpr } from "../compile/expr.ts";
import type { ExecContext, ResultSet, Scope } from "../compile/types.ts";
import type { Catalog } from "../engine/catalog.ts";
import { engineCatalog } from "./catalog.ts";
import type { QueryEnv } from "./env.ts";
import { type CompiledSelect, compileSelect } from "./select.ts";
import { queryValues } from "./values.ts";

export type { CompiledSelect } from "./select.ts";
export { compileSelect, withSubqueries } from "./select.ts";

export interface SelectOptions {
  /** The text the statement's offsets point into (the script file): column names are cut from it. */
  readonly source: string;
  readonly catalog: Catalog;
  /** The current database, for unqualified table names. */
  readonly database: string | null;
  /** collation_connection and div_precision_increment in force at compile time. */
  readonly compile?: CompileOptions;
  /** The rows go into a table (INSERT ... SELECT): items give their full values (see compileSimple). */
  readonly storing?: boolean;
}

export function queryEnv(options: SelectOptions): QueryEnv {
  const compileOptions = options.compile ?? {};
  return {
    source: options.source,
    catalog: engineCatalog(options.catalog, options.database),
    compileExpr: (expr, scope, resultName) =>
      compileExpr(expr, scope, { ...compileOptions, source: options.source, resultName }),
    values: queryValues,
  };
}

/** Compiles a SELECT against the engine's catalog; `outer` resolves a routine's locals (undefined at top level). */
export function compileEngineSelect(
  stmt: SelectStmt,
  outer: Scope | undefined,
  options: SelectOptions,
): CompiledSelect {
  return compileSelect(stmt, outer, queryEnv(options), options.storing);
}

/**
 * The shape the engine's EngineEnv.compileSelect wants (INSERT ... SELECT): compiled now, run later. Column names
 * are not needed there, so no source text is required.
 */
export function selectRunner(
  stmt: SelectStmt,
  outer: Scope | undefined,
  options: Omit<SelectOptions, "source"> & { source?: string },
): (ctx: ExecContext) => ResultSet {
  const q = compileEngineSelect(stmt, outer, { ...options, source: options.source ?? "" });
  return (ctx) => ({ columns: q.columns, rows: q.run(ctx), types: q.types });
}
