// Model-based test: random inserts, updates, deletes, transactions, savepoints and crashes (some in the middle of a
// statement), with failures injected through duplicate keys and a failing trigger, checked after every step against
// a model of committed and working state. It checks that committed data is never lost, that nothing uncommitted
// survives a crash, and that a failed statement leaves no trace (neither its rows nor its trigger's).

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Statement } from "../../src/ast.ts";
import { ConnectionLost } from "../../src/engine/types.ts";
import { SqlError } from "../../src/errors.ts";
import {
  type Bed,
  bed,
  bin,
  type Client,
  col,
  createTable,
  del,
  dt,
  insert,
  num,
  ref,
  trigger,
  update,
} from "./harness.ts";

const S = { start: 0, end: 0 };
/** The value that makes the AFTER INSERT trigger fail after it wrote its log row. */
const POISON = 13;

type State = Map<number, number>;

interface Model {
  committed: State;
  working: State;
  logCommitted: number[];
  logWorking: number[];
  inTxn: boolean;
  savepoints: { name: string; working: State; log: number[] }[];
}

interface Real {
  b: Bed;
  c: Client;
}

function freshReal(): Real {
  const b = bed();
  const c = b.connect();
  c.run(createTable("t", [col("id", dt("INT"), { primaryKey: true }), col("v", dt("INT"))]));
  c.run(createTable("log", [col("id", dt("INT"))]));
  c.run(trigger("ai", "AFTER", "INSERT", "t"));
  b.bodies.set("ai", (cl, n) => {
    cl.exec(insert("log", undefined, [[num(n?.[0] as number)]]));
    if (n?.[1] === POISON) throw new SqlError(1644, "45000", "poisoned row");
  });
  return { b, c };
}

function check(m: Model, r: Real): void {
  const rows = r.c.rows("t").map(([id, v]) => [id, v]);
  expect(rows).toEqual([...m.working.entries()].sort((a, b) => a[0] - b[0]));
  expect(r.c.rows("log").map((x) => x[0])).toEqual(m.logWorking);
}

/** After a statement outside an explicit transaction (autocommit), the working state is committed. */
function autocommit(m: Model): void {
  if (!m.inTxn) {
    m.committed = new Map(m.working);
    m.logCommitted = [...m.logWorking];
  }
}

function run(r: Real, stmt: Statement): "ok" | "failed" {
  try {
    r.c.run(stmt);
    return "ok";
  } catch (e) {
    if (e instanceof SqlError) return "failed";
    throw e;
  }
}

function insertFails(m: Model, rows: [number, number][]): boolean {
  const ids = rows.map(([id]) => id);
  return ids.some((id) => m.working.has(id)) || new Set(ids).size !== ids.length || rows.some(([, v]) => v === POISON);
}

function applyInsert(m: Model, rows: [number, number][]): void {
  for (const [id, v] of rows) {
    m.working.set(id, v);
    m.logWorking.push(id);
  }
  autocommit(m);
}

class Insert implements fc.Command<Model, Real> {
  constructor(readonly rows: [number, number][]) {}
  check = () => true;
  run(m: Model, r: Real): void {
    const fails = insertFails(m, this.rows);
    const out = run(
      r,
      insert(
        "t",
        undefined,
        this.rows.map(([id, v]) => [num(id), num(v)]),
      ),
    );
    expect(out).toBe(fails ? "failed" : "ok");
    if (!fails) applyInsert(m, this.rows);
    check(m, r);
  }
  toString = () => `insert ${JSON.stringify(this.rows)}`;
}

class Update implements fc.Command<Model, Real> {
  constructor(
    readonly id: number,
    readonly v: number,
  ) {}
  check = () => true;
  run(m: Model, r: Real): void {
    expect(run(r, update("t", [["v", num(this.v)]], bin("=", ref("id"), num(this.id))))).toBe("ok");
    if (m.working.has(this.id)) m.working.set(this.id, this.v);
    autocommit(m);
    check(m, r);
  }
  toString = () => `update ${this.id}=${this.v}`;
}

class Delete implements fc.Command<Model, Real> {
  constructor(readonly minId: number) {}
  check = () => true;
  run(m: Model, r: Real): void {
    expect(run(r, del("t", bin(">=", ref("id"), num(this.minId))))).toBe("ok");
    for (const id of [...m.working.keys()]) if (id >= this.minId) m.working.delete(id);
    autocommit(m);
    check(m, r);
  }
  toString = () => `delete id>=${this.minId}`;
}

class Begin implements fc.Command<Model, Real> {
  check = () => true;
  run(m: Model, r: Real): void {
    r.c.run({ kind: "StartTransaction", syntax: "BEGIN", ...S });
    m.committed = new Map(m.working);
    m.logCommitted = [...m.logWorking];
    m.inTxn = true;
    m.savepoints = [];
    check(m, r);
  }
  toString = () => "begin";
}

class Commit implements fc.Command<Model, Real> {
  check = () => true;
  run(m: Model, r: Real): void {
    r.c.run({ kind: "Commit", ...S });
    m.committed = new Map(m.working);
    m.logCommitted = [...m.logWorking];
    m.inTxn = false;
    m.savepoints = [];
    check(m, r);
  }
  toString = () => "commit";
}

class Rollback implements fc.Command<Model, Real> {
  check = () => true;
  run(m: Model, r: Real): void {
    r.c.run({ kind: "Rollback", ...S });
    m.working = new Map(m.committed);
    m.logWorking = [...m.logCommitted];
    m.inTxn = false;
    m.savepoints = [];
    check(m, r);
  }
  toString = () => "rollback";
}

class Savepoint implements fc.Command<Model, Real> {
  constructor(readonly name: string) {}
  check = () => true;
  run(m: Model, r: Real): void {
    r.c.run({ kind: "Savepoint", name: this.name, ...S });
    m.savepoints = m.savepoints.filter((s) => s.name !== this.name);
    if (m.inTxn) m.savepoints.push({ name: this.name, working: new Map(m.working), log: [...m.logWorking] });
    check(m, r);
  }
  toString = () => `savepoint ${this.name}`;
}

class RollbackTo implements fc.Command<Model, Real> {
  constructor(readonly name: string) {}
  check = () => true;
  run(m: Model, r: Real): void {
    const at = m.savepoints.findIndex((s) => s.name === this.name);
    const out = run(r, { kind: "RollbackToSavepoint", name: this.name, ...S });
    expect(out).toBe(at < 0 ? "failed" : "ok");
    if (at >= 0) {
      m.working = new Map(m.savepoints[at].working);
      m.logWorking = [...m.savepoints[at].log];
      m.savepoints.length = at + 1;
    }
    check(m, r);
  }
  toString = () => `rollback to ${this.name}`;
}

/** Crashes the server, between statements or at the k-th row checkpoint of a multi-row insert. */
class Crash implements fc.Command<Model, Real> {
  constructor(
    readonly atRow: number | undefined,
    readonly rows: [number, number][],
  ) {}
  check = () => true;
  run(m: Model, r: Real): void {
    const { server } = r.b;
    if (this.atRow === undefined) server.crash();
    else {
      let n = 0;
      server.onCheckpoint = (label) => {
        if (label === "insert:row" && ++n === this.atRow) server.crash();
      };
      let lost = false;
      let failed = false;
      try {
        r.c.run(
          insert(
            "t",
            undefined,
            this.rows.map(([id, v]) => [num(id), num(v)]),
          ),
        );
      } catch (e) {
        lost = e instanceof ConnectionLost;
        failed = e instanceof SqlError;
      }
      server.onCheckpoint = undefined;
      if (!lost) {
        // The statement ended before reaching the crash point: it behaved like any insert. Crash now.
        expect(failed).toBe(insertFails(m, this.rows));
        if (!failed) applyInsert(m, this.rows);
        server.crash();
      }
    }
    expect(() => r.c.run({ kind: "Commit", ...S })).toThrow(ConnectionLost);
    server.restart();
    r.c = r.b.connect();
    m.working = new Map(m.committed);
    m.logWorking = [...m.logCommitted];
    m.inTxn = false;
    m.savepoints = [];
    check(m, r);
  }
  toString = () => `crash ${this.atRow ?? "now"} ${JSON.stringify(this.rows)}`;
}

const id = fc.integer({ min: 0, max: 7 });
const value = fc.integer({ min: 0, max: 15 });
const rows = fc.array(fc.tuple(id, value), { minLength: 1, maxLength: 4 });
const spName = fc.constantFrom("a", "b", "c");

const commands = [
  rows.map((r) => new Insert(r)),
  fc.tuple(id, value).map(([i, v]) => new Update(i, v)),
  id.map((i) => new Delete(i)),
  fc.constant(new Begin()),
  fc.constant(new Commit()),
  fc.constant(new Rollback()),
  spName.map((n) => new Savepoint(n)),
  spName.map((n) => new RollbackTo(n)),
  fc.tuple(fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }), rows).map(([k, r]) => new Crash(k, r)),
];

describe("engine model", () => {
  it("never loses committed data and keeps nothing uncommitted across crashes", () => {
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 60 }), (cmds) => {
        const model: Model = {
          committed: new Map(),
          working: new Map(),
          logCommitted: [],
          logWorking: [],
          inTxn: false,
          savepoints: [],
        };
        fc.modelRun(() => ({ model, real: freshReal() }), cmds);
      }),
      { numRuns: Number(process.env.SPBED_LONG) ? 2000 : 200 },
    );
  });
});
