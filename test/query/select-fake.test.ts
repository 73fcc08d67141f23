// The query compiler against fakes (hand-built ASTs, a toy expression compiler, in-memory tables). Expected
// results were checked on the real server (MariaDB 10.11) with the same data.

import { describe, expect, it } from "vitest";
import type { Expr, SelectStmt } from "../../src/ast.ts";
import type { Scope } from "../../src/compile/types.ts";
import { compileSelect, withSubqueries } from "../../src/query/select.ts";
import { render } from "../../src/values/render.ts";
import type { Value } from "../../src/values/value.ts";
import { testContext, testSession } from "../support/session.ts";
import { agg, bin, col, fakeEnv, fakeTable, INT, num, STR, select, str, tbl } from "./fakes.ts";

function data() {
  return {
    t1: fakeTable(
      [
        ["id", INT],
        ["a", STR],
        ["b", INT],
      ],
      [
        [3, "x", 1],
        [1, "Y", 2],
        [2, "a", null],
        [4, "b", 2],
      ],
    ),
    t2: fakeTable(
      [
        ["id", INT],
        ["t1id", INT],
        ["c", STR],
      ],
      [
        [10, 1, "p"],
        [11, 1, "q"],
        [12, 3, "r"],
        [13, 9, "s"],
      ],
    ),
  };
}

function run(stmt: SelectStmt, tables = data(), outer?: Scope) {
  const q = compileSelect(stmt, outer, fakeEnv(tables));
  const rows = q.run(testContext()).map((r) => r.map((v: Value) => render(v)));
  return { columns: q.columns, rows };
}

describe("query compiler on fakes", () => {
  it("scans in primary-key order", () => {
    expect(run(select({ items: [col("id"), col("a")], from: [tbl("t1")] })).rows).toEqual([
      ["1", "Y"],
      ["2", "a"],
      ["3", "x"],
      ["4", "b"],
    ]);
  });

  it("filters with WHERE and names columns", () => {
    const r = run(
      select({ items: [col("id", "t1"), [col("a"), "z"]], from: [tbl("t1")], where: bin(">", col("b"), num(1)) }),
    );
    expect(r.columns).toEqual(["id", "z"]);
    expect(r.rows).toEqual([
      ["1", "Y"],
      ["4", "b"],
    ]);
  });

  it("uses a primary-key lookup for pk = constant", () => {
    const tables = data();
    const r = run(select({ items: [col("a")], from: [tbl("t1")], where: bin("=", col("id"), num(3)) }), tables);
    expect(r.rows).toEqual([["x"]]);
    expect(tables.t1.lookups).toBe(1);
    expect(tables.t1.scans).toBe(0);
  });

  it("a local variable beats a column of the same name", () => {
    const locals: Scope = {
      resolve: (ref) =>
        ref.qualifier.length === 0 && ref.name === "b" ? { eval: () => 2, type: INT, constant: false } : undefined,
    };
    // WHERE b = id: b is the local (2), so only id 2 matches, and the lookup uses it as the key.
    const tables = data();
    const r = run(
      select({ items: [col("id"), col("b")], from: [tbl("t1")], where: bin("=", col("b"), col("id")) }),
      tables,
      locals,
    );
    expect(r.rows).toEqual([["2", "2"]]);
    expect(tables.t1.scans).toBe(0);
  });

  it("raises 1054 and 1052 with MySQL's clause names", () => {
    expect(() => run(select({ items: [col("x")], from: [tbl("t1")] }))).toThrow("Unknown column 'x' in 'field list'");
    expect(() => run(select({ items: [col("id")], from: [tbl("t1")], where: bin("=", col("zz"), num(1)) }))).toThrow(
      "Unknown column 'zz' in 'where clause'",
    );
    expect(() => run(select({ items: [col("id")], from: [tbl("t1"), tbl("t2")] }))).toThrow(
      "Column 'id' in field list is ambiguous",
    );
    expect(() => run(select({ items: [col("id", "t3")], from: [tbl("t1")] }))).toThrow(
      "Unknown column 't3.id' in 'field list'",
    );
  });

  it("joins with LEFT JOIN and null-extends", () => {
    const join = {
      kind: "Join",
      type: "LEFT",
      left: tbl("t1"),
      right: tbl("t2"),
      on: bin("=", col("id", "t1"), col("t1id", "t2")),
      start: 0,
      end: 0,
    } as const;
    const r = run(select({ items: [col("id", "t1"), col("c")], from: [join] }));
    expect(r.rows).toEqual([
      ["1", "p"],
      ["1", "q"],
      ["2", null],
      ["3", "r"],
      ["4", null],
    ]);
  });

  it("groups with aggregates in first-seen order and sorts by an aggregate", () => {
    const r = run(
      select({
        items: [col("b"), agg("COUNT")],
        from: [tbl("t1")],
        groupBy: [col("b")],
        orderBy: [
          { kind: "OrderItem", expr: agg("COUNT"), desc: true, start: 0, end: 0 },
          { kind: "OrderItem", expr: col("b"), desc: false, start: 0, end: 0 },
        ],
      }),
    );
    expect(r.rows).toEqual([
      ["2", "2"],
      [null, "1"],
      ["1", "1"],
    ]);
  });

  it("aggregates over no rows give one row", () => {
    const r = run(
      select({
        items: [agg("SUM", col("b")), agg("AVG", col("b")), agg("COUNT", col("b"))],
        from: [tbl("t1")],
        where: bin(">", col("id"), num(100)),
      }),
    );
    expect(r.rows).toEqual([[null, null, "0"]]);
  });

  it("SUM of ints is DECIMAL and AVG has 4 more digits", () => {
    const r = run(
      select({ items: [agg("SUM", col("b")), agg("AVG", col("b")), agg("AVG", col("id"))], from: [tbl("t1")] }),
    );
    expect(r.rows).toEqual([["5", "1.6667", "2.5000"]]);
  });

  it("orders strings case-insensitively, NULLs first", () => {
    const order = (e: Expr, desc = false) => ({ kind: "OrderItem" as const, expr: e, desc, start: 0, end: 0 });
    expect(run(select({ items: [col("a")], from: [tbl("t1")], orderBy: [order(col("a"), true)] })).rows.flat()).toEqual(
      ["Y", "x", "b", "a"],
    );
    expect(run(select({ items: [col("b")], from: [tbl("t1")], orderBy: [order(col("b"))] })).rows.flat()).toEqual([
      null,
      "1",
      "2",
      "2",
    ]);
  });

  it("correlated scalar subquery", () => {
    const sub = select({
      items: [agg("COUNT")],
      from: [tbl("t2")],
      where: bin("=", col("t1id", "t2"), col("id", "t1")),
    });
    const r = run(
      select({ items: [col("a"), [{ kind: "ScalarSubquery", query: sub, start: 0, end: 0 }, "n"]], from: [tbl("t1")] }),
    );
    expect(r.rows).toEqual([
      ["Y", "2"],
      ["a", "0"],
      ["x", "1"],
      ["b", "0"],
    ]);
  });

  it("runs an uncorrelated subquery once per execution, a correlated one per row", () => {
    const tables = data();
    const exists = (where?: Expr): Expr => ({
      kind: "Exists",
      query: select({ items: [num(1)], from: [tbl("t2")], where }),
      start: 0,
      end: 0,
    });
    const stmt = select({ items: [col("id")], from: [tbl("t1")], where: exists() });
    const q = compileSelect(stmt, undefined, fakeEnv(tables));
    expect(q.run(testContext())).toHaveLength(4);
    expect(tables.t2.scans).toBe(1);
    q.run(testContext());
    expect(tables.t2.scans).toBe(2);
    const correlated = select({
      items: [col("id")],
      from: [tbl("t1")],
      where: exists(bin("=", col("t1id"), col("id", "t1"))),
    });
    tables.t2.scans = 0;
    expect(run(correlated, tables).rows).toEqual([["1"], ["3"]]);
    expect(tables.t2.scans).toBe(4);
  });

  it("scalar subquery with two rows is 1242", () => {
    const sub = select({ items: [col("id")], from: [tbl("t1")] });
    expect(() => run(select({ items: [{ kind: "ScalarSubquery", query: sub, start: 0, end: 0 }] }))).toThrow(
      "Subquery returns more than 1 row",
    );
  });

  it("SELECT without FROM, and LIMIT with offset", () => {
    expect(run(select({ items: [num(1), str("abc")] })).rows).toEqual([["1", "abc"]]);
    const r = run(
      select({
        items: [col("id")],
        from: [tbl("t1")],
        limit: { kind: "Limit", count: num(1), offset: num(1), start: 0, end: 0 },
      }),
    );
    expect(r.rows).toEqual([["2"]]);
  });

  it("withSubqueries lets another statement's expression run a subquery that sees its locals", () => {
    const tables = data();
    const locals: Scope = {
      resolve: (ref) => (ref.name === "x" ? { eval: () => 3, type: INT, constant: false } : undefined),
    };
    const env = fakeEnv(tables);
    const scope = withSubqueries(locals, env);
    const sub = select({ items: [col("a")], from: [tbl("t1")], where: bin("=", col("id"), col("x")) });
    const e = env.compileExpr({ kind: "ScalarSubquery", query: sub, start: 0, end: 0 }, scope);
    expect(e.eval(testContext())).toBe("x");
    expect(tables.t1.lookups).toBe(1);
  });

  it("GROUP_CONCAT is cut at group_concat_max_len with warning 1260 naming the row that did not fit", () => {
    const session = testSession({ group_concat_max_len: 4 });
    const gc: Expr = {
      kind: "AggregateCall",
      name: "GROUP_CONCAT",
      distinct: false,
      args: [col("id")],
      start: 0,
      end: 0,
    };
    const q = compileSelect(select({ items: [gc], from: [tbl("t1")] }), undefined, fakeEnv(data()));
    expect(q.run(testContext(session))).toEqual([["1,2,"]]);
    expect(session.warnings.map((w) => `${w.errno} ${w.message}`)).toEqual(["1260 Row 3 was cut by GROUP_CONCAT()"]);
  });
});
