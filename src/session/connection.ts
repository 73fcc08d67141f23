// One client connection to the simulated server: what MySQL keeps per session (current database, user and system
// variables, the diagnostics area, LAST_INSERT_ID, ROW_COUNT) plus spbed's simulated clock and seeded randomness.

import type { ExecContext, SessionState } from "../compile/types.ts";
import { UserVariables } from "../compile/user-vars.ts";
import type { Session as EngineSession } from "../engine/transaction.ts";
import { SqlError } from "../errors.ts";
import type { FunctionService } from "../lambda/service.ts";
import { DiagnosticsArea } from "../runtime/diagnostics.ts";
import { decimalToDouble } from "../values/decimal.ts";
import { render } from "../values/render.ts";
import { Bytes, Decimal, Double, type Value } from "../values/value.ts";
import { SeededRandom, type SimulatedClock } from "./clock.ts";
import { strictEscalation } from "./strict-handler.ts";
import { SystemVariables } from "./sysvars.ts";

let nextConnectionId = 1;

export interface ConnectionOptions {
  readonly clock: SimulatedClock;
  readonly functions?: FunctionService;
  readonly user?: string;
  readonly seed?: number;
  readonly globals?: Map<string, Value>;
}

export class Connection implements SessionState {
  database: string | null = null;
  readonly userVars = new UserVariables();
  diagnostics = new DiagnosticsArea();
  lastInsertId: number | bigint = 0;
  rowCount = -1;
  foundRows = 0;
  readonly connectionId = nextConnectionId++;
  readonly user: string;
  readonly clock: SimulatedClock;
  readonly functions: FunctionService | undefined;
  private readonly sysvars: SystemVariables;
  private readonly rng: SeededRandom;
  /** Set by the runtime wiring: how stored functions are called from expressions. */
  storedFunctionCaller:
    | ((schema: string | undefined, name: string, args: readonly Value[], ctx: ExecContext, field?: string) => Value)
    | undefined;

  constructor(
    readonly engine: EngineSession,
    options: ConnectionOptions,
  ) {
    this.clock = options.clock;
    this.functions = options.functions;
    this.user = options.user ?? "root@localhost";
    this.rng = new SeededRandom(options.seed ?? this.connectionId);
    this.sysvars = new SystemVariables(options.globals);
  }

  getSystemVar(name: string, scope: "SESSION" | "GLOBAL" | "DEFAULT"): Value {
    const key = name.toLowerCase();
    // SET timestamp fixes NOW() for the session, as in MySQL; reading it gives the clock in seconds.
    if (key === "timestamp") return new Double(this.clock.nowMicros() / 1_000_000, 6);
    if (key === "autocommit") return this.engine.autocommit ? 1 : 0;
    if (key === "warning_count" || key === "error_count") {
      if (scope === "GLOBAL") throw new SqlError(1238, "HY000", `Variable '${key}' is a SESSION variable`);
      // The statement reading them has cleared the area already: they report what it held before (see
      // DiagnosticsArea.savedWarningCount).
      return key === "warning_count" ? this.diagnostics.savedWarningCount : this.diagnostics.savedErrorCount;
    }
    return this.sysvars.get(key, scope);
  }

  setSystemVar(name: string, scope: "SESSION" | "GLOBAL" | "DEFAULT", value: Value): void {
    const key = name.toLowerCase();
    if (key === "timestamp") {
      this.clock.set(timestampMicros(value));
      return;
    }
    this.sysvars.set(key, scope, value, (errno, sqlstate, message) => this.warn(errno, sqlstate, message));
    if (key === "autocommit" && scope !== "GLOBAL") this.engine.autocommit = this.sysvars.get(key, scope) === 1;
    if (key === "max_error_count") this.diagnostics.maxConditions = Number(this.sysvars.get(key, "SESSION"));
  }

  resetSystemVar(name: string, scope: "SESSION" | "GLOBAL" | "DEFAULT"): void {
    const key = name.toLowerCase();
    // 0 gives NOW() back to the clock
    if (key === "timestamp") this.clock.set(0);
    else this.setSystemVar(key, scope, this.sysvars.defaultFor(key, scope));
  }

  /** Whether a strict data-changing statement is running (strict-handler.ts): its warnings of some codes are errors. */
  strictHandler = false;

  warn(errno: number, sqlstate: string, message: string, level: "Note" | "Warning" = "Warning"): void {
    const escalated = strictEscalation(this.strictHandler, level, errno, sqlstate, message);
    if (escalated !== undefined) throw escalated;
    if (level === "Note" && this.sysvars.get("sql_notes", "SESSION") === 0) return;
    this.diagnostics.add(level, errno, sqlstate, message);
  }

  nowMicros(): number {
    return this.clock.nowMicros();
  }

  statementSeq = 0;

  beginStatement(): void {
    this.statementSeq++;
    this.clock.beginStatement();
  }

  sleep(seconds: number): void {
    this.clock.advanceSeconds(seconds);
    // A sleeping statement is where the seed's author killed the server by hand: give crash hooks that moment.
    this.engine.checkpoint("sleep");
  }

  random(): number {
    return this.rng.next();
  }

  callFunction(
    schema: string | undefined,
    name: string,
    args: readonly Value[],
    ctx: ExecContext,
    field?: string,
  ): Value {
    if (this.storedFunctionCaller === undefined) {
      const db = schema ?? this.database ?? "";
      throw new SqlError(1305, "42000", `FUNCTION ${db}.${name} does not exist`);
    }
    return this.storedFunctionCaller(schema, name, args, ctx, field);
  }

  /** The sql_mode in force for top-level statements. */
  get sqlMode(): string {
    return String(this.sysvars.get("sql_mode", "SESSION"));
  }
}

/** `SET timestamp = v` in microseconds: a number of seconds (integer, DECIMAL or DOUBLE); 0 means the real clock. */
function timestampMicros(value: Value): number {
  if (typeof value === "string" || value instanceof Bytes || value === null) {
    throw new SqlError(1232, "42000", "Incorrect argument type to variable 'timestamp'");
  }
  const seconds =
    typeof value === "number" || typeof value === "bigint"
      ? Number(value)
      : value instanceof Double
        ? value.value
        : value instanceof Decimal
          ? decimalToDouble(value)
          : Number.NaN;
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new SqlError(1231, "42000", `Variable 'timestamp' can't be set to the value of '${render(value) ?? "NULL"}'`);
  }
  return Math.round(seconds * 1_000_000);
}
