// CREATE TABLE ... SELECT: derived columns, merging with written definitions, duplicates, atomicity, IF NOT EXISTS,
// and use inside a procedure. Types checked on MariaDB 10.11 and against MySQL 8's create_table_from_items.

import { describe, expect, it } from "vitest";
import { Spbed, SqlError } from "../../src/index.ts";

function client() {
  const c = new Spbed().connect();
  c.exec(`CREATE DATABASE d; USE d;
    CREATE TABLE src (id INT NOT NULL PRIMARY KEY, v VARCHAR(10) DEFAULT 'x' COMMENT 'cm', n DECIMAL(6,2));
    INSERT INTO src VALUES (1, 'a', 1.50), (2, 'b', NULL), (3, 'a', 2.00);`);
  const rows = (sql: string) => c.exec(sql)[0]?.resultSets[0]?.rows;
  const fail = (sql: string) => {
    try {
      c.exec(sql);
    } catch (e) {
      if (e instanceof SqlError) return `${e.errno} ${e.message}`;
      throw e;
    }
    return "no error";
  };
  const createText = (t: string) => String(rows(`SHOW CREATE TABLE ${t}`)?.[0]?.[1]);
  return { c, rows, fail, createText };
}

describe("CREATE TABLE ... SELECT", () => {
  it("keeps a source column's type, NOT NULL, DEFAULT and COMMENT but no key", () => {
    const { c, rows, createText } = client();
    c.exec("CREATE TABLE t AS SELECT * FROM src");
    expect(createText("t")).toBe(
      "CREATE TABLE `t` (\n  `id` int NOT NULL,\n  `v` varchar(10) DEFAULT 'x' COMMENT 'cm',\n" +
        "  `n` decimal(6,2) DEFAULT NULL\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci",
    );
    expect(rows("SELECT id, v, CAST(n AS CHAR) FROM t ORDER BY id")).toEqual([
      [1, "a", "1.50"],
      [2, "b", null],
      [3, "a", "2.00"],
    ]);
  });

  it("types literals as MySQL does: INT below 10 digits, DECIMAL(p,s), VARCHAR(n), BINARY(0) for NULL", () => {
    const { c, createText } = client();
    c.exec("CREATE TABLE t SELECT 1 AS a, 1234567890 AS b, 'abc' AS c, 1.50 AS d, NULL AS e, 1e0 AS f");
    expect(createText("t")).toContain(
      "`a` int NOT NULL,\n  `b` bigint NOT NULL,\n  `c` varchar(3) NOT NULL,\n  `d` decimal(3,2) NOT NULL,\n" +
        "  `e` binary(0) DEFAULT NULL,\n  `f` double NOT NULL\n",
    );
  });

  it("puts written columns first and gives a selected column of the same name their type", () => {
    const { c, rows } = client();
    c.exec("CREATE TABLE t (x INT, v VARCHAR(3), UNIQUE KEY (v)) IGNORE SELECT v, id FROM src");
    expect(rows("SELECT COLUMN_NAME, COLUMN_TYPE FROM information_schema.COLUMNS WHERE TABLE_NAME = 't'")).toEqual([
      ["x", "int"],
      ["v", "varchar(3)"],
      ["id", "int"],
    ]);
    expect(rows("SELECT x, v, id FROM t ORDER BY id")).toEqual([
      [null, "a", 1],
      [null, "b", 2],
    ]);
    expect(c.exec("SHOW WARNINGS")[0]?.resultSets[0]?.rows).toEqual([]);
  });

  it("fails a duplicate with 1062 and leaves no table; REPLACE keeps the last row", () => {
    const { c, rows, fail } = client();
    expect(fail("CREATE TABLE t (PRIMARY KEY (v)) SELECT v FROM src")).toBe(
      "1062 Duplicate entry 'a' for key 't.PRIMARY'",
    );
    expect(fail("SELECT * FROM t")).toBe("1146 Table 'd.t' doesn't exist");
    c.exec("CREATE TABLE t (UNIQUE KEY (v)) REPLACE SELECT v, id FROM src");
    expect(rows("SELECT v, id FROM t ORDER BY v")).toEqual([
      ["a", 3],
      ["b", 2],
    ]);
  });

  it("leaves no table after a strict-mode error", () => {
    const { fail } = client();
    expect(fail("CREATE TABLE t (v VARCHAR(1)) SELECT CONCAT(v, 'z') AS v FROM src")).toBe(
      "1406 Data too long for column 'v' at row 1",
    );
    expect(fail("SELECT * FROM t")).toBe("1146 Table 'd.t' doesn't exist");
  });

  it("is 1050 when the table exists; IF NOT EXISTS only notes it and inserts nothing", () => {
    const { c, rows, fail } = client();
    expect(fail("CREATE TABLE src SELECT 1 AS id")).toBe("1050 Table 'src' already exists");
    c.exec("CREATE TABLE IF NOT EXISTS src SELECT 9 AS id, 'q' AS v, NULL AS n");
    expect(rows("SHOW WARNINGS")).toEqual([["Note", 1050, "Table 'src' already exists"]]);
    expect(rows("SELECT COUNT(*) FROM src")).toEqual([[3]]);
  });

  it("is 1113 for a table with neither columns nor a query", () => {
    const { fail } = client();
    expect(fail("CREATE TABLE t")).toBe("1113 A table must have at least 1 column");
    expect(fail("CREATE TABLE t ENGINE=InnoDB")).toBe("1113 A table must have at least 1 column");
  });

  it("runs inside a procedure, reading its parameters", () => {
    const { c, rows } = client();
    c.exec(`DELIMITER $$
      CREATE PROCEDURE p(k INT) BEGIN CREATE TABLE t SELECT id, v FROM src WHERE id > k; END$$
      DELIMITER ;
      CALL p(1);`);
    expect(rows("SELECT id, v FROM t ORDER BY id")).toEqual([
      [2, "b"],
      [3, "a"],
    ]);
  });

  it("makes the columns of an outer join's inner side nullable", () => {
    const { c, rows } = client();
    c.exec("CREATE TABLE t SELECT a.id, b.id AS bid FROM src a LEFT JOIN src b ON b.id = a.id + 1");
    expect(rows("SELECT COLUMN_NAME, IS_NULLABLE FROM information_schema.COLUMNS WHERE TABLE_NAME = 't'")).toEqual([
      ["id", "NO"],
      ["bid", "YES"],
    ]);
  });
});
