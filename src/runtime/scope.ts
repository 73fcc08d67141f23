// Compile-time name resolution for stored-program bodies.
//
// A `Unit` is one body being compiled (a routine, a trigger, or a top-level statement): it hands out slot indexes,
// cursor indexes and label ids. A `LocalScope` is one BEGIN...END block: its variables, conditions and cursors, with
// a parent for the enclosing block. Variables resolve to slot readers here, so a local beats a column (the query
// compiler asks this scope first) and nothing is looked up by name at run time.

import type { ColumnRef, ConditionValue, DataType, Expr, SelectStmt } from "../ast.ts";
import type { CompiledExpr, ExecContext, Scope, SessionState, StaticType, SubqueryRun } from "../compile/types.ts";
import type { ColumnMeta } from "../engine/types.ts";
import { SqlError } from "../errors.ts";
import { sessionTimestamp } from "../values/timezone.ts";
import { isSingleFloat, type Value } from "../values/value.ts";
import { runtimeDeps } from "./deps.ts";
import type { HandlerScope } from "./handlers.ts";

export interface TriggerInfo {
  readonly timing: "BEFORE" | "AFTER";
  readonly event: "INSERT" | "UPDATE" | "DELETE";
  readonly columns: readonly ColumnMeta[];
}

export class Unit {
  slotCount = 0;
  cursorCount = 0;
  labelCount = 0;
  /** Set when a SELECT without INTO appears (functions and triggers may not return result sets: 1415). */
  returnsResultSet = false;
  /** A function body must contain a RETURN (1320 at CREATE). */
  hasReturn = false;
  /** Text the body's AST offsets index into (column names of result sets are cut from it). */
  source = "";
  /** The session of the CREATE statement, for checks MySQL makes at creation (unknown system variables). */
  session: SessionState | undefined;
  constructor(
    readonly kind: "top" | "procedure" | "function" | "trigger",
    /** `db.name` as error messages print it. */
    readonly name: string,
    readonly trigger?: TriggerInfo,
  ) {}

  newLabel(): number {
    return ++this.labelCount;
  }
}

export interface VarInfo {
  readonly name: string;
  readonly slot: number;
  readonly type: DataType;
  readonly staticType: StaticType;
  readonly ref: CompiledExpr;
}

export interface CursorInfo {
  readonly name: string;
  readonly index: number;
  readonly query: SelectStmt;
}

/** A condition name resolves to the errno or SQLSTATE it stands for. */
export type NamedCondition = Extract<ConditionValue, { kind: "SqlState" | "ErrorCode" }>;

const DEFAULT_COLLATION = "utf8mb4_0900_ai_ci";

export function staticTypeOf(t: DataType): StaticType {
  switch (t.name) {
    case "TINYINT":
    case "SMALLINT":
    case "MEDIUMINT":
    case "INT":
    case "BIGINT":
    case "BOOLEAN":
    case "YEAR":
    case "BIT":
      return { kind: "int", unsigned: t.unsigned === true || t.name === "BIT" };
    case "DECIMAL":
      return { kind: "decimal", scale: t.scale ?? 0 };
    case "FLOAT":
    case "DOUBLE":
      return isSingleFloat(t) ? { kind: "double", single: true } : { kind: "double" };
    case "BINARY":
    case "VARBINARY":
    case "TINYBLOB":
    case "BLOB":
    case "MEDIUMBLOB":
    case "LONGBLOB":
      return { kind: "string", collation: "binary", binary: true };
    case "DATE":
      return { kind: "temporal", type: "DATE" };
    case "DATETIME":
      return { kind: "temporal", type: "DATETIME" };
    case "TIMESTAMP":
      return { kind: "temporal", type: "DATETIME", timestamp: true };
    case "TIME":
      return { kind: "temporal", type: "TIME" };
    case "JSON":
      return { kind: "json" };
    default:
      return {
        kind: "string",
        collation: t.collation ?? (t.charset === "binary" ? "binary" : DEFAULT_COLLATION),
        binary: t.charset === "binary",
      };
  }
}

/** A variable of type `declared`; a TIMESTAMP one holds UTC, shown in the session time zone (timezone.ts). */
function slotReader(slot: number, type: StaticType, declared: DataType): CompiledExpr {
  if (declared.name === "TIMESTAMP") {
    return { eval: (ctx) => sessionTimestamp(ctx.slots[slot] ?? null, ctx), type, constant: false };
  }
  return { eval: (ctx) => ctx.slots[slot] ?? null, type, constant: false };
}

export class LocalScope implements Scope {
  readonly vars = new Map<string, VarInfo>();
  readonly conditions = new Map<string, NamedCondition>();
  readonly cursors = new Map<string, CursorInfo>();
  /** Handlers declared in this block (filled in when the block is compiled). */
  handlers: HandlerScope | null = null;

  constructor(
    readonly unit: Unit,
    readonly parent: LocalScope | null,
    /** What names fall back to outside the body: nothing for routines (columns come from the query's own scope). */
    readonly outer?: Scope,
  ) {}

  child(): LocalScope {
    return new LocalScope(this.unit, this, this.outer);
  }

  declareVar(name: string, type: DataType): VarInfo {
    const key = name.toLowerCase();
    const slot = this.unit.slotCount++;
    const staticType = staticTypeOf(type);
    const info: VarInfo = { name, slot, type, staticType, ref: slotReader(slot, staticType, type) };
    this.vars.set(key, info);
    return info;
  }

  lookupVar(name: string): VarInfo | undefined {
    const key = name.toLowerCase();
    for (let s: LocalScope | null = this; s; s = s.parent) {
      const v = s.vars.get(key);
      if (v) return v;
    }
    return undefined;
  }

  lookupCondition(name: string): NamedCondition | undefined {
    const key = name.toLowerCase();
    for (let s: LocalScope | null = this; s; s = s.parent) {
      const c = s.conditions.get(key);
      if (c) return c;
    }
    return undefined;
  }

  lookupCursor(name: string): CursorInfo | undefined {
    const key = name.toLowerCase();
    for (let s: LocalScope | null = this; s; s = s.parent) {
      const c = s.cursors.get(key);
      if (c) return c;
    }
    return undefined;
  }

  resolve(ref: ColumnRef): CompiledExpr | undefined {
    if (ref.qualifier.length === 0) {
      const v = this.lookupVar(ref.name);
      if (v) return v.ref;
    } else if (ref.qualifier.length === 1 && this.unit.trigger) {
      const q = ref.qualifier[0]?.toUpperCase();
      if (q === "NEW" || q === "OLD") return triggerRowReader(this.unit.trigger, q, ref.name);
    }
    return this.outer?.resolve(ref);
  }

  aggregate(expr: Expr): CompiledExpr | undefined {
    return this.outer?.aggregate?.(expr);
  }

  /**
   * Subqueries in statements that are not queries (SET, IF, RETURN, DECLARE ... DEFAULT, CALL arguments). Compiled
   * on first use, when the catalog and the current database are known; they see this scope's variables.
   */
  subquery(query: SelectStmt, mode: "scalar" | "exists" | "in"): SubqueryRun {
    if (this.outer?.subquery) return this.outer.subquery(query, mode);
    let run: SubqueryRun | undefined;
    const lazy = (ctx: ExecContext): readonly (readonly Value[])[] => {
      if (run === undefined) {
        run = runtimeDeps().compileSubquery(query, mode, this, this.unit.source, ctx);
        // from now on the caller can check the column count even when no row comes back (1241)
        Object.assign(lazy, { columns: run.columns, types: run.types });
      }
      return run(ctx);
    };
    return lazy;
  }
}

const creationErrors = new WeakSet<SqlError>();

/**
 * Errors MySQL's parser raises when the routine or trigger is created (NEW/OLD misuse), as opposed to name errors
 * that only surface when the statement runs; the statement compiler must not defer these.
 */
export function isCreationError(e: unknown): boolean {
  return e instanceof SqlError && creationErrors.has(e);
}

function creationError(errno: number, sqlstate: string, message: string): SqlError {
  const e = new SqlError(errno, sqlstate, message);
  creationErrors.add(e);
  return e;
}

/** Index of a trigger table's column, or 1054 `Unknown column 'x' in 'NEW'`. */
export function triggerColumn(trigger: TriggerInfo, row: "NEW" | "OLD", name: string): number {
  if (row === "NEW" && trigger.event === "DELETE")
    throw creationError(1363, "HY000", "There is no NEW row in on DELETE trigger");
  if (row === "OLD" && trigger.event === "INSERT")
    throw creationError(1363, "HY000", "There is no OLD row in on INSERT trigger");
  const key = name.toLowerCase();
  const i = trigger.columns.findIndex((c) => c.name.toLowerCase() === key);
  if (i < 0) throw creationError(1054, "42S22", `Unknown column '${name}' in '${row}'`);
  return i;
}

function triggerRowReader(trigger: TriggerInfo, row: "NEW" | "OLD", name: string): CompiledExpr {
  const i = triggerColumn(trigger, row, name);
  const col = trigger.columns[i] as ColumnMeta;
  const type = staticTypeOf(col.type);
  // MySQL prints a trigger field in messages (1690) without quotes: `NEW.input` (Item_trigger_field::print).
  const text = `${row}.${name}`;
  if (col.type.name === "TIMESTAMP") {
    // The row holds the column's stored form: UTC, shown in the session time zone.
    if (row === "NEW")
      return { eval: (ctx) => sessionTimestamp(ctx.newRow?.[i] ?? null, ctx), type, constant: false, text };
    return { eval: (ctx) => sessionTimestamp(ctx.oldRow?.[i] ?? null, ctx), type, constant: false, text };
  }
  if (row === "NEW") return { eval: (ctx) => ctx.newRow?.[i] ?? null, type, constant: false, text };
  return { eval: (ctx) => ctx.oldRow?.[i] ?? null, type, constant: false, text };
}
