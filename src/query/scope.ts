// Name resolution for the rows of a FROM clause.
//
// Order of lookup, as MySQL does it inside stored programs: the routine's local variables and parameters first (a
// local beats a column of the same name), then the columns of this query's tables, then the columns of the enclosing
// queries (correlated subqueries). Column names are case-insensitive; table names and aliases are case-sensitive
// (lower_case_table_names=0, the Linux default).
//
// A resolved column compiles to a closure that reads `ctx.rows[source][column]`; a null row stands for the NULL
// row of an outer join, so every column of it reads as NULL.

import type { ColumnRef, Expr, SelectStmt } from "../ast.ts";
import type { CompiledExpr, ExecContext, Scope, StaticType, SubqueryRun } from "../compile/types.ts";
import { sessionTimestamp } from "../values/timezone.ts";
import type { Value } from "../values/value.ts";
import type { QueryColumn } from "./env.ts";
import { ambiguousColumn, type Clause, unknownColumn } from "./errors.ts";

/** One table (base or derived) in a FROM clause. */
export interface Source {
  /** Index into `ctx.rows`, unique within the statement (subqueries share the statement's context). */
  readonly index: number;
  /** The name it is referred to by: its alias, or the table name. */
  readonly alias: string;
  /** The database of a base table referred to by its own name (for `db.t.c`); undefined for aliases and derived tables. */
  readonly database?: string;
  /** The database of a base table however it is referred to, for messages that name `db.alias.column`. */
  readonly schema?: string;
  readonly columns: readonly QueryColumn[];
}

/** A column merged by JOIN ... USING: unqualified references read the first non-NULL of its parts. */
export interface CoalescedColumn {
  readonly name: string;
  readonly type: StaticType;
  /** [source index, column index], in the order to try. */
  readonly parts: readonly (readonly [number, number])[];
  /** The readers of the parts, in the same order. */
  readonly readers: readonly CompiledExpr[];
}

/**
 * Reads column `column` of the row in `ctx.rows[source]`. A `timestamp` column (a base table's TIMESTAMP) holds UTC,
 * which the reader shows in the session time zone: every read of a stored TIMESTAMP goes through here or through
 * the NEW/OLD and variable readers of src/runtime/scope.ts.
 */
export function columnReader(
  source: number,
  column: number,
  type: StaticType,
  text?: string,
  timestamp = false,
): CompiledExpr {
  if (timestamp) {
    return {
      eval: (ctx: ExecContext): Value => {
        const row = ctx.rows[source];
        return row == null ? null : sessionTimestamp(row[column], ctx);
      },
      type,
      constant: false,
      text,
    };
  }
  return {
    eval: (ctx: ExecContext): Value => {
      const row = ctx.rows[source];
      return row == null ? null : row[column];
    },
    type,
    constant: false,
    text,
  };
}

const quoted = (name: string): string => `\`${name.replaceAll("`", "``")}\``;

/** How MySQL prints a column of a source in messages such as 1690: `db`.`alias`.`column`. */
function columnText(s: Source, i: number): string {
  const column = quoted(s.columns[i]?.name ?? "");
  return s.schema === undefined ? `${quoted(s.alias)}.${column}` : `${quoted(s.schema)}.${quoted(s.alias)}.${column}`;
}

/** An unqualified JOIN ... USING column: the first non-NULL of its parts. */
export function coalescedReader(col: CoalescedColumn): CompiledExpr {
  const readers = col.readers;
  return {
    eval: (ctx: ExecContext): Value => {
      for (const r of readers) {
        const v = r.eval(ctx);
        if (v !== null) return v;
      }
      return null;
    },
    type: col.type,
    constant: false,
  };
}

const sameColumn = (a: string, b: string): boolean => a.length === b.length && a.toLowerCase() === b.toLowerCase();

/** The sources and USING columns one query level can see; shared by the scopes of its clauses. */
export class RowSet {
  constructor(
    readonly sources: readonly Source[],
    readonly coalesced: readonly CoalescedColumn[],
  ) {}

  /** Sources whose unqualified column `name` is hidden because USING merged it. */
  private hiddenBy(name: string): Set<number> {
    const hidden = new Set<number>();
    for (const c of this.coalesced) if (sameColumn(c.name, name)) for (const [s] of c.parts) hidden.add(s);
    return hidden;
  }

  /**
   * Resolves a reference against this level only: undefined when no table here has it.
   * Throws 1052 when two tables have it.
   */
  lookup(ref: ColumnRef, clause: Clause): CompiledExpr | undefined {
    const q = ref.qualifier;
    if (q.length === 0) {
      const merged = this.coalesced.find((c) => sameColumn(c.name, ref.name));
      if (merged !== undefined) return coalescedReader(merged);
      const hidden = this.hiddenBy(ref.name);
      let found: CompiledExpr | undefined;
      for (const s of this.sources) {
        if (hidden.has(s.index)) continue;
        const i = s.columns.findIndex((c) => sameColumn(c.name, ref.name));
        if (i < 0) continue;
        if (found !== undefined) throw ambiguousColumn(ref.name, clause);
        found = columnReader(s.index, i, s.columns[i].type, columnText(s, i), s.columns[i].timestamp);
      }
      return found;
    }
    if (q.length > 2) return undefined;
    const [db, table] = q.length === 2 ? [q[0], q[1]] : [undefined, q[0]];
    for (const s of this.sources) {
      if (s.alias !== table) continue;
      if (db !== undefined && s.database !== db) continue;
      const i = s.columns.findIndex((c) => sameColumn(c.name, ref.name));
      return i < 0 ? undefined : columnReader(s.index, i, s.columns[i].type, columnText(s, i), s.columns[i].timestamp);
    }
    return undefined;
  }
}

/** Hooks a clause's scope offers to the expression compiler besides names. */
export interface ClauseHooks {
  aggregate?(expr: Expr): CompiledExpr | undefined;
  subquery?(query: SelectStmt, mode: "scalar" | "exists" | "in"): SubqueryRun;
  /** Consulted after locals and before the tables: SELECT aliases in HAVING and ORDER BY. */
  alias?(ref: ColumnRef): CompiledExpr | undefined;
  /** Consulted after the tables: SELECT aliases in GROUP BY. */
  late?(ref: ColumnRef): CompiledExpr | undefined;
}

/** What a nested query asks of the query around it: its names, without locals, without throwing. */
export interface ParentScope {
  find(ref: ColumnRef): CompiledExpr | undefined;
}

/** The Scope of one clause of one query level. */
export class RowScope implements Scope, ParentScope {
  readonly aggregate?: Scope["aggregate"];
  readonly subquery?: Scope["subquery"];

  constructor(
    readonly rows: RowSet,
    readonly clause: Clause,
    /** The routine's locals (and NEW/OLD); undefined at top level. */
    readonly locals: Scope | undefined,
    /** The scope of the enclosing query, for correlated references. */
    readonly parent: ParentScope | undefined,
    private readonly hooks: ClauseHooks = {},
  ) {
    if (hooks.aggregate) this.aggregate = hooks.aggregate;
    if (hooks.subquery) this.subquery = hooks.subquery;
  }

  /** Resolution without locals and without throwing for unknown names: what a nested query asks its parent. */
  find(ref: ColumnRef): CompiledExpr | undefined {
    return (
      this.hooks.alias?.(ref) ?? this.rows.lookup(ref, this.clause) ?? this.hooks.late?.(ref) ?? this.parent?.find(ref)
    );
  }

  resolve(ref: ColumnRef): CompiledExpr | undefined {
    const local = this.locals?.resolve(ref);
    if (local !== undefined) return local;
    const found = this.find(ref);
    if (found !== undefined) return found;
    throw unknownColumn([...ref.qualifier, ref.name].join("."), this.clause);
  }
}
