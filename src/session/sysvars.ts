// Session system variables: the ones stored programs and the seed rely on, with MySQL 8.0's defaults.
//
// Each variable validates its own assignments with MySQL's errors (1231 wrong value, 1232 wrong type, 1238 read only),
// and clamps out-of-range numbers with warning 1292 as the server does.

import { SqlError } from "../errors.ts";
import { timeZoneName } from "../values/timezone.ts";
import { Decimal, Double, type Value } from "../values/value.ts";

/** The sql_mode flags in MySQL 8.0's bit order, which is the order the server prints them in. */
const SQL_MODES = new Set([
  "REAL_AS_FLOAT",
  "PIPES_AS_CONCAT",
  "ANSI_QUOTES",
  "IGNORE_SPACE",
  "ONLY_FULL_GROUP_BY",
  "NO_UNSIGNED_SUBTRACTION",
  "NO_DIR_IN_CREATE",
  "ANSI",
  "NO_AUTO_VALUE_ON_ZERO",
  "NO_BACKSLASH_ESCAPES",
  "STRICT_TRANS_TABLES",
  "STRICT_ALL_TABLES",
  "NO_ZERO_IN_DATE",
  "NO_ZERO_DATE",
  "ALLOW_INVALID_DATES",
  "ERROR_FOR_DIVISION_BY_ZERO",
  "TRADITIONAL",
  "HIGH_NOT_PRECEDENCE",
  "NO_ENGINE_SUBSTITUTION",
  "PAD_CHAR_TO_FULL_LENGTH",
  "TIME_TRUNCATE_FRACTIONAL",
]);

/** MySQL 8.0's default sql_mode. */
export const DEFAULT_SQL_MODE =
  "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION";

export const DEFAULT_COLLATION = "utf8mb4_0900_ai_ci";

const COLLATIONS = new Set(["utf8mb4_0900_ai_ci", "utf8mb4_general_ci", "utf8mb4_bin", "utf8mb4_unicode_ci", "binary"]);

type Warn = (errno: number, sqlstate: string, message: string) => void;

interface VarDef {
  readonly initial: Value;
  readonly readOnly?: boolean;
  /** Converts an assigned value to the stored one, or throws. */
  readonly set?: (name: string, value: Value, warn: Warn) => Value;
}

function wrongValue(name: string, value: Value): SqlError {
  const shown = value === null ? "NULL" : describe(value);
  return new SqlError(1231, "42000", `Variable '${name}' can't be set to the value of '${shown}'`);
}

function wrongType(name: string): SqlError {
  return new SqlError(1232, "42000", `Incorrect argument type to variable '${name}'`);
}

function describe(value: Value): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (value instanceof Double) return String(value.value);
  if (value instanceof Decimal) return value.unscaled.toString();
  return String(value);
}

function integer(min: number, max: number): (name: string, value: Value, warn: Warn) => Value {
  return (name, value, warn) => {
    if (typeof value !== "number" && typeof value !== "bigint") throw wrongType(name);
    const n = Number(value);
    if (n < min || n > max) {
      warn(1292, "22007", `Truncated incorrect ${name} value: '${String(value)}'`);
      return n < min ? min : max;
    }
    return n;
  };
}

function boolean(name: string, value: Value): Value {
  if (typeof value === "number" || typeof value === "bigint") {
    if (value === 0 || value === 1) return value;
    throw wrongValue(name, value);
  }
  if (typeof value === "string") {
    const upper = value.toUpperCase();
    if (upper === "ON" || upper === "TRUE") return 1;
    if (upper === "OFF" || upper === "FALSE") return 0;
  }
  throw wrongValue(name, value);
}

function sqlMode(name: string, value: Value): Value {
  if (typeof value !== "string") throw wrongValue(name, value);
  const modes = value
    .split(",")
    .map((m) => m.trim().toUpperCase())
    .filter((m) => m !== "");
  const expanded: string[] = [];
  for (const mode of modes) {
    if (mode === "TRADITIONAL") {
      expanded.push(
        "STRICT_TRANS_TABLES",
        "STRICT_ALL_TABLES",
        "NO_ZERO_IN_DATE",
        "NO_ZERO_DATE",
        "ERROR_FOR_DIVISION_BY_ZERO",
        "TRADITIONAL",
        "NO_ENGINE_SUBSTITUTION",
      );
    } else if (mode === "ANSI") {
      expanded.push("REAL_AS_FLOAT", "PIPES_AS_CONCAT", "ANSI_QUOTES", "IGNORE_SPACE", "ONLY_FULL_GROUP_BY", "ANSI");
    } else if (SQL_MODES.has(mode)) {
      expanded.push(mode);
    } else {
      throw wrongValue(name, value);
    }
  }
  // The server prints modes in its own fixed order, not the order they were given.
  const order = [...SQL_MODES];
  return [...new Set(expanded)].sort((a, b) => order.indexOf(a) - order.indexOf(b)).join(",");
}

function collation(name: string, value: Value): Value {
  if (typeof value !== "string") throw wrongValue(name, value);
  const lower = value.toLowerCase();
  if (!COLLATIONS.has(lower)) throw new SqlError(1273, "HY000", `Unknown collation: '${value}'`);
  return lower;
}

function text(name: string, value: Value): Value {
  if (typeof value !== "string") throw wrongValue(name, value);
  return value;
}

/** time_zone: what src/values/timezone.ts reads; anything else is 1298 as in MySQL. */
function timeZone(_name: string, value: Value): Value {
  const text = typeof value === "string" ? value : value === null ? "NULL" : describe(value);
  const name = typeof value === "string" ? timeZoneName(value) : undefined;
  if (name !== undefined) return name;
  throw new SqlError(1298, "HY000", `Unknown or incorrect time zone: '${text}'`);
}

const DEFS: Readonly<Record<string, VarDef>> = {
  autocommit: { initial: 1, set: boolean },
  sql_mode: { initial: DEFAULT_SQL_MODE, set: sqlMode },
  max_sp_recursion_depth: { initial: 0, set: integer(0, 255) },
  div_precision_increment: { initial: 4, set: integer(0, 30) },
  max_allowed_packet: { initial: 67108864, set: integer(1024, 1073741824) },
  max_error_count: { initial: 1024, set: integer(0, 65535) },
  max_execution_time: { initial: 0, set: integer(0, 4294967295) },
  collation_connection: { initial: DEFAULT_COLLATION, set: collation },
  collation_server: { initial: DEFAULT_COLLATION, set: collation },
  collation_database: { initial: DEFAULT_COLLATION, set: collation },
  character_set_client: { initial: "utf8mb4", set: text },
  character_set_connection: { initial: "utf8mb4", set: text },
  character_set_results: { initial: "utf8mb4", set: text },
  character_set_server: { initial: "utf8mb4", set: text },
  time_zone: { initial: "SYSTEM", set: timeZone },
  transaction_isolation: { initial: "REPEATABLE-READ", set: text },
  foreign_key_checks: { initial: 1, set: boolean },
  unique_checks: { initial: 1, set: boolean },
  sql_safe_updates: { initial: 0, set: boolean },
  sql_notes: { initial: 1, set: boolean },
  lc_time_names: { initial: "en_US", set: text },
  default_storage_engine: { initial: "InnoDB", set: text },
  version: { initial: "8.0.36-spbed", readOnly: true },
  version_comment: { initial: "spbed in-memory MySQL test bed", readOnly: true },
  lower_case_table_names: { initial: 0, readOnly: true },
  hostname: { initial: "spbed", readOnly: true },
  port: { initial: 3306, readOnly: true },
  // Read from the diagnostics area by Connection.getSystemVar; listed here so that SET reports them read only.
  warning_count: { initial: 0, readOnly: true },
  error_count: { initial: 0, readOnly: true },
};

/** The session's copy of the system variables. GLOBAL values are the server's (shared by its sessions). */
export class SystemVariables {
  private readonly values = new Map<string, Value>();

  constructor(private readonly globals: Map<string, Value> = new Map()) {}

  static isKnown(name: string): boolean {
    return Object.hasOwn(DEFS, name.toLowerCase());
  }

  get(name: string, scope: "SESSION" | "GLOBAL" | "DEFAULT"): Value {
    const key = name.toLowerCase();
    const def = DEFS[key];
    if (def === undefined) throw new SqlError(1193, "HY000", `Unknown system variable '${name}'`);
    const global = this.globals.get(key) ?? def.initial;
    if (scope === "GLOBAL") return global;
    return this.values.get(key) ?? global;
  }

  /** The value `SET name = DEFAULT` stores: the global value for the session, the compiled-in one for the global. */
  defaultFor(name: string, scope: "SESSION" | "GLOBAL" | "DEFAULT"): Value {
    const key = name.toLowerCase();
    const def = DEFS[key];
    if (def === undefined) throw new SqlError(1193, "HY000", `Unknown system variable '${name}'`);
    return scope === "GLOBAL" ? def.initial : (this.globals.get(key) ?? def.initial);
  }

  set(name: string, scope: "SESSION" | "GLOBAL" | "DEFAULT", value: Value, warn: Warn): void {
    const key = name.toLowerCase();
    const def = DEFS[key];
    if (def === undefined) throw new SqlError(1193, "HY000", `Unknown system variable '${name}'`);
    if (def.readOnly === true || def.set === undefined) {
      throw new SqlError(1238, "HY000", `Variable '${key}' is a read only variable`);
    }
    const stored = def.set(key, value, warn);
    if (scope === "GLOBAL") this.globals.set(key, stored);
    else this.values.set(key, stored);
  }
}
