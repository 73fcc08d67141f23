// SELECT: compiled once into closures over the FROM loops (src/query/from.ts), run as
//   FROM/WHERE → GROUP BY + aggregates → SELECT list → HAVING → DISTINCT → ORDER BY → LIMIT,
// with UNION on top. Rows come out in the order the FROM loops produce them (the primary key of each table, as
// InnoDB scans) unless ORDER BY says otherwise; groups come out in the order they were first seen, as MySQL 8's
// temporary-table grouping does (MySQL 8 no longer sorts GROUP BY; MariaDB still does).
//
// Every query level gets its own `ctx.rows` slots from a counter shared by the whole statement, so a correlated
// subquery can read its outer query's current row while binding its own.

import type { AggregateCall, ColumnRef, Expr, NumberLiteral, OrderItem, SelectItem, SelectStmt } from "../ast.ts";
import type { CompiledExpr, ExecContext, ResultSet, Scope, StaticType, SubqueryRun } from "../compile/types.ts";
import { toInteger, truth } from "../values/coerce.ts";
import { pow10, rescale } from "../values/decimal.ts";
import { Decimal, type Value } from "../values/value.ts";
import { type CompiledAggregate, compileAggregate } from "./aggregate.ts";
import type { QueryEnv } from "./env.ts";
import {
  type Clause,
  cantGroupOn,
  invalidGroupFunction,
  limitInSubquery,
  noTablesUsed,
  subqueryTooManyRows,
  unionColumnCount,
  unknownColumn,
  unknownTable,
} from "./errors.ts";
import { type CompiledFrom, compileFrom, type FromContext } from "./from.ts";
import { distinctOrderViolation, fullGroupByViolation, withoutOuterParens } from "./fullgroup.ts";
import { planLookups } from "./lookup.ts";
import { type ClauseHooks, columnReader, type ParentScope, RowScope, RowSet } from "./scope.ts";
import { hasAggregate } from "./walk.ts";

export interface CompiledSelect {
  /** Column names as MySQL reports them: the alias, else the column name, else the expression as written. */
  readonly columns: readonly string[];
  readonly types: readonly StaticType[];
  /** All result rows, in order. */
  run(ctx: ExecContext): Value[][];
  /** At most `n` rows: what EXISTS (1) and a scalar subquery (2, to detect 1242) need. */
  first(ctx: ExecContext, n: number): Value[][];
  /** Runs as a statement: the result set, and FOUND_ROWS() for the next statement. */
  execute(ctx: ExecContext): ResultSet;
}

/** What every level of one statement shares. */
interface Shared {
  readonly env: QueryEnv;
  readonly locals: Scope | undefined;
  nextSource: number;
  /** Counts executions of the statement: uncorrelated subquery results are kept for one execution. */
  execution: number;
  /** False when nothing marks where one execution ends (subqueries compiled for other statements). */
  readonly cache: boolean;
}

interface Level {
  readonly columns: readonly string[];
  readonly types: readonly StaticType[];
  /** Rows in final order; `limit` rows at most when the level can stop early. */
  run(ctx: ExecContext, limit: number): Value[][];
}

const NO_SCOPE: Scope = { resolve: () => undefined };

function alloc(shared: Shared): number {
  return shared.nextSource++;
}

/** MySQL's name for a select item without alias: a column's own name, a string's value, else the text as written. */
function itemName(item: SelectItem, source: string): string {
  if (item.alias !== undefined) return item.alias;
  const e = item.expr;
  if (e.kind === "ColumnRef") return e.name;
  if (e.kind === "String") return e.value;
  const text = source.slice(e.start, e.end);
  // A literal names itself: `SELECT (1.5)` is column `1.5`, while `SELECT (2+3)` is `(2+3)`.
  if (e.kind === "Number" || e.kind === "Null" || e.kind === "Bool" || e.kind === "Hex" || e.kind === "Bit") {
    return withoutOuterParens(text);
  }
  return text;
}

function isPosition(e: Expr): e is NumberLiteral {
  return e.kind === "Number" && e.numberKind === "int";
}

function bareName(e: Expr): string | undefined {
  return e.kind === "ColumnRef" && e.qualifier.length === 0 ? e.name : undefined;
}

function compileLimit(stmt: SelectStmt, shared: Shared) {
  const limit = stmt.limit;
  if (limit === undefined) return undefined;
  // LIMIT takes literals, and inside routines local variables and parameters; nothing else is in scope there.
  const scope = shared.locals ?? NO_SCOPE;
  const count = shared.env.compileExpr(limit.count, scope);
  const offset = limit.offset === undefined ? undefined : shared.env.compileExpr(limit.offset, scope);
  const num = (e: CompiledExpr, ctx: ExecContext): number => {
    const v = toInteger(e.eval(ctx), ctx);
    return v === null ? 0 : Math.max(0, Number(v));
  };
  return (ctx: ExecContext) => ({ count: num(count, ctx), offset: offset === undefined ? 0 : num(offset, ctx) });
}

interface Sortable {
  readonly values: Value[];
  readonly keys: Value[];
}

function sorter(keys: readonly { type: StaticType; desc: boolean }[], env: QueryEnv) {
  return (a: Sortable, b: Sortable): number => {
    for (let i = 0; i < keys.length; i++) {
      const c = env.values.compare(a.keys[i], b.keys[i], keys[i].type);
      if (c !== 0) return keys[i].desc ? -c : c;
    }
    return 0;
  };
}

function distinctRows<T extends { values: Value[] }>(rows: T[], types: readonly StaticType[], env: QueryEnv): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = r.values.map((v, i) => (v === null ? "\u0002" : env.values.groupKey(v, types[i]))).join("\u0001");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Compiles one SELECT (no UNION) of a statement. `parent` is the enclosing query's scope for correlated names. */
/**
 * `full`: the rows are stored into a table (INSERT ... SELECT), so each item gives its full value (a quotient's
 * unrounded digits), as MySQL stores select items with Item::save_in_field. A DISTINCT or a UNION goes through a
 * temporary table in MySQL, which keeps only the shown digits, so they do not ask for it.
 */
function compileSimple(
  stmt: SelectStmt,
  parent: ParentScope | undefined,
  shared: Shared,
  withOrder: boolean,
  full = false,
): Level {
  const { env, locals } = shared;
  const subqueryHooks = (scope: () => RowScope): ClauseHooks => ({
    subquery: (query, mode) => subqueryRunner(query, scope(), shared, mode),
  });
  const fc: FromContext = {
    env,
    locals,
    parent,
    allocSource: () => alloc(shared),
    // A derived table cannot see the tables beside it, only the enclosing query's (MySQL 8.0.14+ outer references).
    derived: (query) => {
      const level = compileQuery(query, parent, shared);
      return { columns: level.columns, types: level.types, run: (ctx) => level.run(ctx, Number.POSITIVE_INFINITY) };
    },
    hooks: subqueryHooks,
  };
  // `FROM DUAL` is MySQL's spelling of no table at all.
  const dual =
    stmt.from.length === 1 &&
    stmt.from[0].kind === "TableName" &&
    stmt.from[0].name.schema === undefined &&
    stmt.from[0].alias === undefined &&
    stmt.from[0].name.name.toUpperCase() === "DUAL";
  const from: CompiledFrom =
    stmt.from.length === 0 || dual
      ? { loop: (_ctx, emit) => emit(), rows: new RowSet([], []), star: [], candidates: [] }
      : compileFrom(stmt.from, fc);
  const rows = from.rows;

  const scopeFor = (clause: Clause, extra: ClauseHooks = {}): RowScope => {
    let scope: RowScope;
    const hooks: ClauseHooks = {
      aggregate: () => {
        throw invalidGroupFunction();
      },
      ...subqueryHooks(() => scope),
      ...extra,
    };
    scope = new RowScope(rows, clause, locals, parent, hooks);
    return scope;
  };

  const orderBy = withOrder ? stmt.orderBy : [];
  const grouped =
    stmt.groupBy.length > 0 ||
    stmt.items.some((i) => hasAggregate(i.expr)) ||
    (stmt.having !== undefined && hasAggregate(stmt.having)) ||
    orderBy.some((o) => hasAggregate(o.expr));

  // Aggregates read their results from a row slot of their own, filled per group.
  const aggIndex = alloc(shared);
  const aggregates: CompiledAggregate[] = [];
  const aggregateHook = (clause: Clause) => (expr: Expr) => {
    const argScope = scopeFor(clause);
    const compiled = compileAggregate(expr as AggregateCall, argScope, env);
    aggregates.push(compiled);
    const reader = columnReader(aggIndex, aggregates.length - 1, compiled.type);
    const display = compiled.display;
    if (display === undefined) return reader;
    // The slot holds the unrounded result (AVG's quotient): arithmetic reads it, the value shows rounded.
    const read = reader.eval;
    return { ...reader, eval: (ctx: ExecContext) => display(read(ctx), ctx), raw: read };
  };
  const groupedHooks = (clause: Clause): ClauseHooks => (grouped ? { aggregate: aggregateHook(clause) } : {});

  const whereScope = scopeFor("where clause");
  const where = stmt.where === undefined ? undefined : env.compileExpr(stmt.where, whereScope);
  planLookups(stmt.where === undefined ? undefined : { expr: stmt.where, rows, scope: whereScope }, from, locals, env);

  // The select list, with `*` and `t.*` expanded.
  const fieldScope = scopeFor("field list", groupedHooks("field list"));
  const names: string[] = [];
  const exprs: CompiledExpr[] = [];
  const itemOf: (SelectItem | undefined)[] = [];
  for (const item of stmt.items) {
    const e = item.expr;
    if (e.kind === "Star") {
      if (stmt.from.length === 0 || dual) throw noTablesUsed();
      const q = e.qualifier;
      const cols =
        q === undefined || q.length === 0
          ? from.star
          : (() => {
              const table = q[q.length - 1];
              const src = rows.sources.find(
                (s) => s.alias === table && (q.length === 1 || s.database === q[q.length - 2]),
              );
              if (src === undefined) throw unknownTable(q.join("."));
              return from.star.filter((c) => c.source === src.index);
            })();
      for (const c of cols) {
        names.push(c.name);
        exprs.push(c.expr);
        itemOf.push(undefined);
      }
      continue;
    }
    const name = itemName(item, env.source);
    names.push(name);
    exprs.push(env.compileExpr(e, fieldScope, name));
    itemOf.push(item);
  }
  const types = exprs.map((e) => e.type);
  const readers = exprs.map((e) => (full && !stmt.distinct ? (e.raw ?? e.eval) : e.eval));

  // The computed select-list values of the current row or group sit in a slot of their own, so that HAVING and
  // ORDER BY can refer to aliases without computing them again.
  const outIndex = alloc(shared);
  const aliasHook = (ref: ColumnRef): CompiledExpr | undefined => {
    if (ref.qualifier.length > 0) return undefined;
    const lower = ref.name.toLowerCase();
    const i = itemOf.findIndex((it) => it?.alias !== undefined && it.alias.toLowerCase() === lower);
    return i < 0 ? undefined : columnReader(outIndex, i, types[i]);
  };

  // GROUP BY: a position, a column, or (when no column has the name) a select alias.
  const groupScope = scopeFor("group statement", {
    late: (ref) => {
      if (ref.qualifier.length > 0) return undefined;
      const lower = ref.name.toLowerCase();
      const item = stmt.items.find((it) => it.alias?.toLowerCase() === lower);
      if (item === undefined) return undefined;
      if (hasAggregate(item.expr)) throw cantGroupOn(item.alias!);
      return env.compileExpr(item.expr, groupScope);
    },
  });
  const groupKeys = stmt.groupBy.map((g) => {
    if (isPosition(g)) {
      const n = Number(g.text);
      const item = stmt.items[n - 1];
      if (item === undefined || item.expr.kind === "Star") throw unknownColumn(g.text, "group statement");
      if (hasAggregate(item.expr)) throw cantGroupOn(itemName(item, env.source));
      return env.compileExpr(item.expr, groupScope);
    }
    return env.compileExpr(g, groupScope);
  });

  const having =
    stmt.having === undefined
      ? undefined
      : env.compileExpr(stmt.having, scopeFor("having clause", { alias: aliasHook, ...groupedHooks("having clause") }));

  const orderScope = scopeFor("order clause", { alias: aliasHook, ...groupedHooks("order clause") });
  const orderKeys = orderBy.map((o: OrderItem) => {
    if (isPosition(o.expr)) {
      const n = Number(o.expr.text);
      if (n < 1 || n > exprs.length) throw unknownColumn(o.expr.text, "order clause");
      return { expr: columnReader(outIndex, n - 1, types[n - 1]), desc: o.desc };
    }
    const name = bareName(o.expr);
    const alias = name === undefined ? undefined : aliasHook(o.expr as ColumnRef);
    return { expr: alias ?? env.compileExpr(o.expr, orderScope), desc: o.desc };
  });
  const compare = sorter(
    orderKeys.map((k) => ({ type: k.expr.type, desc: k.desc })),
    env,
  );
  const limit = withOrder ? compileLimit(stmt, shared) : undefined;
  const ownSources = rows.sources.map((s) => s.index);
  const violation = grouped
    ? fullGroupByViolation(stmt.items, orderBy, stmt.groupBy, from, locals, env.source)
    : undefined;
  if (stmt.distinct) {
    const error = distinctOrderViolation(stmt.items, orderBy, from, locals, env.source);
    if (error !== undefined) throw error;
  }
  const distinct = stmt.distinct;

  const produce = (ctx: ExecContext, out: Sortable[]): void => {
    const values = readers.map((read) => read(ctx));
    ctx.rows[outIndex] = values;
    if (having !== undefined && truth(having.eval(ctx), ctx) !== true) return;
    out.push({ values, keys: orderKeys.map((k) => k.expr.eval(ctx)) });
  };
  const passes = (ctx: ExecContext): boolean => where === undefined || truth(where.eval(ctx), ctx) === true;

  const collectGroups = (ctx: ExecContext, out: Sortable[]): void => {
    interface Group {
      readonly snapshot: (readonly Value[] | null)[];
      readonly accs: ReturnType<CompiledAggregate["create"]>[];
    }
    const groups = new Map<string, Group>();
    from.loop(ctx, () => {
      if (!passes(ctx)) return true;
      let key = "";
      for (const k of groupKeys) {
        const v = k.eval(ctx);
        key += v === null ? "\u0002\u0001" : `${env.values.groupKey(v, k.type)}\u0001`;
      }
      let g = groups.get(key);
      if (g === undefined) {
        g = { snapshot: ownSources.map((i) => ctx.rows[i] ?? null), accs: aggregates.map((a) => a.create()) };
        groups.set(key, g);
      }
      for (const a of g.accs) a.add(ctx);
      return true;
    });
    // Without GROUP BY an aggregate query has one group even over no rows; its plain columns are NULL.
    if (groupKeys.length === 0 && groups.size === 0) {
      groups.set("", { snapshot: ownSources.map(() => null), accs: aggregates.map((a) => a.create()) });
    }
    for (const g of groups.values()) {
      ownSources.forEach((s, i) => {
        ctx.rows[s] = g.snapshot[i];
      });
      ctx.rows[aggIndex] = g.accs.map((a) => a.result(ctx));
      produce(ctx, out);
    }
  };

  return {
    columns: names,
    types,
    run(ctx, max) {
      if (violation !== undefined && ctx.sqlMode.includes("ONLY_FULL_GROUP_BY")) throw violation;
      const lim = limit?.(ctx);
      const end = Math.min(max, lim === undefined ? Number.POSITIVE_INFINITY : lim.offset + lim.count);
      const out: Sortable[] = [];
      if (grouped) collectGroups(ctx, out);
      else {
        // Without ORDER BY and DISTINCT the first rows are the answer, so the loops can stop early.
        const early = orderKeys.length === 0 && !distinct;
        from.loop(ctx, () => {
          if (passes(ctx)) produce(ctx, out);
          return !(early && out.length >= end);
        });
      }
      let result = distinct ? distinctRows(out, types, env) : out;
      if (orderKeys.length > 0) result = result.slice().sort(compare);
      const start = lim?.offset ?? 0;
      return result.slice(start, end).map((r) => r.values);
    },
  };
}

/** The ORDER BY and LIMIT that apply to a whole UNION: written after its last part. */
function unionTail(stmt: SelectStmt): SelectStmt {
  const parts = stmt.union ?? [];
  const last = parts[parts.length - 1]?.select;
  if (stmt.orderBy.length > 0 || stmt.limit !== undefined || last === undefined) return stmt;
  return last;
}

/** An exact number at `scale` digits (an integer or a shorter DECIMAL); anything else unchanged. */
function atScale(v: Value, scale: number): Value {
  if (scale === 0) return v;
  if (v instanceof Decimal) return v.scale < scale ? rescale(v, scale) : v;
  if (typeof v === "bigint") return new Decimal(v * pow10(scale), scale);
  if (typeof v === "number" && Number.isInteger(v)) return new Decimal(BigInt(v) * pow10(scale), scale);
  return v;
}

/** Compiles a SELECT with its UNION parts. */
function compileQuery(stmt: SelectStmt, parent: ParentScope | undefined, shared: Shared, full = false): Level {
  const parts = stmt.union ?? [];
  if (parts.length === 0) return compileSimple(stmt, parent, shared, true, full);
  const { env } = shared;
  const tail = unionTail(stmt);
  const levels = [
    compileSimple(stmt, parent, shared, false),
    ...parts.map((p) => compileSimple(p.select, parent, shared, p.select !== tail)),
  ];
  const width = levels[0].columns.length;
  if (levels.some((l) => l.columns.length !== width)) throw unionColumnCount();
  const types = levels[0].types.map((t, i) =>
    levels.slice(1).reduce((acc, l) => env.values.unionType(acc, l.types[i]), t),
  );
  const columns = levels[0].columns;
  // A DECIMAL column shows every part's value at the column's scale: 2.5 and 3 under 1.25 are 2.50 and 3.00.
  const scales = types.map((t) => (t.kind === "decimal" ? t.scale : 0));
  const rescaled = scales.some((sc) => sc > 0);
  // A DISTINCT union removes duplicates from everything to its left; ALL parts after the last DISTINCT are appended.
  let lastDistinct = -1;
  parts.forEach((p, i) => {
    if (!p.all) lastDistinct = i + 1;
  });

  // ORDER BY of a union names its result columns (or positions); they are read from a slot of their own.
  const outIndex = alloc(shared);
  const rows = new RowSet(
    [{ index: outIndex, alias: "", columns: columns.map((name, i) => ({ name, type: types[i] })) }],
    [],
  );
  const scope = new RowScope(rows, "order clause", shared.locals, parent, {
    aggregate: () => {
      throw invalidGroupFunction();
    },
  });
  const orderKeys = tail.orderBy.map((o) => {
    if (isPosition(o.expr)) {
      const n = Number(o.expr.text);
      if (n < 1 || n > width) throw unknownColumn(o.expr.text, "order clause");
      return { expr: columnReader(outIndex, n - 1, types[n - 1]), desc: o.desc };
    }
    return { expr: env.compileExpr(o.expr, scope), desc: o.desc };
  });
  const compare = sorter(
    orderKeys.map((k) => ({ type: k.expr.type, desc: k.desc })),
    env,
  );
  const limit = compileLimit(tail, shared);
  return {
    columns,
    types,
    run(ctx, max) {
      let all: { values: Value[] }[] = [];
      levels.forEach((level, i) => {
        for (const values of level.run(ctx, Number.POSITIVE_INFINITY)) {
          all.push({ values: rescaled ? values.map((v, c) => atScale(v, scales[c])) : values });
        }
        if (i === lastDistinct) all = distinctRows(all, types, env);
      });
      let sorted: Sortable[] = all.map((r) => {
        ctx.rows[outIndex] = r.values;
        return { values: r.values, keys: orderKeys.map((k) => k.expr.eval(ctx)) };
      });
      if (orderKeys.length > 0) sorted = sorted.sort(compare);
      const lim = limit?.(ctx);
      const start = lim?.offset ?? 0;
      const end = Math.min(max, lim === undefined ? Number.POSITIVE_INFINITY : start + lim.count);
      return sorted.slice(start, end).map((r) => r.values);
    },
  };
}

/**
 * Scalar, IN and EXISTS subqueries, compiled with the enclosing clause's scope as their parent. A subquery that
 * reads nothing of the queries around it is run once per execution of the statement and its rows reused, as MySQL
 * caches uncorrelated subqueries; a correlated one runs for every row that evaluates it.
 */
function subqueryRunner(
  query: SelectStmt,
  parent: ParentScope,
  shared: Shared,
  mode: "scalar" | "exists" | "in",
): SubqueryRun {
  if (mode === "in" && query.limit !== undefined) throw limitInSubquery();
  let correlated = false;
  const tracker: ParentScope = {
    find: (ref) => {
      const hit = parent.find(ref);
      if (hit !== undefined) correlated = true;
      return hit;
    },
  };
  // The column count is the expression compiler's to check: IN and ANY/ALL take rows of the operand's width.
  const level = compileQuery(query, tracker, shared);
  const max = mode === "exists" ? 1 : mode === "scalar" ? 2 : Number.POSITIVE_INFINITY;
  const check = (rows: Value[][]): Value[][] => {
    if (mode === "scalar" && rows.length > 1) throw subqueryTooManyRows();
    return rows;
  };
  let run = (ctx: ExecContext): Value[][] => check(level.run(ctx, max));
  if (!correlated && shared.cache) {
    let cachedFor = -1;
    let cached: Value[][] = [];
    const uncached = run;
    run = (ctx) => {
      if (cachedFor !== shared.execution) {
        cached = uncached(ctx);
        cachedFor = shared.execution;
      }
      return cached;
    };
  }
  return Object.assign(run, { columns: level.columns, types: level.types });
}

/**
 * Compiles a SELECT statement. `outer` resolves the names that beat columns: a routine's local variables and
 * parameters, a trigger's NEW and OLD (pass undefined at top level).
 */
export function compileSelect(
  stmt: SelectStmt,
  outer: Scope | undefined,
  env: QueryEnv,
  storing = false,
): CompiledSelect {
  const shared: Shared = { env, locals: outer, nextSource: 0, execution: 0, cache: true };
  const compiled = compileQuery(stmt, undefined, shared, storing);
  const level: Level = {
    ...compiled,
    run: (ctx, max) => {
      shared.execution++;
      return compiled.run(ctx, max);
    },
  };
  const columns = level.columns;
  const types = level.types;
  return {
    columns,
    types,
    run: (ctx) => level.run(ctx, Number.POSITIVE_INFINITY),
    first: (ctx, n) => level.run(ctx, n),
    execute(ctx) {
      const rows = level.run(ctx, Number.POSITIVE_INFINITY);
      ctx.session.foundRows = rows.length;
      return { columns, rows, types };
    },
  };
}

/**
 * Adds subquery support to a scope of another statement (SET, IF, RETURN, UPDATE/DELETE WHERE...). For a RowScope
 * the subqueries see its tables as their outer query and its locals first; any other scope is taken as locals.
 * Their tables use `ctx.rows` from `firstSource` on, so that they do not overwrite the statement's own rows.
 */
export function withSubqueries(scope: Scope, env: QueryEnv, firstSource = 0): Scope {
  const rowScope = scope instanceof RowScope ? scope : undefined;
  const locals = rowScope === undefined ? scope : rowScope.locals;
  const shared: Shared = { env, locals, nextSource: firstSource, execution: 0, cache: false };
  const wrapped: Scope = {
    resolve: (ref) => scope.resolve(ref),
    subquery: (query, mode) => subqueryRunner(query, rowScope ?? { find: () => undefined }, shared, mode),
  };
  return scope.aggregate === undefined ? wrapped : { ...wrapped, aggregate: (e) => scope.aggregate?.(e) };
}
