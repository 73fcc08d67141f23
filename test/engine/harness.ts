// Test harness for the engine: AST builders (the engine tests do not depend on the parser), a small expression
// compiler fake, a scriptable trigger runner, and a client that runs statements the way the session will
// (each top-level statement inside EngineSession.statement).

import type {
  ColumnDef,
  CreateTable,
  CreateTrigger,
  DataType,
  Delete,
  Expr,
  IndexDef,
  Insert,
  QualifiedName,
  Statement,
  TypeName,
  Update,
} from "../../src/ast.ts";
import type { CompiledExpr, ExecContext, Scope, StatementOutcome } from "../../src/compile/types.ts";
import type { EngineEnv } from "../../src/engine/env.ts";
import { Server } from "../../src/engine/server.ts";
import { compileEngineStatement } from "../../src/engine/statements.ts";
import type { Session } from "../../src/engine/transaction.ts";
import type { Row, TriggerDef } from "../../src/engine/types.ts";
import { SqlError } from "../../src/errors.ts";
import { toText } from "../../src/values/coerce.ts";
import { Decimal, Double, type Value } from "../../src/values/value.ts";
import { type TestSession, testSession } from "../support/session.ts";

const S = { start: 0, end: 0 };

export const q = (name: string, schema?: string): QualifiedName => ({ kind: "QualifiedName", name, schema, ...S });
export const num = (n: number | string): Expr => ({
  kind: "Number",
  text: String(n),
  numberKind: String(n).includes(".") ? "decimal" : "int",
  ...S,
});
export const str = (value: string): Expr => ({ kind: "String", value, ...S });
export const nul = (): Expr => ({ kind: "Null", ...S });
export const ref = (name: string, ...qualifier: string[]): Expr => ({ kind: "ColumnRef", name, qualifier, ...S });
export const bin = (op: "=" | "+" | "-" | ">" | "<" | ">=" | "AND", left: Expr, right: Expr): Expr => ({
  kind: "Binary",
  op,
  left,
  right,
  ...S,
});
export const call = (name: string, ...args: Expr[]): Expr => ({ kind: "FunctionCall", name, args, ...S });
export const dflt = (): Expr => ({ kind: "Default", ...S });

export function dt(name: TypeName, length?: number, scale?: number, extra: Partial<DataType> = {}): DataType {
  return { kind: "DataType", name, length, scale, ...extra, ...S };
}

export function col(name: string, type: DataType, o: Partial<ColumnDef> = {}): ColumnDef {
  return { kind: "ColumnDef", name, type, autoIncrement: false, primaryKey: false, unique: false, ...o, ...S };
}

export function key(type: "PRIMARY" | "UNIQUE" | "INDEX", columns: string[], name?: string): IndexDef {
  return { kind: "IndexDef", type, columns, name, ...S };
}

export function createTable(
  name: string,
  columns: ColumnDef[],
  indexes: IndexDef[] = [],
  o: Partial<CreateTable> = {},
): CreateTable {
  return {
    kind: "CreateTable",
    name: q(name),
    ifNotExists: false,
    temporary: false,
    columns,
    indexes,
    options: [],
    ...o,
    ...S,
  };
}

export function insert(table: string, columns: string[] | undefined, rows: Expr[][], o: Partial<Insert> = {}): Insert {
  return { kind: "Insert", replace: false, ignore: false, table: q(table), columns, values: rows, ...o, ...S };
}

export function update(table: string, set: [string, Expr][], where?: Expr, o: Partial<Update> = {}): Update {
  return {
    kind: "Update",
    ignore: false,
    tables: [{ kind: "TableName", name: q(table), ...S }],
    set: set.map(([c, v]) => ({ kind: "Assignment", column: ref(c) as never, value: v, ...S })),
    where,
    orderBy: [],
    ...o,
    ...S,
  };
}

export function del(table: string, where?: Expr, o: Partial<Delete> = {}): Delete {
  return { kind: "Delete", ignore: false, table: q(table), where, orderBy: [], ...o, ...S };
}

export function trigger(
  name: string,
  timing: "BEFORE" | "AFTER",
  event: "INSERT" | "UPDATE" | "DELETE",
  table: string,
  order?: { position: "FOLLOWS" | "PRECEDES"; other: string },
): CreateTrigger {
  const body: Statement = { kind: "Block", body: [], ...S };
  const source = `CREATE TRIGGER ${name} ${timing} ${event} ON ${table} FOR EACH ROW BEGIN END`;
  return {
    kind: "CreateTrigger",
    ifNotExists: false,
    name: q(name),
    timing,
    event,
    table: q(table),
    order,
    body: { ...body, start: source.indexOf("BEGIN"), end: source.length },
    source,
    start: 0,
    end: source.length,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// A fake expression compiler: enough of MySQL's expressions for engine tests.

function numeric(v: Value): number {
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  if (v instanceof Double) return v.value;
  if (v instanceof Decimal) return Number(v.unscaled) / 10 ** v.scale;
  return Number(v);
}

export function fakeCompileExpr(e: Expr, scope: Scope): CompiledExpr {
  const k = (f: (ctx: ExecContext) => Value, constant = false): CompiledExpr => ({
    eval: f,
    type: { kind: "any" },
    constant,
  });
  switch (e.kind) {
    case "Number":
      if (e.numberKind === "int") return k(() => Number(e.text), true);
      return k(() => {
        const [i, f = ""] = e.text.split(".");
        return new Decimal(BigInt(i + f), f.length);
      }, true);
    case "String":
      return k(() => e.value, true);
    case "Null":
      return k(() => null, true);
    case "ColumnRef": {
      const r = scope.resolve(e);
      if (!r) throw new SqlError(1054, "42S22", `Unknown column '${e.name}' in 'field list'`);
      return r;
    }
    case "Binary": {
      const l = fakeCompileExpr(e.left, scope);
      const r = fakeCompileExpr(e.right, scope);
      const op = e.op;
      return k((ctx) => {
        const a = l.eval(ctx);
        const b = r.eval(ctx);
        if (a === null || b === null) return op === "AND" && (a === 0 || b === 0) ? 0 : null;
        if (op === "=")
          return typeof a === "string" && typeof b === "string"
            ? Number(a.toLowerCase() === b.toLowerCase())
            : Number(numeric(a) === numeric(b));
        if (op === ">") return Number(numeric(a) > numeric(b));
        if (op === "<") return Number(numeric(a) < numeric(b));
        if (op === ">=") return Number(numeric(a) >= numeric(b));
        if (op === "AND") return Number(numeric(a) !== 0 && numeric(b) !== 0);
        const x = numeric(a);
        const y = numeric(b);
        const out = op === "+" ? x + y : x - y;
        return Number.isInteger(out) ? out : new Double(out);
      });
    }
    case "FunctionCall": {
      const args = e.args.map((a) => fakeCompileExpr(a, scope));
      if (e.name.toUpperCase() === "CONCAT") {
        return k((ctx) => {
          const vs = args.map((a) => a.eval(ctx));
          return vs.some((v) => v === null) ? null : vs.map((v) => toText(v as never)).join("");
        });
      }
      throw new Error(`fake compileExpr: function ${e.name}`);
    }
    default:
      throw new Error(`fake compileExpr: ${e.kind}`);
  }
}

export const env: EngineEnv = {
  compileExpr: fakeCompileExpr,
  compileSelect() {
    throw new Error("no SELECT in engine tests");
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Clients

export type TriggerBody = (c: Client, newRow: Value[] | undefined, oldRow: Row | undefined, t: TriggerDef) => void;

export interface Client {
  readonly engine: Session;
  readonly session: TestSession;
  readonly ctx: ExecContext;
  /** Runs a top-level statement: atomic, autocommitted. */
  run(stmt: Statement): StatementOutcome;
  /** Runs a statement from inside a trigger body (no statement savepoint of its own). */
  exec(stmt: Statement): StatementOutcome;
  /** Table rows in clustered order, as plain arrays. */
  rows(table: string): Value[][];
  /** The error a statement throws (fails the test when it succeeds). */
  error(stmt: Statement): { errno: number; message: string; sqlstate: string };
}

export interface Bed {
  readonly server: Server;
  readonly bodies: Map<string, TriggerBody>;
  /** Trigger firings in order: `name:newId:oldId`. */
  readonly fired: string[];
  connect(options?: { strict?: boolean; database?: string | null }): Client;
}

export function bed(): Bed {
  const server = new Server();
  const bodies = new Map<string, TriggerBody>();
  const fired: string[] = [];
  const clients = new Map<Session, Client>();
  server.triggerRunner = {
    fire(t, ctx, newRow, oldRow) {
      fired.push(t.name);
      const c = clients.get(ctx.session.engine as Session);
      const body = bodies.get(t.name);
      if (c && body) body(c, newRow, oldRow, t);
    },
  };
  server.catalog.addDatabase("test");
  return {
    server,
    bodies,
    fired,
    connect(options = {}) {
      const engine = server.connect();
      const session: TestSession = {
        ...testSession(),
        engine,
        database: options.database === undefined ? "test" : options.database,
      };
      const strict = options.strict ?? true;
      const ctx: ExecContext = {
        session,
        slots: [],
        rows: [],
        strict,
        sqlMode: strict ? "STRICT_TRANS_TABLES" : "",
      };
      const compile = (stmt: Statement) => {
        const c = compileEngineStatement(stmt, undefined, env);
        if (!c) throw new Error(`not an engine statement: ${stmt.kind}`);
        return c;
      };
      const client: Client = {
        engine,
        session,
        ctx,
        run(stmt) {
          session.warnings.length = 0;
          return engine.statement(() => compile(stmt)(ctx));
        },
        exec(stmt) {
          return engine.statement(() => compile(stmt)(ctx), { commit: false });
        },
        rows(table) {
          return [...server.catalog.requireTable("test", table).scan()].map((r) => [...r]);
        },
        error(stmt) {
          try {
            client.run(stmt);
          } catch (e) {
            const x = e as SqlError;
            return { errno: x.errno, message: x.message, sqlstate: x.sqlstate };
          }
          throw new Error(`expected ${stmt.kind} to fail`);
        },
      };
      clients.set(engine, client);
      return client;
    },
  };
}
