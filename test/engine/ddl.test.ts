// Definitions and catalog introspection: error numbers and texts (MySQL 8, checked against MariaDB 10.11 where they
// agree), trigger ordering, SHOW, DESCRIBE and information_schema.

import { describe, expect, it } from "vitest";
import type { CreateRoutine, Statement } from "../../src/ast.ts";
import { Temporal } from "../../src/values/value.ts";
import { bed, col, createTable, dt, insert, key, num, q, str, trigger } from "./harness.ts";

const S = { start: 0, end: 0 };
const createDb = (name: string, ifNotExists = false): Statement => ({
  kind: "CreateDatabase",
  name,
  ifNotExists,
  ...S,
});
const dropDb = (name: string, ifExists = false): Statement => ({ kind: "DropDatabase", name, ifExists, ...S });
const use = (name: string): Statement => ({ kind: "Use", name, ...S });
const dropTable = (names: string[], ifExists = false): Statement => ({
  kind: "DropTable",
  names: names.map((n) => (n.includes(".") ? q(n.split(".")[1], n.split(".")[0]) : q(n))),
  ifExists,
  temporary: false,
  ...S,
});
const dropTrigger = (name: string, ifExists = false): Statement => ({
  kind: "DropTrigger",
  name: q(name),
  ifExists,
  ...S,
});
const show = (what: string, o: Record<string, unknown> = {}): Statement =>
  ({ kind: "Show", what, ...o, ...S }) as Statement;

function routine(type: "PROCEDURE" | "FUNCTION", name: string): CreateRoutine {
  const source = `CREATE ${type} ${name}() BEGIN END`;
  return {
    kind: "CreateRoutine",
    routineType: type,
    ifNotExists: false,
    name: q(name),
    params: [],
    characteristics: {},
    body: { kind: "Block", body: [], start: source.indexOf("BEGIN"), end: source.length },
    source,
    start: 0,
    end: source.length,
  };
}

describe("databases", () => {
  it("CREATE/DROP/USE with 1007, 1008, 1049 and 1046", () => {
    const c = bed().connect({ database: null });
    expect(c.run(createDb("eng")).affectedRows).toBe(1);
    expect(c.error(createDb("eng"))).toEqual({
      errno: 1007,
      sqlstate: "HY000",
      message: "Can't create database 'eng'; database exists",
    });
    c.run(createDb("eng", true));
    expect(c.session.warnings[0]).toMatchObject({ level: "Note", errno: 1007 });
    expect(c.error(dropDb("nosuch")).message).toBe("Can't drop database 'nosuch'; database doesn't exist");
    expect(c.error(use("nosuch"))).toEqual({ errno: 1049, sqlstate: "42000", message: "Unknown database 'nosuch'" });
    expect(c.error(createTable("t", [col("i", dt("INT"))]))).toEqual({
      errno: 1046,
      sqlstate: "3D000",
      message: "No database selected",
    });
    c.run(use("eng"));
    c.run(createTable("t", [col("i", dt("INT"))]));
    c.run(dropDb("eng"));
    expect(c.session.database).toBeNull();
  });
});

describe("tables", () => {
  it("1050, 1051 (all missing names, nothing dropped), 1146, IF [NOT] EXISTS notes", () => {
    const c = bed().connect();
    c.run(createTable("t", [col("i", dt("INT"))]));
    expect(c.error(createTable("t", [col("i", dt("INT"))]))).toEqual({
      errno: 1050,
      sqlstate: "42S01",
      message: "Table 't' already exists",
    });
    c.run(createTable("t", [col("i", dt("INT"))], [], { ifNotExists: true }));
    expect(c.session.warnings[0]).toMatchObject({ level: "Note", errno: 1050 });
    expect(c.error(dropTable(["t", "nosuch", "test.t2"]))).toEqual({
      errno: 1051,
      sqlstate: "42S02",
      message: "Unknown table 'test.nosuch,test.t2'",
    });
    expect(c.rows("t")).toEqual([]);
    c.run(dropTable(["nosuch"], true));
    expect(c.session.warnings[0]).toMatchObject({ errno: 1051, message: "Unknown table 'test.nosuch'" });
    expect(c.error(insert("nosuch", undefined, [[num(1)]]))).toEqual({
      errno: 1146,
      sqlstate: "42S02",
      message: "Table 'test.nosuch' doesn't exist",
    });
  });

  it("rejects bad definitions: 1060, 1068, 1075", () => {
    const c = bed().connect();
    expect(c.error(createTable("k", [col("a", dt("INT")), col("a", dt("INT"))])).message).toBe(
      "Duplicate column name 'a'",
    );
    expect(
      c.error(
        createTable("k", [col("a", dt("INT")), col("b", dt("INT"))], [key("PRIMARY", ["a"]), key("PRIMARY", ["b"])]),
      ).errno,
    ).toBe(1068);
    expect(
      c.error(
        createTable("k", [
          col("a", dt("INT"), { autoIncrement: true, primaryKey: true }),
          col("b", dt("INT"), { autoIncrement: true }),
        ]),
      ).message,
    ).toBe("Incorrect table definition; there can be only one auto column and it must be defined as a key");
  });

  it("TRUNCATE empties the table and resets AUTO_INCREMENT; CREATE TABLE LIKE copies the definition", () => {
    const c = bed().connect();
    c.run(createTable("a", [col("id", dt("INT"), { autoIncrement: true, primaryKey: true }), col("x", dt("INT"))]));
    c.run(insert("a", ["x"], [[num(1)], [num(2)]]));
    c.run({ kind: "TruncateTable", name: q("a"), ...S });
    c.run(insert("a", ["x"], [[num(3)]]));
    expect(c.rows("a")).toEqual([[1, 3]]);
    c.run(createTable("b", [], [], { like: q("a") }));
    c.run(insert("b", ["x"], [[num(4)]]));
    expect(c.rows("b")).toEqual([[1, 4]]);
  });
});

describe("triggers and routines in the catalog", () => {
  it("1359, 1360, 3011 and 1146 for a trigger on a missing table; DROP TABLE drops its triggers", () => {
    const b = bed();
    const c = b.connect();
    c.run(createTable("t", [col("i", dt("INT"))]));
    expect(c.error(trigger("tr", "BEFORE", "INSERT", "nosuch")).errno).toBe(1146);
    c.run(trigger("tr", "BEFORE", "INSERT", "t"));
    expect(c.error(trigger("tr", "BEFORE", "INSERT", "t"))).toEqual({
      errno: 1359,
      sqlstate: "HY000",
      message: "Trigger already exists",
    });
    expect(c.error(trigger("tr2", "AFTER", "INSERT", "t", { position: "FOLLOWS", other: "tr" })).message).toBe(
      "Referenced trigger 'tr' for the given action time and event type does not exist.",
    );
    expect(c.error(dropTrigger("nosuch"))).toEqual({
      errno: 1360,
      sqlstate: "HY000",
      message: "Trigger does not exist",
    });
    c.run(dropTrigger("nosuch", true));
    c.run(dropTable(["t"]));
    expect(b.server.catalog.trigger("test", "tr")).toBeUndefined();
  });

  it("routines: 1304 and 1305, stored with the sql_mode of creation", () => {
    const b = bed();
    const c = b.connect();
    c.run(routine("PROCEDURE", "p"));
    expect(c.error(routine("PROCEDURE", "P"))).toEqual({
      errno: 1304,
      sqlstate: "42000",
      message: "PROCEDURE P already exists",
    });
    c.run(routine("FUNCTION", "p"));
    expect(b.server.catalog.routine("test", "PROCEDURE", "P")?.sqlMode).toBe("STRICT_TRANS_TABLES");
    const drop = (type: "PROCEDURE" | "FUNCTION", name: string): Statement => ({
      kind: "DropRoutine",
      routineType: type,
      name: q(name),
      ifExists: false,
      ...S,
    });
    c.run(drop("PROCEDURE", "p"));
    expect(c.error(drop("PROCEDURE", "p"))).toEqual({
      errno: 1305,
      sqlstate: "42000",
      message: "PROCEDURE test.p does not exist",
    });
    expect(b.server.catalog.routine("test", "FUNCTION", "p")).toBeDefined();
  });
});

describe("introspection", () => {
  function table() {
    const b = bed();
    const c = b.connect();
    c.run(
      createTable(
        "sc",
        [
          col("id", dt("INT", undefined, undefined, { unsigned: true }), { nullable: false, autoIncrement: true }),
          col("a", dt("VARCHAR", 32), { nullable: false, default: str("x") }),
          col("b", dt("TINYINT", 1), { default: num(0) }),
          col("c", dt("DECIMAL", 5, 2)),
          col("g", dt("TEXT")),
          col("h", dt("BOOLEAN")),
        ],
        [key("PRIMARY", ["id"]), key("UNIQUE", ["a"]), key("INDEX", ["b"], "kb")],
        { options: [{ kind: "TableOption", name: "COMMENT", value: "hi", ...S }] },
      ),
    );
    return { b, c };
  }

  it("SHOW CREATE TABLE in MySQL 8's format", () => {
    const { c } = table();
    c.run(insert("sc", ["a"], [[str("p")], [str("q")]]));
    const out = c.run(show("CREATE TABLE", { name: q("sc") }));
    expect(out.resultSets[0].rows[0][1]).toBe(
      [
        "CREATE TABLE `sc` (",
        "  `id` int unsigned NOT NULL AUTO_INCREMENT,",
        "  `a` varchar(32) NOT NULL DEFAULT 'x',",
        "  `b` tinyint(1) DEFAULT '0',",
        "  `c` decimal(5,2) DEFAULT NULL,",
        "  `g` text,",
        "  `h` tinyint(1) DEFAULT NULL,",
        "  PRIMARY KEY (`id`),",
        "  UNIQUE KEY `a` (`a`),",
        "  KEY `kb` (`b`)",
        ") ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci COMMENT='hi'",
      ].join("\n"),
    );
  });

  it("DESCRIBE and SHOW TABLES", () => {
    const { c } = table();
    const d = c.run({ kind: "Describe", table: q("sc"), ...S }).resultSets[0];
    expect(d.columns).toEqual(["Field", "Type", "Null", "Key", "Default", "Extra"]);
    expect(d.rows.slice(0, 3)).toEqual([
      ["id", "int unsigned", "NO", "PRI", null, "auto_increment"],
      ["a", "varchar(32)", "NO", "UNI", "x", ""],
      ["b", "tinyint(1)", "YES", "MUL", "0", ""],
    ]);
    c.run(createTable("other", [col("i", dt("INT"))]));
    const t = c.run(show("TABLES")).resultSets[0];
    expect(t).toEqual({ columns: ["Tables_in_test"], rows: [["other"], ["sc"]] });
  });

  it("SHOW TRIGGERS, SHOW PROCEDURE STATUS and information_schema tables", () => {
    const { b, c } = table();
    c.run(trigger("t2", "BEFORE", "INSERT", "sc"));
    c.run(trigger("t1", "BEFORE", "INSERT", "sc", { position: "PRECEDES", other: "t2" }));
    c.run(routine("PROCEDURE", "p"));
    const trg = c.run(show("TRIGGERS")).resultSets[0];
    expect(trg.rows.map((r) => [r[0], r[1], r[2], r[3], r[4]])).toEqual([
      ["t1", "INSERT", "sc", "BEGIN END", "BEFORE"],
      ["t2", "INSERT", "sc", "BEGIN END", "BEFORE"],
    ]);
    expect(trg.rows[0][5]).toBeInstanceOf(Temporal);
    const ps = c.run(show("PROCEDURE STATUS")).resultSets[0];
    expect(ps.rows.map((r) => [r[0], r[1], r[2]])).toEqual([["test", "p", "PROCEDURE"]]);
    const cat = b.server.catalog;
    const it = cat.lookupTable("information_schema", "TRIGGERS");
    const names = it.columns.map((x) => x.name);
    expect([...it.scan()].map((r) => [r[names.indexOf("TRIGGER_NAME")], r[names.indexOf("ACTION_ORDER")]])).toEqual([
      ["t1", 1],
      ["t2", 2],
    ]);
    const cols = cat.lookupTable("INFORMATION_SCHEMA", "columns");
    const cn = cols.columns.map((x) => x.name);
    const idRow = [...cols.scan()].find((r) => r[cn.indexOf("COLUMN_NAME")] === "id");
    expect(idRow?.[cn.indexOf("COLUMN_TYPE")]).toBe("int unsigned");
    expect(idRow?.[cn.indexOf("COLUMN_KEY")]).toBe("PRI");
    const routines = [...cat.lookupTable("information_schema", "ROUTINES").scan()];
    expect(routines).toHaveLength(1);
    expect(() => cat.lookupTable("information_schema", "nope")).toThrow(
      "Table 'information_schema.nope' doesn't exist",
    );
    const tables = [...cat.lookupTable("information_schema", "TABLES").scan()].map((r) => r[2]);
    expect(tables).toEqual(["sc"]);
  });
});
