// Small stand-ins for the parser, the expression compiler and the engine, so the query compiler can be tested on
// its own. The fake expression compiler knows just enough operators for the tests here.

import type { ColumnRef, Expr, SelectStmt, TableRef } from "../../src/ast.ts";
import type { CompiledExpr, ExecContext, Scope, StaticType } from "../../src/compile/types.ts";
import { SqlError } from "../../src/errors.ts";
import type { QueryColumn, QueryEnv, QueryTable } from "../../src/query/env.ts";
import { queryValues } from "../../src/query/values.ts";
import { toDouble, truth } from "../../src/values/coerce.ts";
import type { Value } from "../../src/values/value.ts";

const at = { start: 0, end: 0 };
export const INT: StaticType = { kind: "int", unsigned: false };
export const STR: StaticType = { kind: "string", collation: "utf8mb4_0900_ai_ci", binary: false };

export const col = (name: string, ...qualifier: string[]): ColumnRef => ({ kind: "ColumnRef", qualifier, name, ...at });
export const num = (n: number): Expr => ({ kind: "Number", text: String(n), numberKind: "int", ...at });
export const str = (value: string): Expr => ({ kind: "String", value, ...at });
export const bin = (op: "=" | "<" | ">" | "AND" | "+" | "<>", left: Expr, right: Expr): Expr => ({
  kind: "Binary",
  op,
  left,
  right,
  ...at,
});
export const agg = (name: "COUNT" | "SUM" | "MAX" | "MIN" | "AVG", arg?: Expr, distinct = false): Expr => ({
  kind: "AggregateCall",
  name,
  distinct,
  args: [arg ?? { kind: "Star", ...at }],
  ...at,
});
export const tbl = (name: string, alias?: string): TableRef => ({
  kind: "TableName",
  name: { kind: "QualifiedName", name, ...at },
  alias,
  ...at,
});
export function select(parts: Omit<Partial<SelectStmt>, "items"> & { items: (Expr | [Expr, string])[] }): SelectStmt {
  return {
    kind: "Select",
    distinct: false,
    from: [],
    groupBy: [],
    orderBy: [],
    ...parts,
    items: parts.items.map((i) =>
      Array.isArray(i)
        ? { kind: "SelectItem", expr: i[0], alias: i[1], ...at }
        : { kind: "SelectItem", expr: i, ...at },
    ),
  } as SelectStmt;
}

function fakeCompile(e: Expr, scope: Scope): CompiledExpr {
  const k = (v: Value, type: StaticType = INT): CompiledExpr => ({ eval: () => v, type, constant: true });
  switch (e.kind) {
    case "Number":
      return k(Number(e.text));
    case "String":
      return k(e.value, STR);
    case "Null":
      return k(null, { kind: "null" });
    case "ColumnRef": {
      const r = scope.resolve(e);
      if (r === undefined) throw new SqlError(1054, "42S22", `Unknown column '${e.name}'`);
      return r;
    }
    case "AggregateCall": {
      const r = scope.aggregate?.(e);
      if (r === undefined) throw new SqlError(1111, "HY000", "Invalid use of group function");
      return r;
    }
    case "ScalarSubquery": {
      const run = scope.subquery!(e.query, "scalar");
      return { eval: (ctx) => run(ctx)[0]?.[0] ?? null, type: { kind: "any" }, constant: false };
    }
    case "Exists": {
      const run = scope.subquery!(e.query, "exists");
      return { eval: (ctx) => (run(ctx).length > 0 ? 1 : 0), type: INT, constant: false };
    }
    case "Binary": {
      const l = fakeCompile(e.left, scope);
      const r = fakeCompile(e.right, scope);
      const cmp = (ctx: ExecContext, f: (c: number) => boolean): Value => {
        const a = l.eval(ctx);
        const b = r.eval(ctx);
        if (a === null || b === null) return null;
        return f(queryValues.compare(a, b, l.type.kind === "string" ? l.type : r.type)) ? 1 : 0;
      };
      const ops: Record<string, (ctx: ExecContext) => Value> = {
        "=": (ctx) => cmp(ctx, (c) => c === 0),
        "<>": (ctx) => cmp(ctx, (c) => c !== 0),
        "<": (ctx) => cmp(ctx, (c) => c < 0),
        ">": (ctx) => cmp(ctx, (c) => c > 0),
        AND: (ctx) => {
          const a = truth(l.eval(ctx), ctx);
          const b = truth(r.eval(ctx), ctx);
          return a === false || b === false ? 0 : a === null || b === null ? null : 1;
        },
        "+": (ctx) => {
          const a = toDouble(l.eval(ctx), ctx);
          const b = toDouble(r.eval(ctx), ctx);
          return a === null || b === null ? null : a + b;
        },
      };
      return { eval: ops[e.op], type: INT, constant: false };
    }
    default:
      throw new Error(`fake compiler: ${e.kind}`);
  }
}

export interface FakeTable {
  columns: QueryColumn[];
  primaryKey: number[];
  rows: Value[][];
  lookups: number;
  scans: number;
}

export function fakeTable(columns: [string, StaticType][], rows: Value[][], primaryKey = [0]): FakeTable {
  const sorted = [...rows].sort((a, b) => queryValues.compare(a[0], b[0], columns[0][1]));
  return { columns: columns.map(([name, type]) => ({ name, type })), primaryKey, rows: sorted, lookups: 0, scans: 0 };
}

export function fakeEnv(tables: Record<string, FakeTable>, source = ""): QueryEnv {
  return {
    source,
    compileExpr: fakeCompile,
    values: queryValues,
    catalog: {
      table(db, name): QueryTable {
        const t = tables[name];
        if (t === undefined) throw new SqlError(1146, "42S02", `Table '${db ?? "test"}.${name}' doesn't exist`);
        return {
          database: db ?? "test",
          name,
          columns: t.columns,
          primaryKey: t.primaryKey,
          scan: () => {
            t.scans++;
            return t.rows;
          },
          lookup: (_ctx, key) => {
            t.lookups++;
            return t.rows.find((r) => t.primaryKey.every((c, i) => r[c] === key[i]));
          },
        };
      },
    },
  };
}
