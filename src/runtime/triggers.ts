// Triggers: CREATE/DROP TRIGGER and the engine's trigger-runner hook.
//
// A trigger body is compiled once per definition against its table's columns: NEW.x and OLD.x become indexes into
// the row arrays the engine passes in. Writing NEW in an AFTER trigger or OLD anywhere is 1362, NEW in a DELETE
// trigger or OLD in an INSERT trigger is 1363, all at CREATE time as in MySQL. A trigger runs under the sql_mode
// stored at its creation, with its own diagnostics area whose remaining conditions (for example a SIGNAL of class
// '01') are added to the triggering statement's.

import type { CreateTrigger } from "../ast.ts";
import type { ExecContext, SessionState } from "../compile/types.ts";
import { createTrigger } from "../engine/ddl.ts";
import type { Row, TriggerDef, TriggerRunner } from "../engine/types.ts";
import { SqlError } from "../errors.ts";
import type { Value } from "../values/value.ts";
import { DiagnosticsArea } from "./diagnostics.ts";
import { budgetOf, Frame, isStrict } from "./frame.ts";
import { stackOverrun } from "./limits.ts";
import { sourceOf, withSqlMode } from "./routines.ts";
import { LocalScope, type TriggerInfo, Unit } from "./scope.ts";
import { type CompileEnv, compileExec } from "./statements.ts";
import type { Exec } from "./types.ts";

interface CompiledTrigger {
  readonly unit: Unit;
  readonly body: Exec;
}

const compiledTriggers = new WeakMap<CreateTrigger, CompiledTrigger>();

export function compileTrigger(
  ast: CreateTrigger,
  db: string,
  info: TriggerInfo,
  session?: SessionState,
): CompiledTrigger {
  const cached = compiledTriggers.get(ast);
  if (cached) return cached;
  const unit = new Unit("trigger", `${db}.${ast.name.name}`, info);
  unit.source = sourceOf(ast);
  unit.session = session;
  const scope = new LocalScope(unit, null);
  const env: CompileEnv = { scope, handlers: null, labels: null, source: sourceOf(ast) };
  const compiled = { unit, body: compileExec(ast.body, env) };
  compiledTriggers.set(ast, compiled);
  return compiled;
}

function tableOf(ctx: ExecContext, db: string, name: string) {
  const table = ctx.session.engine.catalog.table(db, name);
  if (!table) throw new SqlError(1146, "42S02", `Table '${db}.${name}' doesn't exist`);
  return table;
}

/** The runner the server calls for each row (install it as `server.triggerRunner`). */
export const triggerRunner: TriggerRunner = {
  fire(trigger: TriggerDef, ctx: ExecContext, newRow: Value[] | undefined, oldRow: Row | undefined): void {
    const session = ctx.session;
    const table = tableOf(ctx, trigger.db, trigger.table);
    const ct = compileTrigger(trigger.ast, trigger.db, {
      timing: trigger.timing,
      event: trigger.event,
      columns: table.columns,
    });
    const budget = budgetOf(session);
    if (budget.depth >= budget.limits.maxDepth) throw stackOverrun();
    const slots: Value[] = new Array(ct.unit.slotCount).fill(null);
    const f = new Frame(session, slots, isStrict(trigger.sqlMode), trigger.sqlMode, budget, null, newRow, oldRow);
    const caller = session.diagnostics;
    const own = new DiagnosticsArea();
    own.maxConditions = caller.maxConditions;
    session.diagnostics = own;
    const outermost = budget.active === 0;
    if (outermost) budget.start();
    budget.active++;
    budget.depth++;
    const savedDb = session.database;
    session.database = trigger.db;
    try {
      withSqlMode(session, trigger.sqlMode, () => ct.body(f));
    } catch (e) {
      if (e instanceof RangeError && /call stack/i.test(e.message)) throw stackOverrun();
      throw e;
    } finally {
      session.database = savedDb;
      budget.depth--;
      budget.active--;
      session.diagnostics = caller;
    }
    for (const c of own.conditions) caller.conditions.push(c);
  },
};

/**
 * CREATE TRIGGER: the body is compiled against the table's columns first (NEW/OLD misuse, 1362/1363, unknown
 * columns), then the engine stores the definition (existence checks, ACTION_ORDER, sql_mode).
 */
export function compileCreateTrigger(stmt: CreateTrigger, unit: Unit): (f: Frame) => void {
  if (unit.kind !== "top")
    throw new SqlError(1303, "2F003", "Can't create a TRIGGER from within another stored routine");
  return (f) => {
    const session = f.session;
    const db = stmt.name.schema ?? stmt.table.schema ?? session.database;
    const table = db ? session.engine.catalog.database(db)?.tables.get(stmt.table.name) : undefined;
    if (db && table)
      compileTrigger(stmt, db, { timing: stmt.timing, event: stmt.event, columns: table.columns }, session);
    const out = createTrigger(stmt, f);
    f.affected = out.affectedRows;
  };
}
