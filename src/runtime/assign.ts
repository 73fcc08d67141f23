// Assignment targets of SET, SELECT ... INTO, FETCH ... INTO and GET DIAGNOSTICS, compiled to writer closures.
//
// Local variables and parameters are typed (A5): a value is converted with the storing rules of a column of that
// type, under the routine's sql_mode. The common cases (an integer in range for an integer variable, a string that
// fits a character variable) are decided here without calling the engine's converter.

import type { DataType, Target } from "../ast.ts";
import type { ExecContext, StaticType } from "../compile/types.ts";
import { SqlError } from "../errors.ts";
import { userVarValue } from "../values/coerce.ts";
import type { Value } from "../values/value.ts";
import { runtimeDeps } from "./deps.ts";
import type { Frame } from "./frame.ts";
import { type LocalScope, triggerColumn } from "./scope.ts";

/** Writes a value to a target; `type` is the static type of what was assigned (a user variable's entry keeps it). */
export type Writer = (f: Frame, v: Value, type?: StaticType) => void;
export type Storer = (v: Value, ctx: ExecContext) => Value;

const INT_RANGES: Record<string, [number, number, number]> = {
  // signed min, signed max, unsigned max
  TINYINT: [-128, 127, 255],
  BOOLEAN: [-128, 127, 255],
  SMALLINT: [-32768, 32767, 65535],
  MEDIUMINT: [-8388608, 8388607, 16777215],
  INT: [-2147483648, 2147483647, 4294967295],
  BIGINT: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
};

const TEXT_BYTES: Record<string, number> = { TINYTEXT: 255, TEXT: 65535, MEDIUMTEXT: 16777215, LONGTEXT: 4294967295 };

/** A converter for values stored into a variable of type `type` named `name`. */
export function storerFor(type: DataType, name: string): Storer {
  const slow: Storer = (v, ctx) => runtimeDeps().storeValue(v, type, ctx, name);
  const range = INT_RANGES[type.name];
  if (range) {
    const lo = type.unsigned ? 0 : range[0];
    const hi = type.unsigned ? range[2] : range[1];
    return (v, ctx) => (v === null || (typeof v === "number" && v >= lo && v <= hi) ? v : slow(v, ctx));
  }
  if (type.name === "VARCHAR" || type.name === "CHAR") {
    const len = type.length ?? 1;
    // A UTF-16 length within the limit means the character count is too; CHAR strips trailing spaces when read,
    // which the slow path handles, so only strings without a trailing space take the fast path there.
    if (type.name === "VARCHAR" && type.charset !== "binary")
      return (v, ctx) => (v === null || (typeof v === "string" && v.length <= len) ? v : slow(v, ctx));
    return (v, ctx) =>
      v === null || (typeof v === "string" && v.length <= len && !v.endsWith(" ")) ? v : slow(v, ctx);
  }
  const bytes = TEXT_BYTES[type.name];
  if (bytes !== undefined && type.charset !== "binary") {
    // At most 3 UTF-8 bytes per UTF-16 unit.
    const maxUnits = Math.floor(bytes / 3);
    return (v, ctx) => (v === null || (typeof v === "string" && v.length <= maxUnits) ? v : slow(v, ctx));
  }
  return (v, ctx) => (v === null ? v : slow(v, ctx));
}

/** Cuts strings to a character type's length without a warning (GET DIAGNOSTICS assigns this way, D3). */
export function silentFit(type: DataType): (v: Value) => Value {
  if ((type.name === "VARCHAR" || type.name === "CHAR") && type.length !== undefined) {
    const len = type.length;
    return (v) => (typeof v === "string" && [...v].length > len ? [...v].slice(0, len).join("") : v);
  }
  return (v) => v;
}

const CLIPPED = new Set([1264, 1265, 1292, 1366, 1406]);

/** Stores as non-strict mode would, without adding its warnings. */
function quietStore(value: Value, type: DataType, f: Frame, name: string): Value {
  const session = Object.create(f.session, { warn: { value: () => {} } }) as Frame["session"];
  const ctx: ExecContext = {
    session,
    slots: f.slots,
    rows: f.rows,
    strict: false,
    sqlMode: "",
    newRow: f.newRow,
    oldRow: f.oldRow,
  };
  try {
    return runtimeDeps().storeValue(value, type, ctx, name);
  } catch {
    return null;
  }
}

export function userVarKey(name: string): string {
  return name.toLowerCase();
}

export interface TargetOptions {
  /** GET DIAGNOSTICS: cut strings to fit without warning or error. */
  readonly silent?: boolean;
}

export function compileTarget(target: Target, scope: LocalScope, options: TargetOptions = {}): Writer {
  switch (target.kind) {
    case "LocalTarget": {
      const v = scope.lookupVar(target.name);
      if (v) {
        const slot = v.slot;
        const store = storerFor(v.type, v.name);
        if (options.silent) {
          const fitText = silentFit(v.type);
          return (f, value) => {
            f.slots[slot] = store(fitText(value), f);
          };
        }
        // A store that fails (strict mode) leaves the variable NULL, as sp_eval_expr does for SET, FETCH, SELECT ...
        // INTO and OUT copy-back alike (result_field->set_null() on error); variables after it keep their values.
        return (f, value) => {
          try {
            f.slots[slot] = store(value, f);
          } catch (e) {
            f.slots[slot] = null;
            throw e;
          }
        };
      }
      // `SET autocommit = 0`: a bare name that is not a variable is a system variable. An unknown one is 1193 when
      // the routine is created.
      const name = target.name;
      const session = scope.unit.session;
      if (session) {
        try {
          session.getSystemVar(name, "SESSION");
        } catch (e) {
          if (e instanceof SqlError && e.errno === 1193) throw e;
        }
      }
      return (f, value) => f.session.setSystemVar(name, "DEFAULT", value);
    }
    case "UserVar": {
      const key = userVarKey(target.name);
      return (f, value, type) => {
        f.session.userVars.assign(key, userVarValue(value), type);
      };
    }
    case "SystemVarTarget": {
      const { name, scope: varScope } = target;
      return (f, value) => f.session.setSystemVar(name, varScope, value);
    }
    case "RowFieldTarget": {
      const trigger = scope.unit.trigger;
      if (!trigger) throw new SqlError(1054, "42S22", `Unknown column '${target.column}' in 'field list'`);
      if (target.row === "OLD") {
        triggerColumn(trigger, "OLD", target.column);
        throw new SqlError(1362, "HY000", "Updating of OLD row is not allowed in trigger");
      }
      const i = triggerColumn(trigger, "NEW", target.column);
      if (trigger.timing === "AFTER")
        throw new SqlError(1362, "HY000", "Updating of NEW row is not allowed in after trigger");
      const col = trigger.columns[i];
      if (!col) throw new SqlError(1054, "42S22", `Unknown column '${target.column}' in 'NEW'`);
      const store = storerFor(col.type, col.name);
      const type = col.type;
      return (f, value) => {
        const row = f.newRow;
        if (!row) return;
        try {
          row[i] = store(value, f);
        } catch (e) {
          // The row field keeps the value clipped as in non-strict mode when strict mode makes the store an error
          // (MariaDB 10.11: a handled 1264 on SET NEW.value leaves 2147483647 in the row; MySQL stores fields the
          // same way). A routine variable, by contrast, is left unchanged.
          if (e instanceof SqlError && CLIPPED.has(e.errno)) row[i] = quietStore(value, type, f, col.name);
          throw e;
        }
      };
    }
  }
}

/**
 * What a NEW column keeps when the expression of its SET fails, or undefined for other targets (a failed SET leaves
 * them unchanged). MySQL evaluates the expression inside the store (Item_trigger_field::set_value ->
 * Item::save_in_field): integer and DOUBLE arithmetic that overflows raises 1690 and returns 0, and that 0 is stored
 * before the error is noticed, so a CONTINUE handler leaves 0 in the row (MariaDB 10.11 records the same). A DECIMAL
 * overflow returns NULL there, which is what the column already holds when nothing was assigned, so only 1690 on
 * BIGINT/DOUBLE is modelled.
 */
export function compileEvalFailure(target: Target, scope: LocalScope): ((f: Frame, e: unknown) => void) | undefined {
  if (target.kind !== "RowFieldTarget" || target.row !== "NEW") return undefined;
  const trigger = scope.unit.trigger;
  if (!trigger || trigger.timing === "AFTER") return undefined;
  const i = triggerColumn(trigger, "NEW", target.column);
  const col = trigger.columns[i];
  if (!col) return undefined;
  const { type, name } = col;
  return (f, e) => {
    const row = f.newRow;
    if (!row || !(e instanceof SqlError) || e.errno !== 1690 || e.message.startsWith("DECIMAL")) return;
    row[i] = quietStore(0, type, f, name);
  };
}
