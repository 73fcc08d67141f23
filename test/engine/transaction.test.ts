// Transactions, savepoints, autocommit and implicit commit, as MariaDB 10.11 showed them (same rules in MySQL 8).

import { describe, expect, it } from "vitest";
import type { Statement } from "../../src/ast.ts";
import { bed, col, createTable, dt, insert, num } from "./harness.ts";

const S = { start: 0, end: 0 };
const begin: Statement = { kind: "StartTransaction", syntax: "START", ...S };
const commit: Statement = { kind: "Commit", ...S };
const rollback: Statement = { kind: "Rollback", ...S };
const savepoint = (name: string): Statement => ({ kind: "Savepoint", name, ...S });
const rollbackTo = (name: string): Statement => ({ kind: "RollbackToSavepoint", name, ...S });
const release = (name: string): Statement => ({ kind: "ReleaseSavepoint", name, ...S });

function setup() {
  const b = bed();
  const c = b.connect();
  c.run(createTable("t", [col("id", dt("INT"), { primaryKey: true })]));
  const ids = () => c.rows("t").map((r) => r[0]);
  const ins = (...n: number[]) =>
    c.run(
      insert(
        "t",
        undefined,
        n.map((x) => [num(x)]),
      ),
    );
  return { b, c, ids, ins };
}

describe("transactions", () => {
  it("ROLLBACK undoes the transaction, COMMIT keeps it", () => {
    const { c, ids, ins } = setup();
    c.run(begin);
    ins(1, 2);
    expect(c.engine.inTransaction).toBe(true);
    c.run(rollback);
    expect(ids()).toEqual([]);
    c.run(begin);
    ins(3);
    c.run(commit);
    c.run(rollback);
    expect(ids()).toEqual([3]);
    expect(c.engine.inTransaction).toBe(false);
  });

  it("savepoints: ROLLBACK TO keeps the savepoint and drops later ones; RELEASE removes it; 1305 otherwise", () => {
    const { c, ids, ins } = setup();
    expect(c.error(rollbackTo("a"))).toEqual({ errno: 1305, sqlstate: "42000", message: "SAVEPOINT a does not exist" });
    c.run(savepoint("a"));
    // Without a transaction (autocommit) the savepoint is forgotten at once.
    expect(c.error(rollbackTo("a")).errno).toBe(1305);
    c.run(begin);
    ins(1);
    c.run(savepoint("a"));
    ins(2);
    c.run(savepoint("b"));
    ins(3);
    c.run(rollbackTo("a"));
    expect(ids()).toEqual([1]);
    expect(c.error(rollbackTo("b")).message).toBe("SAVEPOINT b does not exist");
    c.run(release("a"));
    expect(c.error(release("a")).errno).toBe(1305);
    ins(4);
    c.run(commit);
    expect(ids()).toEqual([1, 4]);
  });

  it("a savepoint set twice under one name moves to the later position", () => {
    const { c, ids, ins } = setup();
    c.run(begin);
    c.run(savepoint("x"));
    ins(9);
    c.run(savepoint("X"));
    ins(10);
    c.run(rollbackTo("x"));
    c.run(commit);
    expect(ids()).toEqual([9]);
  });

  it("DDL commits the open transaction; START TRANSACTION commits too", () => {
    const { c, ids, ins } = setup();
    c.run(begin);
    ins(5);
    c.run(createTable("t2", [col("i", dt("INT"))]));
    c.run(rollback);
    expect(ids()).toEqual([5]);
    c.run(begin);
    ins(8);
    c.run(begin);
    c.run(rollback);
    expect(ids()).toEqual([5, 8]);
  });

  it("autocommit off keeps a transaction open; turning it on commits", () => {
    const { c, ids, ins } = setup();
    c.engine.autocommit = false;
    ins(6);
    expect(c.engine.inTransaction).toBe(true);
    c.run(rollback);
    ins(7);
    c.engine.autocommit = true;
    c.run(rollback);
    expect(ids()).toEqual([7]);
  });

  it("a failing statement inside a transaction undoes only itself", () => {
    const { c, ids, ins } = setup();
    c.run(begin);
    ins(1);
    expect(c.error(insert("t", undefined, [[num(2)], [num(1)]])).errno).toBe(1062);
    expect(ids()).toEqual([1]);
    c.run(commit);
    expect(ids()).toEqual([1]);
  });
});
