// INSERT/REPLACE/ODKU/UPDATE/DELETE behaviour, each case checked on MariaDB 10.11 first (with MySQL 8's key naming).

import { describe, expect, it } from "vitest";
import { Decimal } from "../../src/values/value.ts";
import {
  bed,
  bin,
  col,
  createTable,
  del,
  dflt,
  dt,
  insert,
  key,
  nul,
  num,
  ref,
  str,
  trigger,
  update,
} from "./harness.ts";

function twoKeys() {
  const b = bed();
  const c = b.connect();
  c.run(
    createTable(
      "t",
      [
        col("id", dt("INT")),
        col("u", dt("INT"), { unique: true }),
        col("v", dt("INT"), { nullable: false }),
        col("w", dt("INT")),
      ],
      [key("PRIMARY", ["id"])],
    ),
  );
  return { b, c };
}

describe("INSERT", () => {
  it("keeps rows in primary-key order and looks them up by key", () => {
    const { b, c } = twoKeys();
    const out = c.run(
      insert("t", undefined, [
        [num(3), num(30), num(1), nul()],
        [num(1), num(10), num(1), nul()],
        [num(2), num(20), num(1), nul()],
      ]),
    );
    expect(out.affectedRows).toBe(3);
    expect(c.rows("t").map((r) => r[0])).toEqual([1, 2, 3]);
    const t = b.server.catalog.requireTable("test", "t");
    expect(t.getByPrimaryKey([2])).toEqual([2, 20, 1, null]);
    expect(t.getByPrimaryKey([9])).toBeUndefined();
  });

  it("reports 1062 with MySQL 8's table-qualified key name and leaves no row of a failing multi-row insert", () => {
    const { c } = twoKeys();
    c.run(insert("t", ["id", "u", "v"], [[num(1), num(1), num(1)]]));
    const e = c.error(
      insert(
        "t",
        ["id", "u", "v"],
        [
          [num(10), num(10), num(1)],
          [num(11), num(11), num(1)],
          [num(1), num(12), num(1)],
        ],
      ),
    );
    expect(e).toEqual({ errno: 1062, sqlstate: "23000", message: "Duplicate entry '1' for key 't.PRIMARY'" });
    expect(c.rows("t").map((r) => r[0])).toEqual([1]);
    const u = c.error(insert("t", ["id", "u", "v"], [[num(5), num(1), num(1)]]));
    expect(u.message).toBe("Duplicate entry '1' for key 't.u'");
  });

  it("treats 'a' and 'A' as the same key under utf8mb4_0900_ai_ci", () => {
    const b = bed();
    const c = b.connect();
    c.run(createTable("s", [col("k", dt("VARCHAR", 10))], [key("PRIMARY", ["k"])]));
    c.run(insert("s", undefined, [[str("a")]]));
    expect(c.error(insert("s", undefined, [[str("A")]])).message).toBe("Duplicate entry 'A' for key 's.PRIMARY'");
    expect(b.server.catalog.requireTable("test", "s").getByPrimaryKey(["A"])).toEqual(["a"]);
  });

  it("INSERT IGNORE skips duplicates with a warning and counts inserted rows only", () => {
    const { c } = twoKeys();
    const out = c.run(
      insert(
        "t",
        ["id", "v"],
        [
          [num(10), num(1)],
          [num(11), num(1)],
          [num(10), num(2)],
        ],
        { ignore: true },
      ),
    );
    expect(out.affectedRows).toBe(2);
    expect(c.session.warnings.map((w) => [w.level, w.errno, w.message])).toEqual([
      ["Warning", 1062, "Duplicate entry '10' for key 't.PRIMARY'"],
    ]);
  });

  it("fails with 1364 for a NOT NULL column without a value and 1048 for an explicit NULL", () => {
    const { c } = twoKeys();
    expect(c.error(insert("t", ["id"], [[num(1)]])).message).toBe("Field 'v' doesn't have a default value");
    expect(c.error(insert("t", ["id", "v"], [[num(1), nul()]]))).toEqual({
      errno: 1048,
      sqlstate: "23000",
      message: "Column 'v' cannot be null",
    });
    expect(c.error(insert("t", ["id", "nope"], [[num(1), num(1)]])).message).toBe(
      "Unknown column 'nope' in 'field list'",
    );
    expect(c.error(insert("t", ["id", "v"], [[num(1)]])).message).toBe(
      "Column count doesn't match value count at row 1",
    );
  });

  it("lets a BEFORE INSERT trigger fill a NOT NULL column (checked after BEFORE triggers)", () => {
    const { b, c } = twoKeys();
    c.run(trigger("bi", "BEFORE", "INSERT", "t"));
    b.bodies.set("bi", (_c, n) => {
      if (n && n[2] === null) n[2] = 7;
    });
    c.run(insert("t", ["id"], [[num(1)]]));
    c.run(insert("t", ["id", "v"], [[num(2), nul()]]));
    expect(c.rows("t").map((r) => r[2])).toEqual([7, 7]);
  });

  it("warns and stores the implicit default for NULL into NOT NULL in a non-strict multi-row insert", () => {
    const b = bed();
    const c = b.connect({ strict: false });
    c.run(createTable("n", [col("a", dt("INT"), { nullable: false })]));
    c.run(insert("n", undefined, [[num(1)], [nul()]]));
    expect(c.rows("n")).toEqual([[1], [0]]);
    expect(c.session.warnings[0]).toMatchObject({ errno: 1048, message: "Column 'a' cannot be null" });
    // A single-row insert fails even when not strict (MariaDB 10.11 and MySQL 8).
    expect(c.error(insert("n", undefined, [[nul()]])).errno).toBe(1048);
  });

  it("uses column defaults and DEFAULT", () => {
    const b = bed();
    const c = b.connect();
    c.run(
      createTable("d", [
        col("a", dt("INT"), { default: num(5) }),
        col("b", dt("VARCHAR", 5), { default: str("x") }),
        col("c", dt("INT")),
      ]),
    );
    c.run(insert("d", ["c"], [[num(1)]]));
    c.run(insert("d", undefined, [[dflt(), dflt(), num(2)]]));
    expect(c.rows("d")).toEqual([
      [5, "x", 1],
      [5, "x", 2],
    ]);
  });
});

describe("AUTO_INCREMENT", () => {
  it("generates ids, LAST_INSERT_ID is the first id of a multi-row insert, explicit ids move the counter", () => {
    const b = bed();
    const c = b.connect();
    c.run(createTable("a", [col("id", dt("INT"), { autoIncrement: true, primaryKey: true }), col("x", dt("INT"))]));
    c.run(insert("a", ["x"], [[num(1)], [num(2)]]));
    expect(c.session.lastInsertId).toBe(1);
    c.run(insert("a", ["id", "x"], [[num(10), num(3)]]));
    expect(c.session.lastInsertId).toBe(1);
    c.run(
      insert(
        "a",
        ["id", "x"],
        [
          [nul(), num(4)],
          [num(0), num(5)],
        ],
      ),
    );
    expect(c.session.lastInsertId).toBe(11);
    expect(c.rows("a").map((r) => r[0])).toEqual([1, 2, 10, 11, 12]);
  });

  it("shows NEW.id as 0 in a BEFORE INSERT trigger and does not give back ids of a failed statement", () => {
    const b = bed();
    const c = b.connect();
    c.run(createTable("a", [col("id", dt("INT"), { autoIncrement: true, primaryKey: true }), col("x", dt("TINYINT"))]));
    const seen: unknown[] = [];
    c.run(trigger("bi", "BEFORE", "INSERT", "a"));
    b.bodies.set("bi", (_c, n) => seen.push(n?.[0]));
    c.run(insert("a", ["x"], [[num(1)]]));
    expect(seen).toEqual([0]);
    c.error(insert("a", ["x"], [[num(2)], [num(300)]]));
    c.run(insert("a", ["x"], [[num(3)]]));
    // InnoDB does not roll the counter back: ids 2 and 3 were taken by the failed statement.
    expect(c.rows("a").map((r) => r[0])).toEqual([1, 4]);
    c.error(insert("a", ["x"], [[num(300)]]));
    c.error(insert("a", ["x"], [[num(5)], [num(6)], [num(7)], [num(500)], [num(8)]]));
    expect(c.rows("a").map((r) => r[0])).toEqual([1, 4]);
    c.run(insert("a", ["x"], [[num(9)]]));
    expect(c.rows("a").map((r) => r[0])).toEqual([1, 4, 10]);
  });
});

describe("REPLACE and ON DUPLICATE KEY UPDATE", () => {
  function logged() {
    const { b, c } = twoKeys();
    for (const [n, timing, event] of [
      ["bi", "BEFORE", "INSERT"],
      ["ai", "AFTER", "INSERT"],
      ["bu", "BEFORE", "UPDATE"],
      ["au", "AFTER", "UPDATE"],
      ["bd", "BEFORE", "DELETE"],
      ["ad", "AFTER", "DELETE"],
    ] as const) {
      c.run(trigger(n, timing, event, "t"));
    }
    c.run(
      insert("t", undefined, [
        [num(1), num(1), num(1), nul()],
        [num(2), num(2), num(1), nul()],
      ]),
    );
    b.fired.length = 0;
    return { b, c };
  }

  it("REPLACE deletes the conflicting row: 2 affected rows, triggers BI BD AD AI", () => {
    const { b, c } = logged();
    expect(c.run(insert("t", undefined, [[num(1), num(1), num(9), num(9)]], { replace: true })).affectedRows).toBe(2);
    expect(b.fired).toEqual(["bi", "bd", "ad", "ai"]);
    // A row colliding on two unique keys replaces both: 3 affected rows.
    expect(c.run(insert("t", undefined, [[num(1), num(2), num(9), num(9)]], { replace: true })).affectedRows).toBe(3);
    expect(c.rows("t")).toEqual([[1, 2, 9, 9]]);
  });

  it("ODKU: 2 for an updated row, 0 when nothing changed, 1 for an insert; triggers BI BU AU", () => {
    const { b, c } = logged();
    const odku = [{ kind: "Assignment", column: ref("w"), value: num(10), start: 0, end: 0 }] as never;
    expect(c.run(insert("t", undefined, [[num(1), num(1), num(1), num(1)]], { onDuplicate: odku })).affectedRows).toBe(
      2,
    );
    expect(b.fired).toEqual(["bi", "bu", "au"]);
    expect(c.run(insert("t", undefined, [[num(1), num(1), num(1), num(1)]], { onDuplicate: odku })).affectedRows).toBe(
      0,
    );
    expect(c.run(insert("t", undefined, [[num(5), num(5), num(5), num(5)]], { onDuplicate: odku })).affectedRows).toBe(
      1,
    );
    expect(c.rows("t").map((r) => r[3])).toEqual([10, null, 5]);
  });

  it("ODKU reads the existing row by name and the proposed row through VALUES(col)", () => {
    const { c } = logged();
    const odku = [
      {
        kind: "Assignment",
        column: ref("w"),
        value: bin("+", ref("v"), { kind: "FunctionCall", name: "VALUES", args: [ref("v")], start: 0, end: 0 }),
        start: 0,
        end: 0,
      },
    ] as never;
    c.run(insert("t", ["id", "v"], [[num(2), num(40)]], { onDuplicate: odku }));
    expect(c.rows("t")[1]).toEqual([2, 2, 1, 41]);
  });
});

describe("UPDATE and DELETE", () => {
  function filled() {
    const b = bed();
    const c = b.connect();
    c.run(createTable("t", [col("id", dt("INT"), { primaryKey: true }), col("v", dt("TINYINT"))]));
    c.run(
      insert("t", undefined, [
        [num(1), num(1)],
        [num(2), num(100)],
        [num(3), num(120)],
        [num(4), num(1)],
      ]),
    );
    return { b, c };
  }

  it("counts changed rows only and names the failing row by its position among matched rows", () => {
    const { c } = filled();
    expect(c.run(update("t", [["v", ref("v")]], bin("=", ref("id"), num(1)))).affectedRows).toBe(0);
    expect(c.run(update("t", [["v", num(5)]], bin("<", ref("id"), num(3)))).affectedRows).toBe(2);
    const e = c.error(update("t", [["v", bin("+", ref("v"), num(10))]], bin(">", ref("id"), num(1))));
    expect(e).toEqual({ errno: 1264, sqlstate: "22003", message: "Out of range value for column 'v' at row 2" });
    expect(c.rows("t")).toEqual([
      [1, 5],
      [2, 5],
      [3, 120],
      [4, 1],
    ]);
    expect(c.error(update("t", [["id", num(3)]], bin("=", ref("id"), num(2)))).message).toBe(
      "Duplicate entry '3' for key 't.PRIMARY'",
    );
  });

  it("assignments see the columns assigned before them", () => {
    const b = bed();
    const c = b.connect();
    c.run(createTable("p", [col("a", dt("INT")), col("b", dt("INT"))]));
    c.run(insert("p", undefined, [[num(1), num(0)]]));
    c.run(
      update("p", [
        ["a", bin("+", ref("a"), num(1))],
        ["b", ref("a")],
      ]),
    );
    expect(c.rows("p")).toEqual([[2, 2]]);
  });

  it("fires AFTER UPDATE for matched rows even when unchanged", () => {
    const { b, c } = filled();
    c.run(trigger("bu", "BEFORE", "UPDATE", "t"));
    c.run(trigger("au", "AFTER", "UPDATE", "t"));
    c.run(update("t", [["v", ref("v")]], bin("=", ref("id"), num(1))));
    expect(b.fired).toEqual(["bu", "au"]);
  });

  it("DELETE with ORDER BY and LIMIT", () => {
    const { c } = filled();
    const out = c.run(
      del("t", bin(">", ref("id"), num(1)), {
        orderBy: [{ kind: "OrderItem", expr: ref("id"), desc: true, start: 0, end: 0 }],
        limit: { kind: "Limit", count: num(2), start: 0, end: 0 },
      }),
    );
    expect(out.affectedRows).toBe(2);
    expect(c.rows("t").map((r) => r[0])).toEqual([1, 2]);
  });

  it("a keyed UPDATE does not scan the table", () => {
    const { b, c } = filled();
    const t = b.server.catalog.requireTable("test", "t");
    let scans = 0;
    const entries = t.entries.bind(t);
    t.entries = () => {
      scans++;
      return entries();
    };
    c.run(update("t", [["v", num(9)]], bin("=", ref("id"), num(3))));
    expect(scans).toBe(0);
    expect(t.getByPrimaryKey([3])).toEqual([3, 9]);
    c.run(update("t", [["v", num(8)]], bin(">", ref("id"), num(3))));
    expect(scans).toBe(1);
  });
});

describe("triggers", () => {
  it("fire BEFORE then AFTER per row, in creation order with FOLLOWS/PRECEDES", () => {
    const b = bed();
    const c = b.connect();
    c.run(createTable("t", [col("id", dt("INT"), { primaryKey: true })]));
    c.run(trigger("a1", "AFTER", "INSERT", "t"));
    c.run(trigger("b1", "BEFORE", "INSERT", "t"));
    c.run(trigger("b2", "BEFORE", "INSERT", "t"));
    c.run(trigger("b0", "BEFORE", "INSERT", "t", { position: "PRECEDES", other: "b1" }));
    c.run(trigger("b15", "BEFORE", "INSERT", "t", { position: "FOLLOWS", other: "b1" }));
    c.run(insert("t", undefined, [[num(1)], [num(2)]]));
    expect(b.fired).toEqual(["b0", "b1", "b15", "b2", "a1", "b0", "b1", "b15", "b2", "a1"]);
    expect(b.server.catalog.requireDatabase("test").triggers.get("b2")?.order).toBe(4);
  });

  it("NEW is writable in BEFORE triggers; the written value is stored", () => {
    const b = bed();
    const c = b.connect();
    c.run(createTable("t", [col("id", dt("INT"), { primaryKey: true }), col("msg", dt("VARCHAR", 20))]));
    c.run(trigger("bi", "BEFORE", "INSERT", "t"));
    b.bodies.set("bi", (_c, n) => {
      if (n) n[1] = `row ${n[0]}`;
    });
    c.run(insert("t", ["id"], [[num(7)]]));
    expect(c.rows("t")).toEqual([[7, "row 7"]]);
  });

  it("a failing AFTER trigger undoes the statement and everything its triggers wrote", () => {
    const b = bed();
    const c = b.connect();
    c.run(createTable("t", [col("id", dt("INT"), { primaryKey: true })]));
    c.run(createTable("log", [col("msg", dt("VARCHAR", 20))]));
    c.run(trigger("ai", "AFTER", "INSERT", "t"));
    b.bodies.set("ai", (cl, n) => {
      cl.exec(insert("log", undefined, [[str(`ai ${n?.[0]}`)]]));
      if (n?.[0] === 3) cl.exec(insert("log", undefined, [[str("far too long for the column")]]));
    });
    c.run(insert("t", undefined, [[num(1)]]));
    expect(c.error(insert("t", undefined, [[num(2)], [num(3)]])).errno).toBe(1406);
    expect(c.rows("t")).toEqual([[1]]);
    expect(c.rows("log")).toEqual([["ai 1"]]);
  });

  it("1442 when a trigger modifies its own table; 1422 when it commits", () => {
    const b = bed();
    const c = b.connect();
    c.run(createTable("t", [col("id", dt("INT"), { primaryKey: true })]));
    c.run(trigger("ai", "AFTER", "INSERT", "t"));
    b.bodies.set("ai", (cl) => {
      cl.exec(update("t", [["id", num(0)]]));
    });
    expect(c.error(insert("t", undefined, [[num(1)]]))).toEqual({
      errno: 1442,
      sqlstate: "HY000",
      message:
        "Can't update table 't' in stored function/trigger because it is already used by statement which invoked this stored function/trigger.",
    });
    b.bodies.set("ai", (cl) => cl.engine.commit());
    expect(c.error(insert("t", undefined, [[num(1)]])).errno).toBe(1422);
    expect(c.rows("t")).toEqual([]);
  });

  it("a failed statement inside a trigger keeps its partial work when the trigger handles the error", () => {
    const b = bed();
    const c = b.connect();
    c.run(createTable("a", [col("id", dt("INT"), { primaryKey: true })]));
    c.run(createTable("b", [col("id", dt("INT"), { primaryKey: true })]));
    c.run(trigger("tb", "BEFORE", "INSERT", "b"));
    b.bodies.set("tb", (cl) => {
      try {
        cl.exec(insert("a", undefined, [[num(10)], [num(11)], [num(10)], [num(12)]]));
      } catch {
        // a CONTINUE handler
      }
    });
    c.run(insert("b", undefined, [[num(1)]]));
    expect(c.rows("a")).toEqual([[10], [11]]);
  });
});

describe("stored values", () => {
  it("rounds decimals with a Note and keeps CHAR without trailing spaces", () => {
    const b = bed();
    const c = b.connect();
    c.run(createTable("v", [col("d", dt("DECIMAL", 5, 2)), col("ch", dt("CHAR", 3)), col("flag", dt("BOOLEAN"))]));
    c.run(insert("v", undefined, [[num("1.235"), str("ab "), num(1)]]));
    expect(c.rows("v")).toEqual([[new Decimal(124n, 2), "ab", 1]]);
    expect(c.session.warnings).toEqual([
      { level: "Note", errno: 1265, sqlstate: "01000", message: "Data truncated for column 'd' at row 1" },
    ]);
    expect(b.server.catalog.requireTable("test", "v").columns[2].type).toMatchObject({ name: "TINYINT", length: 1 });
  });
});

describe("unchanged rows", () => {
  it("tells JSON documents apart (objects are Maps)", async () => {
    const { sameValue } = await import("../../src/engine/dml/common.ts");
    const { JsonValue } = await import("../../src/values/value.ts");
    const a = new JsonValue(new Map([["k", 1]]));
    const b = new JsonValue(new Map([["k", 2]]));
    expect(sameValue(a, b)).toBe(false);
    expect(sameValue(a, new JsonValue(new Map([["k", 1]])))).toBe(true);
    expect(sameValue("a", "A")).toBe(false);
    expect(sameValue(1, 1n)).toBe(true);
  });
});
