// Every statement kind is either executed or rejected with 1235: nothing is silently ignored.

import { afterAll, describe, expect, it } from "vitest";
import type { Statement, StatementKind } from "../../src/ast.ts";
import { installRuntimeDeps, runtimeDeps } from "../../src/runtime/deps.ts";
import { DELEGATED_KINDS } from "../../src/runtime/statements.ts";
import { defaultDeps } from "../../src/runtime/wiring.ts";
import * as b from "./build.ts";
import { TestDb } from "./harness.ts";

const S = { start: 0, end: 0 };

/** One sample statement of each kind the runtime hands to other modules. */
const samples: Record<string, Statement> = {
  CreateDatabase: { kind: "CreateDatabase", name: "x", ifNotExists: true, ...S },
  DropDatabase: { kind: "DropDatabase", name: "x", ifExists: true, ...S },
  Use: { kind: "Use", name: "t", ...S },
  CreateTable: b.createTable("x", [["a", b.type("INT")]]),
  DropTable: { ...b.dropTable("x"), ifExists: true },
  TruncateTable: { kind: "TruncateTable", name: b.qname("x"), ...S },
  Insert: b.insert("x", [b.num(1)]),
  Update: { kind: "Update", ignore: false, tables: [], set: [], orderBy: [], ...S },
  Delete: { kind: "Delete", ignore: false, table: b.qname("x"), orderBy: [], ...S },
  StartTransaction: { kind: "StartTransaction", syntax: "START", ...S },
  Commit: { kind: "Commit", ...S },
  Rollback: { kind: "Rollback", ...S },
  Savepoint: { kind: "Savepoint", name: "s", ...S },
  RollbackToSavepoint: { kind: "RollbackToSavepoint", name: "s", ...S },
  ReleaseSavepoint: { kind: "ReleaseSavepoint", name: "s", ...S },
  Show: { kind: "Show", what: "VARIABLES", ...S },
  Describe: { kind: "Describe", table: b.qname("x"), ...S },
};

describe("statement coverage", () => {
  const saved = { ...runtimeDeps() };
  afterAll(() => installRuntimeDeps(saved));

  it("has a sample for every delegated kind", () => {
    expect([...DELEGATED_KINDS].sort()).toEqual(Object.keys(samples).sort());
  });

  it("rejects every delegated kind with 1235 when no module owns it", () => {
    installRuntimeDeps({ compileOther: () => undefined });
    const db = new TestDb();
    for (const kind of DELEGATED_KINDS) {
      const out = db.run(samples[kind] as Statement);
      expect(out.error?.errno, kind).toBe(1235);
      expect(out.error?.message, kind).toBe(`This version of spbed doesn't yet support '${kind}'`);
    }
    installRuntimeDeps(saved);
  });

  it("the default wiring owns every delegated kind except SHOW VARIABLES (the session's)", () => {
    const missing: StatementKind[] = [];
    for (const kind of DELEGATED_KINDS) {
      if (!defaultDeps.compileOther(samples[kind] as Statement, { resolve: () => undefined }, "")) missing.push(kind);
    }
    expect(missing).toEqual(["Show"]);
  });

  it("rejects a DECLARE outside the declaration part of a block", () => {
    const db = new TestDb();
    const out = db.run(b.procedure("p", [], b.block([b.set(b.uv("a"), b.num(1)), b.declare(["a"], b.type("INT"))])));
    expect(out.error?.errno).toBe(1064);
  });

  it("rejects UNDO handlers with 1235", () => {
    const db = new TestDb();
    const out = db.run(b.procedure("p", [], b.block([b.handler("UNDO", [b.sqlexception], b.block([]))])));
    expect(out.error?.errno).toBe(1235);
  });
});
