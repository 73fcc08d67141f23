// SELECT through the real parser, expression compiler and engine. Every expected result was recorded from the real
// server (MariaDB 10.11, same data; see test/differential/cases/query); error texts are MySQL 8's where the two
// servers differ (docs/mysql-vs-mariadb.md).

import { describe, expect, it, vi } from "vitest";
import type { SelectStmt } from "../../src/ast.ts";
import type { Scope } from "../../src/compile/types.ts";
import { Table } from "../../src/engine/table.ts";
import { parseScript } from "../../src/parse.ts";
import { compileEngineSelect } from "../../src/query/index.ts";
import { render } from "../../src/values/render.ts";
import { bed, type Outcome, SETUP } from "./harness.ts";

type Rows = (string | null)[][];

function rowsOf(o: Outcome): Rows {
  if ("error" in o) throw new Error(`unexpected error: ${o.error}`);
  if (!("rows" in o)) throw new Error("no result set");
  return o.rows;
}

function table(extra = "") {
  const b = bed();
  b.run(SETUP + extra);
  return {
    rows: (sql: string) => rowsOf(b.last(sql)),
    columns: (sql: string) => {
      const o = b.last(sql);
      if (!("columns" in o)) throw new Error(JSON.stringify(o));
      return o.columns;
    },
    error: (sql: string) => {
      const o = b.last(sql);
      if (!("error" in o)) throw new Error(`expected an error, got ${JSON.stringify(o)}`);
      return o.error;
    },
    bed: b,
  };
}

describe("SELECT without FROM", () => {
  const t = table();
  it("evaluates expressions and names columns as written", () => {
    const sql = "SELECT 1, 'abc', NULL, 1 + 2, -1, 1.50, TRUE";
    expect(t.columns(sql)).toEqual(["1", "abc", "NULL", "1 + 2", "-1", "1.50", "TRUE"]);
    expect(t.rows(sql)).toEqual([["1", "abc", null, "3", "-1", "1.50", "1"]]);
  });
  it("keeps aliases and the spacing of expressions", () => {
    const sql = "SELECT 1 AS one, 'x' AS `two words`, CONCAT( 'a' , 'b' )";
    expect(t.columns(sql)).toEqual(["one", "two words", "CONCAT( 'a' , 'b' )"]);
    expect(t.rows(sql)).toEqual([["1", "x", "ab"]]);
  });
  it("names a parenthesised expression with its parentheses, a parenthesised literal by itself (as MariaDB 10.11)", () => {
    const sql = "SELECT (2 + 3) * 4, 4 * (2+3), (1) + 1, (2+3), (1.5), ((NULL)), (@x)";
    expect(t.columns(sql)).toEqual(["(2 + 3) * 4", "4 * (2+3)", "(1) + 1", "(2+3)", "1.5", "NULL", "(@x)"]);
  });
  it("TIMESTAMPDIFF takes a unit keyword, not a column (answers recorded on MariaDB 10.11)", () => {
    const sql =
      "SELECT TIMESTAMPDIFF(MONTH, '2024-01-31', '2024-02-29'), TIMESTAMPDIFF(SQL_TSI_DAY, '2024-01-02', '2024-01-01'), " +
      "TIMESTAMPDIFF(MINUTE, '2024-01-01 10:00:00', '2024-01-01 09:58:30'), TIMESTAMPDIFF(YEAR, '2000-02-29', '2024-02-28'), " +
      "EXTRACT(DAY_SECOND FROM '2024-05-06 07:08:09')";
    expect(t.rows(sql)).toEqual([["0", "-1", "-1", "23", "6070809"]]);
    expect(() => t.rows("SELECT TIMESTAMPDIFF(FOO, '2024-01-01', '2024-01-02')")).toThrow(/need a unit/);
    expect(t.rows("SELECT TIMESTAMPADD(MINUTE, 90, '2024-01-01'), TIMESTAMPADD(MONTH, 1, '2024-01-31')")).toEqual([
      ["2024-01-01 01:30:00", "2024-02-29"],
    ]);
  });
  it("WHERE without FROM", () => {
    expect(t.rows("SELECT 1 WHERE 0")).toEqual([]);
    expect(t.rows("SELECT 1 WHERE 1")).toEqual([["1"]]);
  });
  it("subqueries without FROM", () => {
    expect(t.rows("SELECT (SELECT 5), (SELECT NULL)")).toEqual([["5", null]]);
    expect(t.rows("SELECT 1 IN (SELECT 1), EXISTS (SELECT 1), EXISTS (SELECT 1 WHERE 0)")).toEqual([["1", "1", "0"]]);
  });
  it("SELECT * needs a table (1096)", () => {
    expect(t.error("SELECT *")).toBe("1096 No tables used");
  });
});

describe("joins", () => {
  const t = table();
  it("inner join in the outer table's key order", () => {
    expect(t.rows("SELECT * FROM t1 JOIN t2 ON t1.id = t2.t1id")).toEqual([
      ["1", "Y", "2", "10", "1", "p"],
      ["1", "Y", "2", "11", "1", "q"],
      ["3", "x", "1", "12", "3", "r"],
    ]);
    expect(t.rows("SELECT t1.id, t2.id FROM t1, t2 WHERE t1.id = t2.t1id")).toEqual([
      ["1", "10"],
      ["1", "11"],
      ["3", "12"],
    ]);
  });
  it("LEFT and RIGHT joins", () => {
    expect(t.rows("SELECT t1.a, t2.c FROM t1 LEFT JOIN t2 ON t1.id = t2.t1id ORDER BY t1.id, t2.id")).toEqual([
      ["Y", "p"],
      ["Y", "q"],
      ["a", null],
      ["x", "r"],
      ["b", null],
    ]);
    expect(t.rows("SELECT * FROM t1 RIGHT JOIN t2 ON t1.id = t2.t1id")).toEqual([
      ["1", "Y", "2", "10", "1", "p"],
      ["1", "Y", "2", "11", "1", "q"],
      ["3", "x", "1", "12", "3", "r"],
      [null, null, null, "13", "9", "s"],
    ]);
    expect(t.rows("SELECT t1.a FROM t1 LEFT JOIN t2 ON t1.id = t2.t1id WHERE t2.id IS NULL")).toEqual([["a"], ["b"]]);
    expect(t.rows("SELECT t1.a, t2.c FROM t1 LEFT JOIN t2 ON t1.id = t2.t1id AND t2.c = 'q'")).toEqual([
      ["Y", "q"],
      ["a", null],
      ["x", null],
      ["b", null],
    ]);
  });
  it("CROSS JOIN and self join", () => {
    expect(t.rows("SELECT COUNT(*) FROM t1 CROSS JOIN t2")).toEqual([["16"]]);
    expect(
      t.rows("SELECT x.id, y.id FROM t1 AS x JOIN t1 AS y ON y.b = x.b AND y.id <> x.id ORDER BY x.id, y.id"),
    ).toEqual([
      ["1", "4"],
      ["4", "1"],
    ]);
  });
  it("USING merges the columns and lists them first", () => {
    expect(t.columns("SELECT * FROM t2 RIGHT JOIN t1 USING (id)")).toEqual(["id", "a", "b", "t1id", "c"]);
    expect(t.rows("SELECT * FROM t2 RIGHT JOIN t1 USING (id)")).toEqual([
      ["1", "Y", "2", null, null],
      ["2", "a", null, null, null],
      ["3", "x", "1", null, null],
      ["4", "b", "2", null, null],
    ]);
    expect(t.rows("SELECT id, t1.id, t2.id FROM t1 LEFT JOIN t2 USING (id)")).toEqual([
      ["1", "1", null],
      ["2", "2", null],
      ["3", "3", null],
      ["4", "4", null],
    ]);
  });
  it("three tables and qualified names", () => {
    expect(
      t.rows("SELECT t1.id, t2.id, t3.id FROM t1 JOIN t2 ON t2.t1id = t1.id JOIN t1 AS t3 ON t3.id = t2.t1id"),
    ).toEqual([
      ["1", "10", "1"],
      ["1", "11", "1"],
      ["3", "12", "3"],
    ]);
    expect(t.rows("SELECT q.t1.id FROM q.t1 WHERE q.t1.id = 2")).toEqual([["2"]]);
  });
  it("errors: duplicate alias, missing table, unknown and ambiguous columns", () => {
    expect(t.error("SELECT * FROM t1 x, t2 x")).toBe("1066 Not unique table/alias: 'x'");
    expect(t.error("SELECT * FROM t1, t1")).toBe("1066 Not unique table/alias: 't1'");
    expect(t.error("SELECT * FROM nosuch")).toBe("1146 Table 'q.nosuch' doesn't exist");
    expect(t.error("SELECT id FROM t1, t2")).toBe("1052 Column 'id' in field list is ambiguous");
    expect(t.error("SELECT x FROM t1")).toBe("1054 Unknown column 'x' in 'field list'");
    expect(t.error("SELECT id FROM t1 WHERE zz = 1")).toBe("1054 Unknown column 'zz' in 'where clause'");
    expect(t.error("SELECT * FROM t1 JOIN t2 ON zz = 1")).toBe("1054 Unknown column 'zz' in 'on clause'");
    expect(t.error("SELECT id FROM t1 ORDER BY zz")).toBe("1054 Unknown column 'zz' in 'order clause'");
    expect(t.error("SELECT id FROM t1 GROUP BY zz")).toBe("1054 Unknown column 'zz' in 'group statement'");
    expect(t.error("SELECT id FROM t1 HAVING zz")).toBe("1054 Unknown column 'zz' in 'having clause'");
    expect(t.error("SELECT T1.id FROM t1")).toBe("1054 Unknown column 'T1.id' in 'field list'");
    expect(t.error("SELECT t1.id FROM t1 AS x")).toBe("1054 Unknown column 't1.id' in 'field list'");
  });
});

describe("grouping", () => {
  const t = table("INSERT INTO t1 VALUES (5, 'Y', 2), (6, NULL, 7);");
  it("aggregates per group", () => {
    expect(
      t.rows("SELECT b, COUNT(*), COUNT(a), SUM(id), AVG(id), MIN(a), MAX(a) FROM t1 GROUP BY b ORDER BY b"),
    ).toEqual([
      [null, "1", "1", "2", "2.0000", "a", "a"],
      ["1", "1", "1", "3", "3.0000", "x", "x"],
      ["2", "3", "3", "10", "3.3333", "b", "Y"],
      ["7", "1", "0", "6", "6.0000", null, null],
    ]);
  });
  it("aggregates without GROUP BY, and over no rows", () => {
    expect(
      t.rows("SELECT COUNT(*), COUNT(b), SUM(b), AVG(b), MIN(b), MAX(b), COUNT(DISTINCT b), SUM(DISTINCT b) FROM t1"),
    ).toEqual([["6", "5", "14", "2.8000", "1", "7", "3", "10"]]);
    expect(
      t.rows(
        "SELECT SUM(b), AVG(b), COUNT(b), GROUP_CONCAT(b), BIT_AND(b), BIT_OR(b), BIT_XOR(b), MIN(b) FROM t1 WHERE id > 100",
      ),
    ).toEqual([[null, null, "0", null, "18446744073709551615", "0", "0", null]]);
    expect(t.rows("SELECT COUNT(*) FROM t1 WHERE b > 100")).toEqual([["0"]]);
  });
  it("MIN, MAX and ORDER BY compare TIME by signed length and DATETIME fractions by time, not by their text", () => {
    const b = bed();
    b.run(
      "CREATE DATABASE tq; USE tq; CREATE TABLE tt (id INT PRIMARY KEY, tm TIME(1), dt DATETIME(2));" +
        "INSERT INTO tt VALUES (1, '10:00:00', '2024-01-05 10:00:00.5'), (2, '-01:00:00.5', '2024-01-05 10:00:00.25')," +
        " (3, '100:00:00', '2023-12-31 23:59:59'), (4, '-100:00:00', NULL);",
    );
    expect(rowsOf(b.last("SELECT MAX(tm), MIN(tm), MAX(dt), MIN(dt) FROM tt"))).toEqual([
      ["100:00:00.0", "-100:00:00.0", "2024-01-05 10:00:00.50", "2023-12-31 23:59:59.00"],
    ]);
    expect(rowsOf(b.last("SELECT id FROM tt ORDER BY tm")).flat()).toEqual(["4", "2", "1", "3"]);
  });
  it("HAVING by alias and by aggregate", () => {
    expect(t.rows("SELECT b, COUNT(*) AS n FROM t1 GROUP BY b HAVING n > 1 ORDER BY b")).toEqual([["2", "3"]]);
    expect(t.rows("SELECT b, COUNT(*) FROM t1 GROUP BY b HAVING COUNT(*) = 1 ORDER BY b DESC")).toEqual([
      ["7", "1"],
      ["1", "1"],
      [null, "1"],
    ]);
  });
  it("groups strings case-insensitively", () => {
    expect(t.rows("SELECT a, COUNT(*) FROM t1 GROUP BY a ORDER BY a")).toEqual([
      [null, "1"],
      ["a", "1"],
      ["b", "1"],
      ["x", "1"],
      ["Y", "2"],
    ]);
  });
  it("GROUP_CONCAT with DISTINCT, ORDER BY and SEPARATOR", () => {
    expect(
      t.rows(
        "SELECT GROUP_CONCAT(a), GROUP_CONCAT(DISTINCT a ORDER BY a DESC SEPARATOR '|'), GROUP_CONCAT(id ORDER BY id DESC) FROM t1",
      ),
    ).toEqual([["Y,a,x,b,Y", "Y|x|b|a", "6,5,4,3,2,1"]]);
    expect(t.rows("SELECT b, GROUP_CONCAT(id ORDER BY id SEPARATOR '-') FROM t1 GROUP BY b ORDER BY b")).toEqual([
      [null, "2"],
      ["1", "3"],
      ["2", "1-4-5"],
      ["7", "6"],
    ]);
  });
  it("BIT_* aggregates", () => {
    expect(t.rows("SELECT BIT_AND(b), BIT_OR(b), BIT_XOR(b) FROM t1")).toEqual([["0", "7", "4"]]);
  });
  it("GROUP BY alias and position, ORDER BY position", () => {
    expect(t.rows("SELECT b AS k, COUNT(*) FROM t1 GROUP BY k ORDER BY k")).toEqual([
      [null, "1"],
      ["1", "1"],
      ["2", "3"],
      ["7", "1"],
    ]);
    expect(t.rows("SELECT b, COUNT(*) FROM t1 GROUP BY 1 ORDER BY 2 DESC, 1")).toEqual([
      ["2", "3"],
      [null, "1"],
      ["1", "1"],
      ["7", "1"],
    ]);
  });
  it("SUM and AVG of decimals keep MySQL's scales", () => {
    expect(t.rows("SELECT SUM(id * 1.5), AVG(id * 1.5), SUM(id / 2) FROM t1")).toEqual([
      ["31.5", "5.25000", "10.5000"],
    ]);
  });
  it("DISTINCT", () => {
    expect(t.rows("SELECT DISTINCT b FROM t1 ORDER BY b")).toEqual([[null], ["1"], ["2"], ["7"]]);
    expect(t.rows("SELECT DISTINCT a FROM t1 ORDER BY a")).toEqual([[null], ["a"], ["b"], ["x"], ["Y"]]);
  });
  it("DISTINCT cannot sort by a column it does not select (3065)", () => {
    expect(t.error("SELECT DISTINCT a FROM t1 ORDER BY b")).toBe(
      "3065 Expression #1 of ORDER BY clause is not in SELECT list, references column 'q.t1.b' which is not in SELECT list; this is incompatible with DISTINCT",
    );
    expect(t.rows("SELECT DISTINCT b AS k FROM t1 ORDER BY k DESC")).toEqual([["7"], ["2"], ["1"], [null]]);
  });
  it("errors: grouping on an aggregate, aggregates in WHERE, nested aggregates", () => {
    expect(t.error("SELECT COUNT(*) c FROM t1 GROUP BY c")).toBe("1056 Can't group on 'c'");
    expect(t.error("SELECT id FROM t1 WHERE COUNT(*) > 1")).toBe("1111 Invalid use of group function");
    expect(t.error("SELECT COUNT(id) FROM t1 GROUP BY a HAVING SUM(COUNT(id)) > 0")).toBe(
      "1111 Invalid use of group function",
    );
  });
  it("ONLY_FULL_GROUP_BY with MySQL 8's texts, and functional dependence on the primary key", () => {
    expect(t.error("SELECT a, COUNT(*) FROM t1")).toBe(
      "1140 In aggregated query without GROUP BY, expression #1 of SELECT list contains nonaggregated column 'q.t1.a'; this is incompatible with sql_mode=only_full_group_by",
    );
    expect(t.error("SELECT b AS id, id AS b FROM t1 GROUP BY b")).toBe(
      "1055 Expression #2 of SELECT list is not in GROUP BY clause and contains nonaggregated column 'q.t1.id' which is not functionally dependent on columns in GROUP BY clause; this is incompatible with sql_mode=only_full_group_by",
    );
    expect(t.error("SELECT b, COUNT(*) FROM t1 GROUP BY b ORDER BY a")).toBe(
      "1055 Expression #1 of ORDER BY clause is not in GROUP BY clause and contains nonaggregated column 'q.t1.a' which is not functionally dependent on columns in GROUP BY clause; this is incompatible with sql_mode=only_full_group_by",
    );
    expect(t.rows("SELECT id, a FROM t1 GROUP BY id ORDER BY id LIMIT 2")).toEqual([
      ["1", "Y"],
      ["2", "a"],
    ]);
  });
});

describe("ordering and LIMIT", () => {
  const t = table("INSERT INTO t1 VALUES (5, 'B', NULL), (6, 'Z', 0);");
  const flat = (sql: string) => t.rows(sql).map((r) => r.join(" "));
  it("strings in utf8mb4_0900_ai_ci order, ties kept in key order", () => {
    expect(flat("SELECT id, a FROM t1 ORDER BY a")).toEqual(["2 a", "4 b", "5 B", "3 x", "1 Y", "6 Z"]);
    expect(flat("SELECT id, a FROM t1 ORDER BY a DESC, id")).toEqual(["6 Z", "1 Y", "3 x", "4 b", "5 B", "2 a"]);
  });
  it("NULLs first ascending and last descending", () => {
    expect(flat("SELECT id, b FROM t1 ORDER BY b, id")).toEqual(["2 ", "5 ", "6 0", "3 1", "1 2", "4 2"]);
    expect(flat("SELECT id, b FROM t1 ORDER BY b DESC, id DESC")).toEqual(["4 2", "1 2", "3 1", "6 0", "5 ", "2 "]);
  });
  it("aliases win over columns; positions; expressions", () => {
    expect(flat("SELECT a AS b, b AS a FROM t1 ORDER BY a, id")).toEqual(["a ", "B ", "Z 0", "x 1", "Y 2", "b 2"]);
    expect(flat("SELECT id, b FROM t1 ORDER BY 2, 1 DESC")).toEqual(["5 ", "2 ", "6 0", "3 1", "4 2", "1 2"]);
    expect(flat("SELECT id, id % 3 AS m FROM t1 ORDER BY id % 3, id DESC")).toEqual([
      "6 0",
      "3 0",
      "4 1",
      "1 1",
      "5 2",
      "2 2",
    ]);
  });
  it("LIMIT and OFFSET", () => {
    expect(flat("SELECT id FROM t1 ORDER BY id LIMIT 2")).toEqual(["1", "2"]);
    expect(flat("SELECT id FROM t1 ORDER BY id LIMIT 2, 3")).toEqual(["3", "4", "5"]);
    expect(flat("SELECT id FROM t1 ORDER BY id DESC LIMIT 1 OFFSET 1")).toEqual(["5"]);
    expect(flat("SELECT id FROM t1 LIMIT 0")).toEqual([]);
    expect(flat("SELECT id FROM t1 LIMIT 3")).toEqual(["1", "2", "3"]);
  });
  it("string comparison in WHERE is case-insensitive", () => {
    expect(flat("SELECT id, a FROM t1 WHERE a > 'b' ORDER BY id")).toEqual(["1 Y", "3 x", "6 Z"]);
  });
  it("ORDER BY a position out of range", () => {
    expect(t.error("SELECT id FROM t1 ORDER BY 3")).toBe("1054 Unknown column '3' in 'order clause'");
  });
  it("FOUND_ROWS() counts the rows the previous SELECT returned", () => {
    expect(t.bed.run("SELECT id FROM t1 LIMIT 2; SELECT FOUND_ROWS();").at(-1)).toEqual({
      columns: ["FOUND_ROWS()"],
      rows: [["2"]],
    });
    expect(rowsOf(t.bed.run("SELECT id FROM t1 WHERE id > 50; SELECT FOUND_ROWS();").at(-1)!)).toEqual([["0"]]);
  });
});

describe("subqueries", () => {
  const t = table();
  it("correlated scalar subquery", () => {
    expect(t.rows("SELECT a, (SELECT COUNT(*) FROM t2 WHERE t2.t1id = t1.id) AS n FROM t1")).toEqual([
      ["Y", "2"],
      ["a", "0"],
      ["x", "1"],
      ["b", "0"],
    ]);
    expect(
      t.rows(
        "SELECT t1.id, (SELECT MAX(t2.id) FROM t2 WHERE t2.t1id = t1.id AND t2.c > 'p') AS m FROM t1 ORDER BY t1.id",
      ),
    ).toEqual([
      ["1", "11"],
      ["2", null],
      ["3", "12"],
      ["4", null],
    ]);
  });
  it("IN, NOT IN (with NULLs), EXISTS and NOT EXISTS", () => {
    expect(t.rows("SELECT id FROM t1 WHERE id IN (SELECT t1id FROM t2)")).toEqual([["1"], ["3"]]);
    expect(t.rows("SELECT id FROM t1 WHERE id NOT IN (SELECT t1id FROM t2)")).toEqual([["2"], ["4"]]);
    expect(t.rows("SELECT id FROM t1 WHERE EXISTS (SELECT 1 FROM t2 WHERE t2.t1id = t1.id)")).toEqual([["1"], ["3"]]);
    expect(t.rows("SELECT id FROM t1 WHERE NOT EXISTS (SELECT * FROM t2 WHERE t2.t1id = t1.id)")).toEqual([
      ["2"],
      ["4"],
    ]);
    expect(t.rows("SELECT id FROM t1 WHERE 2 NOT IN (SELECT b FROM t1)")).toEqual([]);
    expect(t.rows("SELECT id FROM t1 WHERE id IN (SELECT b FROM t1)")).toEqual([["1"], ["2"]]);
  });
  it("scalar subqueries with one and no rows", () => {
    expect(t.rows("SELECT (SELECT c FROM t2 WHERE id = 12), (SELECT c FROM t2 WHERE id = 99)")).toEqual([["r", null]]);
    expect(t.rows("SELECT id FROM t1 WHERE b = (SELECT MAX(b) FROM t1)")).toEqual([["1"], ["4"]]);
  });
  it("derived tables", () => {
    expect(t.rows("SELECT d.k, d.n FROM (SELECT b AS k, COUNT(*) AS n FROM t1 GROUP BY b) AS d ORDER BY d.k")).toEqual([
      [null, "1"],
      ["1", "1"],
      ["2", "2"],
    ]);
    expect(t.rows("SELECT * FROM (SELECT id, a FROM t1 WHERE id > 1) AS d WHERE d.id < 4")).toEqual([
      ["2", "a"],
      ["3", "x"],
    ]);
  });
  it("errors: 1242, 1241, 1060", () => {
    expect(t.error("SELECT (SELECT id FROM t1)")).toBe("1242 Subquery returns more than 1 row");
    expect(t.error("SELECT * FROM t1 WHERE id IN (SELECT id, a FROM t1)")).toBe(
      "1241 Operand should contain 1 column(s)",
    );
    expect(t.error("SELECT * FROM (SELECT 1 AS a, 2 AS a) AS d")).toBe("1060 Duplicate column name 'a'");
  });
});

describe("NULL handling", () => {
  const t = table("INSERT INTO t1 VALUES (5, NULL, NULL), (6, NULL, 3);");
  const ids = (sql: string) => t.rows(sql).map((r) => r[0]);
  it("comparisons with NULL are never true", () => {
    expect(ids("SELECT id FROM t1 WHERE b = NULL")).toEqual([]);
    expect(ids("SELECT id FROM t1 WHERE b IS NULL")).toEqual(["2", "5"]);
    expect(ids("SELECT id FROM t1 WHERE b <> 2")).toEqual(["3", "6"]);
    expect(ids("SELECT id FROM t1 WHERE NOT (b = 2)")).toEqual(["3", "6"]);
    expect(ids("SELECT id FROM t1 WHERE b <=> NULL")).toEqual(["2", "5"]);
  });
  it("NULLs group together and sort first", () => {
    expect(t.rows("SELECT b, COUNT(*), COUNT(b) FROM t1 GROUP BY b ORDER BY b")).toEqual([
      [null, "2", "0"],
      ["1", "1", "1"],
      ["2", "2", "2"],
      ["3", "1", "1"],
    ]);
    expect(t.rows("SELECT COUNT(*), COUNT(a), COUNT(DISTINCT a), GROUP_CONCAT(a ORDER BY a) FROM t1")).toEqual([
      ["6", "4", "4", "a,b,x,Y"],
    ]);
  });
  it("NULL never joins", () => {
    expect(t.rows("SELECT t1.id, t2.id FROM t1 JOIN t2 ON t1.b = t2.t1id ORDER BY t1.id, t2.id")).toEqual([
      ["3", "10"],
      ["3", "11"],
      ["6", "12"],
    ]);
  });
});

describe("UNION", () => {
  const t = table();
  it("DISTINCT and ALL, names from the first part, ORDER BY and LIMIT on the whole", () => {
    expect(t.rows("SELECT b FROM t1 UNION SELECT t1id FROM t2 ORDER BY b").flat()).toEqual([null, "1", "2", "3", "9"]);
    expect(t.rows("SELECT b FROM t1 UNION ALL SELECT t1id FROM t2 ORDER BY 1").flat()).toEqual([
      null,
      "1",
      "1",
      "1",
      "2",
      "2",
      "3",
      "9",
    ]);
    expect(t.columns("SELECT a AS name FROM t1 UNION SELECT c FROM t2 ORDER BY name DESC LIMIT 3")).toEqual(["name"]);
    expect(t.rows("SELECT a AS name FROM t1 UNION SELECT c FROM t2 ORDER BY name DESC LIMIT 3").flat()).toEqual([
      "Y",
      "x",
      "s",
    ]);
  });
  it("a DISTINCT union removes duplicates from everything to its left", () => {
    expect(t.rows("SELECT 1 AS x UNION SELECT 1 UNION ALL SELECT 1").flat()).toEqual(["1", "1"]);
    expect(t.rows("SELECT 1 AS x UNION ALL SELECT 1 UNION SELECT 2").flat()).toEqual(["1", "2"]);
    // A DECIMAL union column shows every part at its scale (recorded on MariaDB 10.11).
    expect(t.rows("SELECT 1.25 AS x UNION ALL SELECT 2.5 UNION ALL SELECT 3").flat()).toEqual(["1.25", "2.50", "3.00"]);
    expect(t.rows("SELECT MAX(x) FROM (SELECT 1.25 AS x UNION ALL SELECT 3) AS v").flat()).toEqual(["3.00"]);
    expect(t.rows("SELECT 'a' AS s UNION SELECT 'A'").flat()).toEqual(["a"]);
  });
  it("column count mismatch is 1222", () => {
    expect(t.error("SELECT 1 UNION SELECT 1, 2")).toBe(
      "1222 The used SELECT statements have a different number of columns",
    );
  });
});

describe("plans and locals", () => {
  it("pk = constant reads one row by key, without scanning", () => {
    const t = table();
    const scans = vi.spyOn(Table.prototype, "scan");
    const lookups = vi.spyOn(Table.prototype, "getByPrimaryKey");
    try {
      expect(t.rows("SELECT a FROM t1 WHERE id = 3")).toEqual([["x"]]);
      expect(scans).not.toHaveBeenCalled();
      expect(lookups).toHaveBeenCalledTimes(1);
      // A correlated subquery keyed on the inner table's primary key looks up once per outer row.
      expect(t.rows("SELECT t2.id, (SELECT a FROM t1 WHERE t1.id = t2.t1id) FROM t2")).toEqual([
        ["10", "Y"],
        ["11", "Y"],
        ["12", "x"],
        ["13", null],
      ]);
      expect(scans).toHaveBeenCalledTimes(1);
      // A string against an integer key compares as DOUBLE, so it scans (and finds '3.0').
      expect(t.rows("SELECT a FROM t1 WHERE id = '3.0'")).toEqual([["x"]]);
      expect(scans).toHaveBeenCalledTimes(2);
    } finally {
      scans.mockRestore();
      lookups.mockRestore();
    }
  });

  it("joins look the inner table up by the ON condition's key; the preserved side of an outer join is scanned", () => {
    const t = table();
    const scans = vi.spyOn(Table.prototype, "scan");
    const lookups = vi.spyOn(Table.prototype, "getByPrimaryKey");
    try {
      expect(t.rows("SELECT t2.id, t1.a FROM t2 JOIN t1 ON t1.id = t2.t1id ORDER BY t2.id")).toEqual([
        ["10", "Y"],
        ["11", "Y"],
        ["12", "x"],
      ]);
      expect(scans).toHaveBeenCalledTimes(1);
      expect(lookups).toHaveBeenCalledTimes(4);
      expect(t.rows("SELECT t2.id, t1.a FROM t2 LEFT JOIN t1 ON t1.id = t2.t1id ORDER BY t2.id")).toEqual([
        ["10", "Y"],
        ["11", "Y"],
        ["12", "x"],
        ["13", null],
      ]);
      expect(scans).toHaveBeenCalledTimes(2);
      // ON does not filter the preserved side: every t1 row comes out.
      expect(t.rows("SELECT t1.id, t2.id FROM t1 LEFT JOIN t2 ON t1.id = 3 AND t2.id = 12 ORDER BY t1.id")).toEqual([
        ["1", null],
        ["2", null],
        ["3", "12"],
        ["4", null],
      ]);
    } finally {
      scans.mockRestore();
      lookups.mockRestore();
    }
  });

  it("a composite primary key is looked up when every key column is bound", () => {
    const b = bed();
    b.run(`CREATE DATABASE q; USE q; CREATE TABLE k (x INT, y VARCHAR(5), v INT, PRIMARY KEY (x, y));
      INSERT INTO k VALUES (1, 'a', 10), (1, 'B', 20), (2, 'a', 30);`);
    const scans = vi.spyOn(Table.prototype, "scan");
    try {
      expect(rowsOf(b.last("SELECT v FROM k WHERE y = 'b' AND x = 1"))).toEqual([["20"]]);
      expect(scans).not.toHaveBeenCalled();
      expect(rowsOf(b.last("SELECT v FROM k WHERE x = 1 ORDER BY v"))).toEqual([["10"], ["20"]]);
      expect(scans).toHaveBeenCalledTimes(1);
    } finally {
      scans.mockRestore();
    }
  });

  it("a local variable beats a column of the same name (A4)", () => {
    const t = table();
    const text = "SELECT id, b FROM t1 WHERE b = id";
    const [parsed] = parseScript({ name: "p.sql", text });
    const locals: Scope = {
      resolve: (ref) =>
        ref.qualifier.length === 0 && ref.name.toLowerCase() === "b"
          ? { eval: () => 4, type: { kind: "int", unsigned: false }, constant: false }
          : undefined,
    };
    const q = compileEngineSelect(parsed.statement as SelectStmt, locals, {
      source: text,
      catalog: t.bed.connection.engine.catalog,
      database: "q",
    });
    expect(q.run(t.bed.ctx).map((r) => r.map((v) => render(v)))).toEqual([["4", "4"]]);
  });
});

describe("star forms, decimals, accents", () => {
  const t = (() => {
    const b = bed();
    b.run(`CREATE DATABASE q; USE q; CREATE TABLE t1 (id INT PRIMARY KEY, a VARCHAR(10), b INT, d DECIMAL(6,2));
      INSERT INTO t1 VALUES (1, 'e', 1, 1.50), (2, 'é', 1, 2.25), (3, 'E', 2, NULL), (4, 'A', 2, 0.10), (5, 'a', 3, 10.00);`);
    return b;
  })();
  const rows = (sql: string) => rowsOf(t.last(sql));
  it("t.*, * with more items, alias.*", () => {
    expect(t.last("SELECT t1.*, id FROM t1 WHERE id < 3")).toEqual({
      columns: ["id", "a", "b", "d", "id"],
      rows: [
        ["1", "e", "1", "1.50", "1"],
        ["2", "é", "1", "2.25", "2"],
      ],
    });
    expect(rows("SELECT *, id + 1 AS n FROM t1 WHERE id = 5")).toEqual([["5", "a", "3", "10.00", "6"]]);
    expect(rows("SELECT x.* FROM t1 AS x WHERE x.id = 2")).toEqual([["2", "é", "1", "2.25"]]);
  });
  it("HAVING without GROUP BY filters rows by alias", () => {
    expect(rows("SELECT id AS k FROM t1 HAVING k > 3")).toEqual([["4"], ["5"]]);
  });
  it("groups fold case and accents under utf8mb4_0900_ai_ci", () => {
    expect(rows("SELECT a, COUNT(*) FROM t1 GROUP BY a ORDER BY MIN(id)")).toEqual([
      ["e", "3"],
      ["A", "2"],
    ]);
    expect(rows("SELECT COUNT(DISTINCT a), COUNT(DISTINCT a, b), COUNT(DISTINCT b) FROM t1")).toEqual([
      ["2", "4", "3"],
    ]);
    expect(rows("SELECT DISTINCT a FROM t1 ORDER BY a")).toEqual([["A"], ["e"]]);
  });
  it("DECIMAL aggregates keep the column's scale (AVG adds 4)", () => {
    expect(rows("SELECT SUM(d), AVG(d), MIN(d), MAX(d), SUM(d) / COUNT(d) FROM t1")).toEqual([
      ["13.85", "3.462500", "0.10", "10.00", "3.462500"],
    ]);
    expect(rows("SELECT b, SUM(d) FROM t1 GROUP BY b ORDER BY SUM(d) DESC")).toEqual([
      ["3", "10.00"],
      ["1", "3.75"],
      ["2", "0.10"],
    ]);
  });
  it("subqueries in HAVING and ORDER BY, nested derived tables, correlation through aliases", () => {
    expect(
      rows("SELECT b FROM t1 GROUP BY b HAVING COUNT(*) > (SELECT COUNT(*) FROM t1 WHERE id > 4) ORDER BY b"),
    ).toEqual([["1"], ["2"]]);
    expect(rows("SELECT id FROM t1 ORDER BY (SELECT MAX(id) FROM t1) - id").flat()).toEqual(["5", "4", "3", "2", "1"]);
    expect(rows("SELECT * FROM (SELECT * FROM (SELECT id, b FROM t1 WHERE b > 1) AS x WHERE id > 3) AS y")).toEqual([
      ["4", "2"],
      ["5", "3"],
    ]);
    expect(
      rows("SELECT (SELECT COUNT(*) FROM t1 AS i WHERE i.b = o.b) AS same, o.id FROM t1 AS o ORDER BY o.id"),
    ).toEqual([
      ["2", "1"],
      ["2", "2"],
      ["2", "3"],
      ["2", "4"],
      ["1", "5"],
    ]);
  });
  it("GROUP_CONCAT(... ORDER BY n) orders by its own n-th argument; past the last one is 1054", () => {
    const t = table();
    expect(t.rows("SELECT GROUP_CONCAT(a ORDER BY 1) AS g FROM t1")).toEqual([["a,b,x,Y"]]);
    expect(t.rows("SELECT GROUP_CONCAT(id, a ORDER BY 2 DESC) AS g FROM t1")).toEqual([["1Y,3x,4b,2a"]]);
    expect(t.error("SELECT GROUP_CONCAT(a ORDER BY 2) AS g FROM t1")).toBe("1054 Unknown column '2' in 'order clause'");
  });
  it("refuses LIMIT directly inside an IN subquery (1235), not inside a derived table or EXISTS", () => {
    const t = table();
    expect(t.error("SELECT id FROM t1 WHERE id IN (SELECT id FROM t1 ORDER BY id LIMIT 2)")).toBe(
      "1235 This version of MySQL doesn't yet support 'LIMIT & IN/ALL/ANY/SOME subquery'",
    );
    expect(
      t.rows("SELECT id FROM t1 WHERE id IN (SELECT id FROM (SELECT id FROM t1 ORDER BY id LIMIT 2) AS q) ORDER BY id"),
    ).toEqual([["1"], ["2"]]);
    expect(t.rows("SELECT EXISTS (SELECT id FROM t1 LIMIT 1) AS e")).toEqual([["1"]]);
  });
  it("trailing spaces count under NO PAD (MySQL 8; MariaDB's PAD SPACE default differs)", () => {
    const b = bed();
    const out = b.run(`CREATE DATABASE q; USE q; CREATE TABLE s (id INT PRIMARY KEY, v VARCHAR(5));
      INSERT INTO s VALUES (1, 'a'), (2, 'a '), (3, 'A');
      SELECT v, COUNT(*) FROM s GROUP BY v ORDER BY MIN(id);
      SELECT id FROM s WHERE v = 'a';`);
    expect(out.slice(-2)).toEqual([
      {
        columns: ["v", "COUNT(*)"],
        rows: [
          ["a", "2"],
          ["a ", "1"],
        ],
      },
      { columns: ["id"], rows: [["1"], ["3"]] },
    ]);
  });
});
