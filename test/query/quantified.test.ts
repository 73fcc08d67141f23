// ANY/SOME/ALL with a subquery, row IN (subquery) and rows compared with subqueries, through the public API. The
// answers agree with MariaDB 10.11 (test/differential/cases/query/subquery_any_all.sql) except where noted: MySQL 8
// reports a row against a scalar as 1241 with the left operand's width (Item_func::fix_func_arg, Arg_comparator),
// where MariaDB says 4078.

import { describe, expect, it } from "vitest";
import { Spbed } from "../../src/index.ts";
import { render } from "../../src/values/render.ts";

function client() {
  const c = new Spbed().connect();
  c.exec(`
    CREATE DATABASE d; USE d;
    CREATE TABLE t (id INT PRIMARY KEY, v INT, s VARCHAR(10));
    INSERT INTO t VALUES (1, 10, 'a'), (2, 20, 'b'), (3, NULL, NULL), (4, 30, 'C');
    CREATE TABLE e (id INT PRIMARY KEY, v INT);
  `);
  return {
    row: (sql: string) => {
      const [out] = c.exec(sql);
      return out?.resultSets[0]?.rows[0]?.map((v) => render(v));
    },
    ids: (sql: string) => {
      const [out] = c.exec(sql);
      return out?.resultSets[0]?.rows.map((r) => render(r[0] ?? null));
    },
    error: (sql: string) => {
      const [r] = c.run(sql);
      if (r === undefined || r.ok) throw new Error(`expected an error from ${sql}`);
      return `${r.error.errno} ${r.error.message}`;
    },
    exec: (sql: string) => c.exec(sql),
  };
}

describe("ALL, ANY and SOME", () => {
  const t = client();
  it("over no rows: ALL is true and ANY false, even for a NULL operand", () => {
    expect(t.row("SELECT 1 > ALL (SELECT v FROM e), 1 > ANY (SELECT v FROM e), NULL = ALL (SELECT v FROM e)")).toEqual([
      "1",
      "0",
      "1",
    ]);
    expect(t.row("SELECT NULL = ANY (SELECT v FROM e), NULL <> ALL (SELECT v FROM e)")).toEqual(["0", "1"]);
  });
  it("NULL rows leave the answer open unless another row decides it", () => {
    const nulls = "(SELECT 1 UNION SELECT NULL)";
    expect(t.row(`SELECT 2 > ALL ${nulls}, 0 > ALL ${nulls}, 2 > ANY ${nulls}, 0 > ANY ${nulls}`)).toEqual([
      null,
      "0",
      "1",
      null,
    ]);
    expect(t.row("SELECT NULL > ANY (SELECT 1), NULL < ALL (SELECT 1)")).toEqual([null, null]);
  });
  it("SOME is ANY; = ANY is IN and <> ALL is NOT IN", () => {
    expect(t.row("SELECT 1 = SOME (SELECT 1), 1 <> SOME (SELECT 1), 1 <> SOME (SELECT 1 UNION SELECT 2)")).toEqual([
      "1",
      "0",
      "1",
    ]);
    expect(t.ids("SELECT id FROM t WHERE v = ANY (SELECT v FROM t WHERE id < 3) ORDER BY id")).toEqual(["1", "2"]);
    expect(t.ids("SELECT id FROM t WHERE v <> ALL (SELECT v FROM t WHERE id < 3) ORDER BY id")).toEqual(["4"]);
    // a NULL in the subquery makes <> ALL NULL for every row
    expect(t.ids("SELECT id FROM t WHERE v <> ALL (SELECT v FROM t) ORDER BY id")).toEqual([]);
  });
  it("correlated, with the comparison types of the scalar operators", () => {
    expect(
      t.ids(
        "SELECT id FROM t WHERE v <= ALL (SELECT v FROM t AS u WHERE u.id >= t.id AND u.v IS NOT NULL) ORDER BY id",
      ),
    ).toEqual(["1", "2", "4"]);
    // strings under the case-insensitive default collation; a string against a number as DOUBLE
    expect(t.ids("SELECT id FROM t WHERE s = ANY (SELECT 'A' UNION SELECT 'c') ORDER BY id")).toEqual(["1", "4"]);
    expect(t.row("SELECT '10' > ALL (SELECT 9), '9' > ALL (SELECT 10), 0x41 = ANY (SELECT 65)")).toEqual([
      "1",
      "0",
      "1",
    ]);
  });
  it("takes one column, and a row only for = ANY and <> ALL (1241)", () => {
    expect(t.error("SELECT 1 = ANY (SELECT 1, 2)")).toBe("1241 Operand should contain 1 column(s)");
    // checked when compiled, not when a row comes back
    expect(t.error("SELECT 1 > ALL (SELECT id, v FROM t WHERE id = 0)")).toBe(
      "1241 Operand should contain 1 column(s)",
    );
    expect(t.error("SELECT (1, 2) > ANY (SELECT 1, 2)")).toBe("1241 Operand should contain 1 column(s)");
    expect(t.error("SELECT (1, 2) = ALL (SELECT 1, 2)")).toBe("1241 Operand should contain 1 column(s)");
    expect(t.row("SELECT (1, 2) = ANY (SELECT 1, 2), (1, 2) <> ALL (SELECT 1, 2)")).toEqual(["1", "0"]);
  });
  it("refuses LIMIT directly inside (1235)", () => {
    expect(t.error("SELECT 1 > ALL (SELECT 1 LIMIT 1)")).toBe(
      "1235 This version of MySQL doesn't yet support 'LIMIT & IN/ALL/ANY/SOME subquery'",
    );
  });
});

describe("rows against subqueries", () => {
  const t = client();
  it("(a, b) IN (SELECT c, d ...) with NULLs on either side", () => {
    expect(
      t.row(
        "SELECT (1, 2) IN (SELECT 1, NULL), (1, 2) IN (SELECT 2, NULL), (1, NULL) IN (SELECT 1, 2), (1, NULL) IN (SELECT 2, 2), (1, 2) NOT IN (SELECT 1, NULL)",
      ),
    ).toEqual([null, "0", null, "0", null]);
    expect(t.row("SELECT (1, NULL) IN (SELECT id, v FROM e), (1, NULL) NOT IN (SELECT id, v FROM e)")).toEqual([
      "0",
      "1",
    ]);
    expect(t.ids("SELECT id FROM t WHERE (id, v) IN (SELECT id, v FROM t WHERE id <> 2) ORDER BY id")).toEqual([
      "1",
      "4",
    ]);
  });
  it("row comparisons with a row subquery, which is NULL when it finds no row", () => {
    expect(
      t.row("SELECT (1, 2) = (SELECT 1, 2), (1, 2) = (SELECT 1, 2 FROM e), (SELECT 1, 2) < (SELECT 1, 3)"),
    ).toEqual(["1", null, "1"]);
    expect(t.row("SELECT (1, NULL) < (SELECT 2, 1), (NULL, 1) < (SELECT 2, 1), (1, NULL) = (SELECT 2, 1)")).toEqual([
      "1",
      null,
      "0",
    ]);
    expect(t.row("SELECT (1, 2) <=> (SELECT 1, 2 FROM e), (NULL, NULL) <=> (SELECT 1, 2 FROM e)")).toEqual(["0", "1"]);
    expect(t.error("SELECT (SELECT id, v FROM t) = (1, 10)")).toBe("1242 Subquery returns more than 1 row");
  });
  it("mismatched widths are 1241 with the left operand's width, as MySQL checks the right against the left", () => {
    expect(t.error("SELECT (1, 2) = (SELECT 1, 2, 3)")).toBe("1241 Operand should contain 2 column(s)");
    expect(t.error("SELECT (1, 2) IN (SELECT 1)")).toBe("1241 Operand should contain 2 column(s)");
    expect(t.error("SELECT 1 IN (SELECT 1, 2)")).toBe("1241 Operand should contain 1 column(s)");
    // MariaDB: 4078 Illegal parameter data types
    expect(t.error("SELECT 1 = (1, 2)")).toBe("1241 Operand should contain 1 column(s)");
    expect(t.error("SELECT (1, 2) = 1")).toBe("1241 Operand should contain 2 column(s)");
    expect(t.error("SELECT (SELECT 1, 2) = 1")).toBe("1241 Operand should contain 2 column(s)");
    expect(t.error("SELECT 1 = (SELECT 1, 2)")).toBe("1241 Operand should contain 1 column(s)");
    // a scalar subquery of two columns, even without a row
    expect(t.error("SELECT (SELECT id, v FROM t WHERE id = 0)")).toBe("1241 Operand should contain 1 column(s)");
  });
});

describe("inside stored programs (subqueries compiled on their first run)", () => {
  const t = client();
  t.exec(`
    DELIMITER $$
    CREATE PROCEDURE p(IN x INT, IN k INT)
    BEGIN
      DECLARE top INT DEFAULT (x > ALL (SELECT v FROM t WHERE v IS NOT NULL));
      DECLARE hit INT;
      SET hit = (k, x) IN (SELECT id, v FROM t);
      IF (k, x) = (SELECT id, v FROM t WHERE id = k) THEN
        SELECT 'row equal', top, hit;
      ELSEIF x < ALL (SELECT v FROM t WHERE id > k) THEN
        SELECT 'below all', top, hit;
      ELSE
        SELECT 'other', top, hit;
      END IF;
    END$$
    CREATE PROCEDURE widths(IN which INT)
    BEGIN
      DECLARE r INT;
      IF which = 1 THEN SET r = 1 = ANY (SELECT id, v FROM t WHERE id = 0);
      ELSEIF which = 2 THEN SET r = (1, 2) IN (SELECT id FROM e);
      ELSE SET r = (SELECT id FROM t WHERE id = 1) = (1, 10);
      END IF;
    END$$
    DELIMITER ;
  `);
  const call = (sql: string) => {
    const [out] = t.exec(sql);
    return out?.resultSets[0]?.rows[0]?.map((v) => render(v));
  };
  it("SET, DECLARE DEFAULT and IF", () => {
    expect(call("CALL p(20, 2)")).toEqual(["row equal", "0", "1"]);
    expect(call("CALL p(NULL, 9)")).toEqual(["below all", null, "0"]);
    expect(call("CALL p(40, 0)")).toEqual(["other", "1", "0"]);
  });
  it("checks the width on the first run even when no row comes back", () => {
    expect(t.error("CALL widths(1)")).toBe("1241 Operand should contain 1 column(s)");
    expect(t.error("CALL widths(2)")).toBe("1241 Operand should contain 2 column(s)");
    expect(t.error("CALL widths(3)")).toBe("1241 Operand should contain 1 column(s)");
  });
});
