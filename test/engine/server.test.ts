// Crash, restart, crash points inside a running statement, and snapshots.

import { describe, expect, it } from "vitest";
import type { Statement } from "../../src/ast.ts";
import { ConnectionLost } from "../../src/engine/types.ts";
import { bed, col, createTable, dt, insert, num, str, trigger } from "./harness.ts";

const S = { start: 0, end: 0 };
const begin: Statement = { kind: "StartTransaction", syntax: "BEGIN", ...S };
const commit: Statement = { kind: "Commit", ...S };

function setup() {
  const b = bed();
  const c = b.connect();
  c.run(createTable("t", [col("id", dt("INT"), { primaryKey: true }), col("msg", dt("VARCHAR", 40))]));
  return { b, c };
}

describe("crash and restart", () => {
  it("keeps committed rows, drops uncommitted ones, and ends every session with 2013", () => {
    const { b, c } = setup();
    c.run(insert("t", undefined, [[num(1), str("committed")]]));
    c.run(begin);
    c.run(insert("t", undefined, [[num(2), str("open")]]));
    const other = b.connect();
    other.engine.autocommit = false;
    other.run(insert("t", undefined, [[num(3), str("other open")]]));
    b.server.crash();
    expect(() => c.run(insert("t", undefined, [[num(4), null as never]]))).toThrow(ConnectionLost);
    expect(() => b.server.connect()).toThrow("Lost connection to MySQL server during query");
    b.server.restart();
    const again = b.connect();
    expect(again.rows("t")).toEqual([[1, "committed"]]);
    expect(c.engine.lost).toBe(true);
  });

  it("a crash injected mid-statement (inside a trigger) loses the statement and the session", () => {
    const { b, c } = setup();
    c.run(createTable("log", [col("m", dt("VARCHAR", 40))]));
    c.run(trigger("bi", "BEFORE", "INSERT", "t"));
    b.bodies.set("bi", (cl, n) => {
      cl.exec(insert("log", undefined, [[str(`before ${n?.[0]}`)]]));
      cl.engine.checkpoint("trigger:after-log");
    });
    c.run(insert("t", undefined, [[num(1), str("ok")]]));
    let hits = 0;
    b.server.onCheckpoint = (label) => {
      if (label === "trigger:after-log" && ++hits === 2) b.server.crash();
    };
    let err: unknown;
    try {
      c.run(
        insert("t", undefined, [
          [num(2), str("a")],
          [num(3), str("b")],
        ]),
      );
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConnectionLost);
    expect((err as ConnectionLost).errno).toBe(2013);
    expect(() => c.run(commit)).toThrow(ConnectionLost);
    b.server.onCheckpoint = undefined;
    b.server.restart();
    const d = b.connect();
    expect(d.rows("t")).toEqual([[1, "ok"]]);
    expect(d.rows("log")).toEqual([["before 1"]]);
  });

  it("the row checkpoints of INSERT let a test crash between rows", () => {
    const { b, c } = setup();
    let rows = 0;
    b.server.onCheckpoint = (label) => {
      if (label === "insert:row" && ++rows === 3) b.server.crash();
    };
    expect(() =>
      c.run(
        insert("t", undefined, [
          [num(1), str("a")],
          [num(2), str("b")],
          [num(3), str("c")],
        ]),
      ),
    ).toThrow(ConnectionLost);
    b.server.restart();
    expect(b.connect().rows("t")).toEqual([]);
  });
});

describe("snapshots", () => {
  it("restore brings back tables, rows and the catalog, and a snapshot can be restored twice", () => {
    const { b, c } = setup();
    c.run(insert("t", undefined, [[num(1), str("one")]]));
    const snap = b.server.snapshot();
    c.run(insert("t", undefined, [[num(2), str("two")]]));
    c.run(createTable("extra", [col("i", dt("INT"))]));
    b.server.restore(snap);
    expect(c.rows("t")).toEqual([[1, "one"]]);
    expect(b.server.catalog.table("test", "extra")).toBeUndefined();
    c.run(insert("t", undefined, [[num(3), str("three")]]));
    b.server.restore(snap);
    expect(c.rows("t")).toEqual([[1, "one"]]);
  });

  it("is copy-on-write: taking a snapshot copies no rows", () => {
    const { b, c } = setup();
    c.run(
      insert(
        "t",
        undefined,
        Array.from({ length: 1000 }, (_, i) => [num(i), str(`r${i}`)]),
      ),
    );
    const t = b.server.catalog.requireTable("test", "t");
    const before = t.data;
    const snap = b.server.snapshot();
    expect(t.data).toBe(before);
    c.run(insert("t", undefined, [[num(5000), str("x")]]));
    expect(t.data).not.toBe(before);
    expect(before.rows.size).toBe(1000);
    b.server.restore(snap);
    expect(t.rowCount).toBe(1000);
  });
});
