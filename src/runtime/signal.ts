// SIGNAL and RESIGNAL (checklist C1–C5).
//
// Compile time (as MySQL's parser does): the SQLSTATE must be valid and not class '00' (1407), a condition name must
// be declared (1319) with an SQLSTATE (1646), and no item may be set twice (1641). Run time: item values are
// checked (1231) and cut to their maximum length (1647 warning, or 1648 in strict mode). A class '01' condition is a
// warning: it goes into the diagnostics area and the statement completes, so a SQLWARNING handler sees it after the
// statement; any other class is thrown as an error.

import type { ConditionValue, Resignal, Signal, SignalItem } from "../ast.ts";
import type { CompiledExpr, Condition } from "../compile/types.ts";
import { SqlError } from "../errors.ts";
import { toText } from "../values/coerce.ts";
import { decimalToInteger } from "../values/decimal.ts";
import { Decimal, Double, type Value } from "../values/value.ts";
import { runtimeDeps } from "./deps.ts";
import type { Frame } from "./frame.ts";
import { classOrigin, subclassOrigin } from "./getdiag.ts";
import type { LocalScope } from "./scope.ts";

const SQLSTATE_RE = /^[0-9A-Z]{5}$/;

export function badSqlstate(sqlstate: string): SqlError {
  return new SqlError(1407, "42000", `Bad SQLSTATE: '${sqlstate}'`);
}

/** Validates an SQLSTATE written in DECLARE ... CONDITION/HANDLER or SIGNAL. */
export function checkSqlstate(sqlstate: string): void {
  if (!SQLSTATE_RE.test(sqlstate) || sqlstate.startsWith("00")) throw badSqlstate(sqlstate);
}

function defaultsFor(sqlstate: string): { errno: number; message: string } {
  if (sqlstate.startsWith("01")) return { errno: 1642, message: "Unhandled user-defined warning condition" };
  if (sqlstate.startsWith("02")) return { errno: 1643, message: "Unhandled user-defined not found condition" };
  return { errno: 1644, message: "Unhandled user-defined exception condition" };
}

/** Resolves the condition value of SIGNAL/RESIGNAL to an SQLSTATE at compile time. */
function signalState(cond: ConditionValue, scope: LocalScope): string {
  if (cond.kind === "SqlState") {
    checkSqlstate(cond.value);
    return cond.value;
  }
  if (cond.kind === "ConditionName") {
    const named = scope.lookupCondition(cond.name);
    if (!named) throw new SqlError(1319, "42000", `Undefined CONDITION: ${cond.name}`);
    if (named.kind !== "SqlState")
      throw new SqlError(1646, "HY000", "SIGNAL/RESIGNAL can only use a CONDITION defined with SQLSTATE");
    return named.value;
  }
  throw new SqlError(1064, "42000", "SIGNAL needs an SQLSTATE or a condition name");
}

interface CompiledItem {
  readonly name: SignalItem["name"];
  readonly value: CompiledExpr;
  /** The value is a user variable (its DOUBLE converts to an errno by truncation). */
  readonly userVar: boolean;
}

function compileItems(items: readonly SignalItem[], scope: LocalScope): CompiledItem[] {
  const seen = new Set<string>();
  const out: CompiledItem[] = [];
  for (const item of items) {
    if (seen.has(item.name)) throw new SqlError(1641, "42000", `Duplicate condition information item '${item.name}'`);
    seen.add(item.name);
    out.push({
      name: item.name,
      value: runtimeDeps().compileExpr(item.value, scope),
      userVar: item.value.kind === "UserVar",
    });
  }
  return out;
}

function wrongValue(name: string, v: Value): SqlError {
  return new SqlError(
    1231,
    "42000",
    `Variable '${name}' can't be set to the value of '${v === null ? "NULL" : toText(v)}'`,
  );
}

/** Rounds half to even, as C's rint() does under the default rounding mode. */
function rint(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

/**
 * MYSQL_ERRNO is the item's integer value (Item::val_int): a DECIMAL rounds half away from zero, a DOUBLE rounds
 * half to even, but a DOUBLE user variable is truncated (user_var_entry::val_int casts), and a string gives its
 * leading integer ('65.7' is 65, 'x' is 0). Only 1..65535 is accepted; anything else is 1231 naming the value's text.
 */
function errnoValue(v: Value, fromUserVar: boolean): number {
  let n: number | undefined;
  if (typeof v === "number") n = v;
  else if (typeof v === "bigint") n = Number(v);
  else if (v instanceof Decimal) n = Number(decimalToInteger(v));
  else if (v instanceof Double) n = fromUserVar ? Math.trunc(v.value) : rint(v.value);
  else if (typeof v === "string") {
    const m = /^\s*([+-]?\d+)/.exec(v);
    n = m ? Number(m[1]) : 0;
  }
  // MySQL accepts 1..65535 (MAX_MYSQL_ERRNO); MariaDB 10.11 rejects 65535 too.
  if (n === undefined || !Number.isInteger(n) || n <= 0 || n > 65535) throw wrongValue("MYSQL_ERRNO", v);
  return n;
}

/** Applies evaluated items to a condition under construction. */
function applyItems(
  f: Frame,
  items: readonly CompiledItem[],
  target: { errno: number; message: string; items: Record<string, string> },
): void {
  for (const item of items) {
    const v = item.value.eval(f);
    if (item.name === "MYSQL_ERRNO") {
      if (v === null) throw wrongValue(item.name, v);
      target.errno = errnoValue(v, item.userVar);
      continue;
    }
    if (v === null) throw wrongValue(item.name, v);
    let text = toText(v);
    const max = item.name === "MESSAGE_TEXT" ? 128 : 64;
    const chars = [...text];
    if (chars.length > max) {
      if (f.strict) throw new SqlError(1648, "HY000", `Data too long for condition item '${item.name}'`);
      text = chars.slice(0, max).join("");
      f.session.diagnostics.add("Warning", 1647, "HY000", `Data truncated for condition item '${item.name}'`);
    }
    if (item.name === "MESSAGE_TEXT") target.message = text;
    else target.items[item.name] = text;
  }
}

/** Raises the condition: a warning goes into the diagnostics area, anything else is thrown. */
function emit(f: Frame, sqlstate: string, c: { errno: number; message: string; items: Record<string, string> }): void {
  if (sqlstate.startsWith("01")) {
    f.session.diagnostics.add("Warning", c.errno, sqlstate, c.message, c.items);
    return;
  }
  throw new SqlError(c.errno, sqlstate, c.message, c.items);
}

const NO_ORIGIN: Readonly<Record<string, string>> = { CLASS_ORIGIN: "", SUBCLASS_ORIGIN: "" };

export function compileSignal(stmt: Signal, scope: LocalScope): (f: Frame) => void {
  const sqlstate = signalState(stmt.condition, scope);
  const items = compileItems(stmt.items, scope);
  const defaults = defaultsFor(sqlstate);
  return (f) => {
    // The raised condition takes every optional item from the SIGNAL (Sql_condition::copy_opt_attributes), so
    // CLASS_ORIGIN and SUBCLASS_ORIGIN are empty unless set, not the 'ISO 9075'/'MySQL' of a server error.
    const c = { errno: defaults.errno, message: defaults.message, items: { ...NO_ORIGIN } };
    applyItems(f, items, c);
    emit(f, sqlstate, c);
  };
}

function same(a: Condition, b: Condition): boolean {
  return a.errno === b.errno && a.sqlstate === b.sqlstate && a.message === b.message && a.level === b.level;
}

/** True when the current diagnostics area still holds the caught condition (nothing in the handler cleared it). */
function holds(f: Frame, c: Condition): boolean {
  return f.session.diagnostics.conditions.some((x) => same(x, c));
}

export function compileResignal(stmt: Resignal, scope: LocalScope): (f: Frame) => void {
  const newState = stmt.condition ? signalState(stmt.condition, scope) : undefined;
  const items = compileItems(stmt.items, scope);
  return (f) => {
    const call = f.handlerCalls[f.handlerCalls.length - 1];
    if (!call) throw new SqlError(1645, "0K000", "RESIGNAL when handler not active");
    const orig: Condition = call.condition;
    const c = { errno: orig.errno, message: orig.message, items: { ...(orig.items ?? {}) } };
    let sqlstate = orig.sqlstate;
    if (newState !== undefined) {
      // RESIGNAL with a condition value keeps the caught condition in the area and raises a new one whose errno
      // follows the new class, while MESSAGE_TEXT stays the original text (MariaDB: ERROR 1644 (45001) with the
      // original message).
      if (!holds(f, orig)) f.session.diagnostics.add(orig.level, orig.errno, orig.sqlstate, orig.message, orig.items);
      sqlstate = newState;
      c.errno = defaultsFor(newState).errno;
      // MySQL builds the new condition from the caught one's errno, SQLSTATE and text only (Sql_cmd_resignal::execute):
      // its other items start empty, and its origins are computed from the caught SQLSTATE (set_class_origins).
      c.items = { CLASS_ORIGIN: classOrigin(orig.sqlstate), SUBCLASS_ORIGIN: subclassOrigin(orig.sqlstate) };
    }
    applyItems(f, items, c);
    if (newState === undefined) {
      // Plain RESIGNAL re-raises the caught condition itself: the handler's copy of it gives way to the new one.
      const da = f.session.diagnostics;
      const kept = da.conditions.filter((x) => !same(x, orig));
      if (kept.length !== da.conditions.length) da.replace(kept, null);
    }
    if (newState === undefined && orig.level !== "Error") {
      f.session.diagnostics.add(orig.level, c.errno, sqlstate, c.message, c.items);
      return;
    }
    emit(f, sqlstate, c);
  };
}
