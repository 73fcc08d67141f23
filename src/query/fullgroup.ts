// ONLY_FULL_GROUP_BY (in MySQL 8's default sql_mode): a grouped query may show a plain column only when it is
// grouped on, or functionally dependent on the grouped columns (here: its table's whole primary key is grouped on),
// or when the whole select item is a GROUP BY expression. The check is decided at compile time and raised at run
// time, because it depends on the sql_mode in force when the statement runs.

import type { Expr, OrderItem, SelectItem } from "../ast.ts";
import type { Scope } from "../compile/types.ts";
import { SqlError } from "../errors.ts";
import type { CompiledFrom } from "./from.ts";
import { columnAt } from "./lookup.ts";
import { childrenOf } from "./walk.ts";

/** `text` without parentheses that enclose all of it: `((1))` is `1`, `(1) + (2)` stays. */
export function withoutOuterParens(text: string): string {
  let t = text.trim();
  while (t.startsWith("(") && t.endsWith(")")) {
    let depth = 0;
    let closesAtEnd = true;
    for (let i = 0; i < t.length - 1; i++) {
      if (t[i] === "(") depth++;
      else if (t[i] === ")" && --depth === 0) {
        closesAtEnd = false;
        break;
      }
    }
    if (!closesAtEnd) break;
    t = t.slice(1, -1).trim();
  }
  return t;
}

/**
 * Expression text for matching a select item against GROUP BY expressions; undefined without source text.
 * Parentheses around the whole expression do not make it another expression: `(a + b)` matches `GROUP BY a + b`.
 */
const squash = (text: string): string | undefined =>
  text === "" ? undefined : withoutOuterParens(text).replace(/\s+/g, "").toLowerCase();

/** ORDER BY items that name a select-list column (by position or alias) are checked as that column. */
function ownExpressions(items: readonly SelectItem[], orderBy: readonly OrderItem[]): Expr[] {
  return orderBy
    .map((o) => o.expr)
    .filter((e) => {
      if (e.kind === "Number" && e.numberKind === "int") return false;
      if (e.kind !== "ColumnRef" || e.qualifier.length > 0) return true;
      return !items.some((i) => i.alias?.toLowerCase() === e.name.toLowerCase());
    });
}

function columnName(from: CompiledFrom, at: [number, number]): string {
  const s = from.rows.sources.find((x) => x.index === at[0])!;
  const name = `${s.alias}.${s.columns[at[1]].name}`;
  return s.schema === undefined ? name : `${s.schema}.${name}`;
}

/**
 * DISTINCT with ORDER BY: MySQL 8 refuses to sort by a column that is not selected (3065), because the duplicates
 * that DISTINCT removes could carry different values of it. MariaDB allows it.
 */
export function distinctOrderViolation(
  items: readonly SelectItem[],
  orderBy: readonly OrderItem[],
  from: CompiledFrom,
  locals: Scope | undefined,
  source: string,
): SqlError | undefined {
  const selectedTexts = new Set(items.map((i) => squash(source.slice(i.expr.start, i.expr.end))));
  const selected = new Set<string>();
  for (const i of items) {
    if (i.expr.kind === "Star") for (const c of from.star) if (c.source !== undefined) selected.add(`${c.source}:*`);
    if (i.expr.kind !== "ColumnRef") continue;
    const at = columnAt(i.expr, from.rows);
    if (at !== undefined) selected.add(`${at[0]}:${at[1]}`);
  }
  const offending = (e: Expr): string | undefined => {
    if (e.kind === "ColumnRef" && locals?.resolve(e) === undefined) {
      const at = columnAt(e, from.rows);
      if (at === undefined || selected.has(`${at[0]}:${at[1]}`) || selected.has(`${at[0]}:*`)) return undefined;
      return columnName(from, at);
    }
    for (const c of childrenOf(e)) {
      const hit = offending(c);
      if (hit !== undefined) return hit;
    }
    return undefined;
  };
  const exprs = ownExpressions(items, orderBy);
  for (let i = 0; i < orderBy.length; i++) {
    const e = orderBy[i].expr;
    if (!exprs.includes(e)) continue;
    const text = squash(source.slice(e.start, e.end));
    if (text !== undefined && selectedTexts.has(text)) continue;
    const column = offending(e);
    if (column !== undefined) {
      return new SqlError(
        3065,
        "HY000",
        `Expression #${i + 1} of ORDER BY clause is not in SELECT list, references column '${column}' which is not in SELECT list; this is incompatible with DISTINCT`,
      );
    }
  }
  return undefined;
}

/** The first violation in the select list or ORDER BY, as the error MySQL raises for it; undefined when none. */
export function fullGroupByViolation(
  items: readonly SelectItem[],
  orderBy: readonly OrderItem[],
  groupBy: readonly Expr[],
  from: CompiledFrom,
  locals: Scope | undefined,
  source: string,
): SqlError | undefined {
  const grouped = new Set<string>();
  const groupTexts = new Set<string | undefined>();
  for (const g of groupBy) {
    // GROUP BY position: the item it names counts as grouped.
    if (g.kind === "Number" && g.numberKind === "int") {
      const item = items[Number(g.text) - 1];
      if (item === undefined) continue;
      const named = item.expr;
      groupTexts.add(squash(source.slice(named.start, named.end)));
      const at =
        named.kind === "ColumnRef" && locals?.resolve(named) === undefined ? columnAt(named, from.rows) : undefined;
      if (at !== undefined) grouped.add(`${at[0]}:${at[1]}`);
      continue;
    }
    groupTexts.add(squash(source.slice(g.start, g.end)));
    if (g.kind !== "ColumnRef" || locals?.resolve(g) !== undefined) continue;
    const at = columnAt(g, from.rows);
    if (at !== undefined) grouped.add(`${at[0]}:${at[1]}`);
    // GROUP BY alias: the aliased item counts as grouped.
    const item = items.find((i) => g.qualifier.length === 0 && i.alias?.toLowerCase() === g.name.toLowerCase());
    if (at === undefined && item !== undefined) groupTexts.add(squash(source.slice(item.expr.start, item.expr.end)));
  }
  const dependent = (src: number, col: number): boolean => {
    if (grouped.has(`${src}:${col}`)) return true;
    const table = from.candidates.find((c) => c.source.index === src);
    return table?.table.primaryKey.every((k) => grouped.has(`${src}:${k}`)) === true;
  };
  const offending = (e: Expr): string | undefined => {
    if (e.kind === "AggregateCall") return undefined;
    if (e.kind === "ColumnRef" && locals?.resolve(e) === undefined) {
      const at = columnAt(e, from.rows);
      return at !== undefined && !dependent(at[0], at[1]) ? columnName(from, at) : undefined;
    }
    for (const c of childrenOf(e)) {
      const hit = offending(c);
      if (hit !== undefined) return hit;
    }
    return undefined;
  };
  const check = (exprs: readonly (Expr | undefined)[], where: string): SqlError | undefined => {
    for (let i = 0; i < exprs.length; i++) {
      const e = exprs[i];
      if (e === undefined || e.kind === "Star") continue;
      const text = squash(source.slice(e.start, e.end));
      if (groupBy.length > 0 && text !== undefined && groupTexts.has(text)) continue;
      const column = offending(e);
      if (column === undefined) continue;
      return groupBy.length === 0
        ? new SqlError(
            1140,
            "42000",
            `In aggregated query without GROUP BY, expression #${i + 1} of ${where} contains nonaggregated column '${column}'; this is incompatible with sql_mode=only_full_group_by`,
          )
        : new SqlError(
            1055,
            "42000",
            `Expression #${i + 1} of ${where} is not in GROUP BY clause and contains nonaggregated column '${column}' which is not functionally dependent on columns in GROUP BY clause; this is incompatible with sql_mode=only_full_group_by`,
          );
    }
    return undefined;
  };
  const own = ownExpressions(items, orderBy);
  return (
    check(
      items.map((i) => i.expr),
      "SELECT list",
    ) ??
    check(
      orderBy.map((o) => (own.includes(o.expr) ? o.expr : undefined)),
      "ORDER BY clause",
    )
  );
}
