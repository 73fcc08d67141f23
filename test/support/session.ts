// A minimal SessionState for expression tests: user variables, a few system variables, and a warnings list.

import type { Condition, ExecContext, SessionState } from "../../src/compile/types.ts";
import { UserVariables } from "../../src/compile/user-vars.ts";
import type { EngineSession } from "../../src/engine/types.ts";
import { SqlError } from "../../src/errors.ts";
import { DiagnosticsArea } from "../../src/runtime/diagnostics.ts";
import type { Value } from "../../src/values/value.ts";

export interface TestSession extends SessionState {
  readonly warnings: Condition[];
  readonly sysVars: Map<string, Value>;
}

const DEFAULTS: [string, Value][] = [
  [
    "sql_mode",
    "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION",
  ],
  ["div_precision_increment", 4],
  ["collation_connection", "utf8mb4_0900_ai_ci"],
  ["collation_server", "utf8mb4_0900_ai_ci"],
  ["character_set_connection", "utf8mb4"],
  ["max_sp_recursion_depth", 0],
  ["autocommit", 1],
  ["max_allowed_packet", 67108864],
];

export function testSession(vars: Record<string, Value> = {}): TestSession {
  const sysVars = new Map<string, Value>(DEFAULTS);
  for (const [k, v] of Object.entries(vars)) sysVars.set(k.toLowerCase(), v);
  const diagnostics = new DiagnosticsArea();
  const warnings: Condition[] = diagnostics.conditions;
  let seed = 1;
  return {
    engine: {} as EngineSession,
    database: "test",
    userVars: new UserVariables(),
    warnings,
    sysVars,
    getSystemVar(name) {
      const key = name.toLowerCase();
      if (!sysVars.has(key)) throw new SqlError(1193, "HY000", `Unknown system variable '${name}'`);
      return sysVars.get(key) ?? null;
    },
    setSystemVar(name, _scope, value) {
      sysVars.set(name.toLowerCase(), value);
    },
    resetSystemVar(name) {
      const key = name.toLowerCase();
      sysVars.set(key, new Map<string, Value>(DEFAULTS).get(key) ?? null);
    },
    diagnostics,
    warn(errno, sqlstate, message, level = "Warning") {
      diagnostics.add(level, errno, sqlstate, message);
    },
    nowMicros: () => 1_790_000_000_000_000,
    sleep() {},
    lastInsertId: 0,
    rowCount: 0,
    foundRows: 0,
    connectionId: 1,
    user: "root@localhost",
    random() {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    },
    callFunction(schema, name) {
      throw new SqlError(1305, "42000", `FUNCTION ${schema ?? "test"}.${name} does not exist`);
    },
  };
}

export function testContext(session: TestSession = testSession(), strict = false): ExecContext {
  const sqlMode = String(session.getSystemVar("sql_mode", "SESSION") ?? "");
  return { session, slots: [], rows: [], strict, sqlMode };
}
