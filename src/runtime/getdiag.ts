// GET [CURRENT | STACKED] DIAGNOSTICS (checklist D1–D4).
//
// The statement reads the area without clearing it. An invalid condition number is not a failure of the statement:
// MySQL adds error 1758 to the area and assigns nothing. Values are cut to fit their targets silently.

import type { ConditionInfoItem, GetDiagnostics } from "../ast.ts";
import type { Condition } from "../compile/types.ts";
import { SqlError } from "../errors.ts";
import { toInteger } from "../values/coerce.ts";
import type { Value } from "../values/value.ts";
import { compileTarget } from "./assign.ts";
import type { DiagnosticsArea } from "./diagnostics.ts";
import type { Frame } from "./frame.ts";
import type { LocalScope } from "./scope.ts";
import { compileExprLate } from "./statements.ts";

/** CLASS_ORIGIN per the MySQL manual: 'ISO 9075' for the classes the SQL standard defines, else 'MySQL'. */
export function classOrigin(sqlstate: string): string {
  const a = sqlstate.charCodeAt(0);
  const b = sqlstate.charCodeAt(1);
  const first = (a >= 48 && a <= 52) || (a >= 65 && a <= 72);
  const second = (b >= 48 && b <= 57) || (b >= 65 && b <= 90);
  return first && second ? "ISO 9075" : "MySQL";
}

/** SUBCLASS_ORIGIN: 'ISO 9075' when the class is standard or the subclass is '000'. */
export function subclassOrigin(sqlstate: string): string {
  return classOrigin(sqlstate) === "ISO 9075" || sqlstate.endsWith("000") ? "ISO 9075" : "MySQL";
}

function conditionItem(c: Condition, item: ConditionInfoItem): Value {
  switch (item) {
    case "RETURNED_SQLSTATE":
      return c.sqlstate;
    case "MESSAGE_TEXT":
      return c.message;
    case "MYSQL_ERRNO":
      return c.errno;
    case "CLASS_ORIGIN":
      return c.items?.CLASS_ORIGIN ?? classOrigin(c.sqlstate);
    case "SUBCLASS_ORIGIN":
      return c.items?.SUBCLASS_ORIGIN ?? subclassOrigin(c.sqlstate);
    default:
      return c.items?.[item] ?? "";
  }
}

function area(f: Frame, which: "CURRENT" | "STACKED"): DiagnosticsArea {
  if (which === "CURRENT") return f.session.diagnostics;
  const call = f.handlerCalls[f.handlerCalls.length - 1];
  if (!call) throw new SqlError(1887, "0Z002", "GET STACKED DIAGNOSTICS when handler not active");
  return call.stacked;
}

export function compileGetDiagnostics(stmt: GetDiagnostics, scope: LocalScope): (f: Frame) => void {
  const which = stmt.area;
  const statementItems = stmt.statementItems.map((a) => ({
    item: a.item,
    write: compileTarget(a.target, scope, { silent: true }),
  }));
  if (!stmt.condition) {
    return (f) => {
      const da = area(f, which);
      for (const s of statementItems) s.write(f, s.item === "NUMBER" ? da.number : f.session.rowCount);
    };
  }
  const number = compileExprLate(stmt.condition, scope);
  const items = stmt.conditionItems.map((a) => ({
    item: a.item,
    write: compileTarget(a.target, scope, { silent: true }),
  }));
  return (f) => {
    const da = area(f, which);
    const raw = number.eval(f);
    const n = raw === null ? null : toInteger(raw, f);
    const c = typeof n === "number" ? da.condition(n) : undefined;
    if (!c) {
      f.session.diagnostics.add("Error", 1758, "35000", "Invalid condition number");
      return;
    }
    for (const i of items) i.write(f, conditionItem(c, i.item));
  };
}
