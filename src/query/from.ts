// The FROM clause: tables, derived tables and joins, compiled to nested loops.
//
// A `RowLoop` binds the rows of its sources into `ctx.rows` one combination at a time and calls `emit` for each;
// `emit` returns false to stop early (EXISTS, LIMIT without ORDER BY). Outer joins bind `null` for the missing side,
// which every column reader turns into NULL. RIGHT JOIN is run as a LEFT JOIN with the loops swapped, keeping the
// column order of `SELECT *` as written.

import type { ColumnRef, Expr, Join, SelectStmt, TableRef } from "../ast.ts";
import type { CompiledExpr, ExecContext, Scope } from "../compile/types.ts";
import { truth } from "../values/coerce.ts";
import type { Value } from "../values/value.ts";
import type { QueryEnv, QueryTable } from "./env.ts";
import { duplicateColumn, nonUniqueTable, unknownColumn } from "./errors.ts";
import {
  type ClauseHooks,
  type CoalescedColumn,
  coalescedReader,
  columnReader,
  type ParentScope,
  RowScope,
  RowSet,
  type Source,
} from "./scope.ts";

export type RowLoop = (ctx: ExecContext, emit: () => boolean) => boolean;

/** A column as `SELECT *` lists it. */
export interface StarColumn {
  readonly name: string;
  readonly expr: CompiledExpr;
  /** The source it belongs to, for `t.*`; undefined for a USING column (listed by `*` only). */
  readonly source?: number;
}

/** A base table whose loop may use a primary-key lookup; the planner fills `keys` once WHERE is compiled. */
export interface LookupCandidate {
  readonly source: Source;
  readonly table: QueryTable;
  /** Sources whose loops enclose this one: key expressions may read them. */
  readonly bound: ReadonlySet<number>;
  /** ON conditions that filter this table's rows (inner joins, and the inner side of outer joins). */
  readonly onTerms: LookupTerm[];
  keys?: CompiledExpr[];
}

/** A condition that may supply key values, with the names it sees and the scope to compile them in. */
export interface LookupTerm {
  readonly expr: Expr;
  readonly rows: RowSet;
  readonly scope: RowScope;
}

export interface CompiledFrom {
  readonly loop: RowLoop;
  readonly rows: RowSet;
  readonly star: readonly StarColumn[];
  readonly candidates: readonly LookupCandidate[];
}

/** A compiled query used as a derived table. */
export interface DerivedQuery {
  readonly columns: readonly string[];
  readonly types: readonly import("../compile/types.ts").StaticType[];
  run(ctx: ExecContext): Value[][];
}

export interface FromContext {
  readonly env: QueryEnv;
  readonly locals: Scope | undefined;
  readonly parent: ParentScope | undefined;
  allocSource(): number;
  /** Compiles the query of a derived table (it cannot see this level's tables). */
  derived(query: SelectStmt): DerivedQuery;
  /** Hooks (subqueries) for the scope of an ON clause. */
  hooks(scope: () => RowScope): ClauseHooks;
}

interface Part {
  /** Primary-key lookup candidates among this part's base tables. */
  readonly candidates: readonly LookupCandidate[];
  readonly loop: RowLoop;
  readonly sources: readonly Source[];
  readonly coalesced: readonly CoalescedColumn[];
  readonly star: readonly StarColumn[];
}

const emptyLoop: RowLoop = (_ctx, emit) => emit();

function tableLoop(table: QueryTable, index: number, candidate: LookupCandidate): RowLoop {
  return (ctx, emit) => {
    const keys = candidate.keys;
    if (keys !== undefined) {
      const key = keys.map((k) => k.eval(ctx));
      // `pk = NULL` is never true, so there is nothing to read.
      if (key.includes(null)) return true;
      const row = table.lookup(ctx, key);
      if (row !== null) {
        if (row === undefined) return true;
        ctx.rows[index] = row;
        return emit();
      }
    }
    for (const row of table.scan(ctx)) {
      ctx.rows[index] = row;
      if (!emit()) return false;
    }
    return true;
  };
}

function starOf(sources: readonly Source[]): StarColumn[] {
  return sources.flatMap((s) =>
    s.columns.map((c, i) => ({
      name: c.name,
      expr: columnReader(s.index, i, c.type, undefined, c.timestamp),
      source: s.index,
    })),
  );
}

class FromCompiler {
  readonly candidates: LookupCandidate[] = [];

  constructor(private readonly fc: FromContext) {}

  compile(ref: TableRef, bound: ReadonlySet<number>): Part {
    if (ref.kind === "TableName") {
      const table = this.fc.env.catalog.table(ref.name.schema, ref.name.name);
      const source: Source = {
        index: this.fc.allocSource(),
        alias: ref.alias ?? ref.name.name,
        database: ref.alias === undefined ? table.database : undefined,
        schema: table.database,
        columns: table.columns,
      };
      const candidate: LookupCandidate = { source, table, bound, onTerms: [] };
      const candidates = table.primaryKey.length > 0 ? [candidate] : [];
      this.candidates.push(...candidates);
      return {
        candidates,
        loop: tableLoop(table, source.index, candidate),
        sources: [source],
        coalesced: [],
        star: starOf([source]),
      };
    }
    if (ref.kind === "DerivedTable") {
      const query = this.fc.derived(ref.query);
      const seen = new Set<string>();
      for (const name of query.columns) {
        const key = name.toLowerCase();
        if (seen.has(key)) throw duplicateColumn(name);
        seen.add(key);
      }
      const source: Source = {
        index: this.fc.allocSource(),
        alias: ref.alias,
        columns: query.columns.map((name, i) => ({ name, type: query.types[i] })),
      };
      const index = source.index;
      const loop: RowLoop = (ctx, emit) => {
        for (const row of query.run(ctx)) {
          ctx.rows[index] = row;
          if (!emit()) return false;
        }
        return true;
      };
      return { candidates: [], loop, sources: [source], coalesced: [], star: starOf([source]) };
    }
    return this.join(ref, bound);
  }

  private join(ref: Join, bound: ReadonlySet<number>): Part {
    const right = ref.type === "RIGHT";
    // The outer loop of the pair is compiled first so that the inner one knows which sources are bound around it.
    const [outerRef, innerRef] = right ? [ref.right, ref.left] : [ref.left, ref.right];
    const outer = this.compile(outerRef, bound);
    const inner = this.compile(innerRef, new Set([...bound, ...outer.sources.map((s) => s.index)]));
    const [left, rightPart] = right ? [inner, outer] : [outer, inner];
    const sources = [...left.sources, ...rightPart.sources];
    let coalesced = [...left.coalesced, ...rightPart.coalesced];
    let star = [...left.star, ...rightPart.star];
    const conditions: CompiledExpr[] = [];
    const onRows = (): RowSet => new RowSet(sources, coalesced);
    if (ref.using !== undefined) {
      const merged = this.using(ref, left, rightPart, right);
      coalesced = [...coalesced, ...merged.columns];
      star = merged.star;
      conditions.push(...merged.conditions);
    }
    if (ref.on !== undefined) {
      const rows = onRows();
      let scope: RowScope;
      const hooks = this.fc.hooks(() => scope);
      scope = new RowScope(rows, "on clause", this.fc.locals, this.fc.parent, hooks);
      conditions.push(this.fc.env.compileExpr(ref.on, scope));
      // ON filters the inner side of an outer join, and both sides of an inner join: those tables may take their
      // primary key from it.
      const filtered =
        ref.type === "LEFT" || ref.type === "RIGHT" ? inner.candidates : [...outer.candidates, ...inner.candidates];
      for (const c of filtered) c.onTerms.push({ expr: ref.on, rows, scope });
    }
    const loop =
      ref.type === "LEFT" || ref.type === "RIGHT"
        ? outerJoinLoop(outer.loop, inner.loop, inner.sources, conditions)
        : innerJoinLoop(outer.loop, inner.loop, conditions);
    return { candidates: [...outer.candidates, ...inner.candidates], loop, sources, coalesced, star };
  }

  /** JOIN ... USING (c, ...): the merged columns, the equality conditions, and `*` with merged columns first. */
  private using(ref: Join, left: Part, right: Part, rightJoin: boolean) {
    const visible = (part: Part, name: string) => {
      const lower = name.toLowerCase();
      return part.star.find((c) => c.name.toLowerCase() === lower && !isHidden(part, c, lower));
    };
    const columns: CoalescedColumn[] = [];
    const conditions: CompiledExpr[] = [];
    const mergedNames = new Set<string>();
    for (const name of ref.using ?? []) {
      const l = visible(left, name);
      const r = visible(right, name);
      if (l === undefined || r === undefined) throw unknownColumn(name, "from clause");
      mergedNames.add(name.toLowerCase());
      const lp = partOf(left, l);
      const rp = partOf(right, r);
      columns.push({
        name: (rightJoin ? r : l).name,
        type: (rightJoin ? r : l).expr.type,
        parts: rightJoin ? [rp, lp] : [lp, rp],
        readers: rightJoin ? [r.expr, l.expr] : [l.expr, r.expr],
      });
      conditions.push(this.equality(ref, l.expr, r.expr));
    }
    // MySQL lists the merged columns in the order of the first table (the right one for RIGHT JOIN), then the rest.
    const first = rightJoin ? right : left;
    const second = rightJoin ? left : right;
    const firstMerged = first.star.filter((c) => mergedNames.has(c.name.toLowerCase()) && c.source !== undefined);
    const mergedStar: StarColumn[] = firstMerged.map((c) => {
      const col = columns.find((m) => m.name.toLowerCase() === c.name.toLowerCase())!;
      return { name: col.name, expr: coalescedReader(col) };
    });
    const rest = (part: Part) => part.star.filter((c) => !mergedNames.has(c.name.toLowerCase()));
    return { columns, conditions, star: [...mergedStar, ...rest(first), ...rest(second)] };
  }

  /** `l = r` with the expression compiler's comparison rules, through a scope that knows only the two columns. */
  private equality(ref: Join, l: CompiledExpr, r: CompiledExpr): CompiledExpr {
    const at = { start: ref.start, end: ref.end };
    const colRef = (name: string): ColumnRef => ({ kind: "ColumnRef", qualifier: [], name, ...at });
    const expr: Expr = { kind: "Binary", op: "=", left: colRef("\u0000l"), right: colRef("\u0000r"), ...at };
    const scope: Scope = { resolve: (c) => (c.name === "\u0000l" ? l : c.name === "\u0000r" ? r : undefined) };
    return this.fc.env.compileExpr(expr, scope);
  }
}

function isHidden(part: Part, c: StarColumn, lower: string): boolean {
  return (
    c.source !== undefined &&
    part.coalesced.some((m) => m.name.toLowerCase() === lower && m.parts.some(([s]) => s === c.source))
  );
}

function partOf(part: Part, c: StarColumn): readonly [number, number] {
  const source = part.sources.find((s) => s.index === c.source);
  if (source === undefined) {
    const merged = part.coalesced.find((m) => m.name.toLowerCase() === c.name.toLowerCase())!;
    return merged.parts[0];
  }
  return [source.index, source.columns.findIndex((col) => col.name.toLowerCase() === c.name.toLowerCase())];
}

function allTrue(conditions: readonly CompiledExpr[], ctx: ExecContext): boolean {
  for (const c of conditions) if (truth(c.eval(ctx), ctx) !== true) return false;
  return true;
}

function innerJoinLoop(outer: RowLoop, inner: RowLoop, conditions: readonly CompiledExpr[]): RowLoop {
  if (conditions.length === 0) return (ctx, emit) => outer(ctx, () => inner(ctx, emit));
  return (ctx, emit) => outer(ctx, () => inner(ctx, () => (allTrue(conditions, ctx) ? emit() : true)));
}

function outerJoinLoop(
  outer: RowLoop,
  inner: RowLoop,
  innerSources: readonly Source[],
  conditions: readonly CompiledExpr[],
): RowLoop {
  const nullable = innerSources.map((s) => s.index);
  return (ctx, emit) =>
    outer(ctx, () => {
      let matched = false;
      const go = inner(ctx, () => {
        if (!allTrue(conditions, ctx)) return true;
        matched = true;
        return emit();
      });
      if (!go) return false;
      if (matched) return true;
      for (const i of nullable) ctx.rows[i] = null;
      return emit();
    });
}

/** Compiles the comma-separated FROM list: a cross join of its items, in order. */
export function compileFrom(from: readonly TableRef[], fc: FromContext): CompiledFrom {
  const compiler = new FromCompiler(fc);
  let loop: RowLoop = emptyLoop;
  const sources: Source[] = [];
  const coalesced: CoalescedColumn[] = [];
  const star: StarColumn[] = [];
  let first = true;
  for (const ref of from) {
    const part = compiler.compile(ref, new Set(sources.map((s) => s.index)));
    loop = first ? part.loop : innerJoinLoop(loop, part.loop, []);
    first = false;
    sources.push(...part.sources);
    coalesced.push(...part.coalesced);
    star.push(...part.star);
  }
  // Two tables clash when their aliases match, unless both are base tables of different databases.
  for (let i = 0; i < sources.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = sources[i];
      const b = sources[j];
      if (a.alias === b.alias && (a.database === undefined || b.database === undefined || a.database === b.database)) {
        throw nonUniqueTable(a.alias);
      }
    }
  }
  return { loop, rows: new RowSet(sources, coalesced), star, candidates: compiler.candidates };
}
