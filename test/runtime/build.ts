// A compact builder of AST nodes for runtime tests that must not depend on the parser.

import type * as A from "../../src/ast.ts";

const S = { start: 0, end: 0 };

export const num = (n: number): A.NumberLiteral => ({ kind: "Number", text: String(n), numberKind: "int", ...S });
export const str = (value: string): A.StringLiteral => ({ kind: "String", value, ...S });
export const nul = (): A.NullLiteral => ({ kind: "Null", ...S });
export const col = (name: string, ...qualifier: string[]): A.ColumnRef => ({
  kind: "ColumnRef",
  qualifier,
  name,
  ...S,
});
export const uv = (name: string): A.UserVar => ({ kind: "UserVar", name, ...S });
export const bin = (op: A.BinaryOp, left: A.Expr, right: A.Expr): A.Binary => ({
  kind: "Binary",
  op,
  left,
  right,
  ...S,
});
export const fn = (name: string, ...args: A.Expr[]): A.FunctionCall => ({ kind: "FunctionCall", name, args, ...S });

export const type = (name: A.TypeName, length?: number): A.DataType => ({ kind: "DataType", name, length, ...S });

export const local = (name: string): A.LocalTarget => ({ kind: "LocalTarget", name, ...S });
export const set = (target: A.Target | string, value: A.Expr): A.SetStmt => ({
  kind: "Set",
  assignments: [{ kind: "SetAssignment", target: typeof target === "string" ? local(target) : target, value, ...S }],
  ...S,
});
export const block = (body: A.Statement[], label?: string): A.Block => ({ kind: "Block", body, label, ...S });
export const declare = (names: string[], t: A.DataType, def?: A.Expr): A.DeclareVar => ({
  kind: "DeclareVar",
  names,
  type: t,
  default: def,
  ...S,
});
type CV = A.ConditionValue;
export const errno = (value: number): CV => ({ kind: "ErrorCode", value, ...S });
export const sqlstate = (value: string): CV => ({ kind: "SqlState", value, ...S });
export const condName = (name: string): CV => ({ kind: "ConditionName", name, ...S });
export const sqlexception: CV = { kind: "SqlException", ...S };
export const sqlwarning: CV = { kind: "SqlWarning", ...S };
export const notfound: CV = { kind: "NotFound", ...S };
export const handler = (
  action: "CONTINUE" | "EXIT" | "UNDO",
  conditions: CV[],
  body: A.Statement,
): A.DeclareHandler => ({
  kind: "DeclareHandler",
  action,
  conditions,
  body,
  ...S,
});
export const condition = (name: string, value: CV): A.DeclareCondition => ({
  kind: "DeclareCondition",
  name,
  value,
  ...S,
});
export const signal = (condition: CV, items: [A.SignalItemName, A.Expr][] = []): A.Signal => ({
  kind: "Signal",
  condition,
  items: items.map(([name, value]) => ({ kind: "SignalItem", name, value, ...S })),
  ...S,
});
export const resignal = (condition?: CV, items: [A.SignalItemName, A.Expr][] = []): A.Resignal => ({
  kind: "Resignal",
  condition,
  items: items.map(([name, value]) => ({ kind: "SignalItem", name, value, ...S })),
  ...S,
});
export const ifs = (branches: [A.Expr, A.Statement[]][], otherwise?: A.Statement[]): A.If => ({
  kind: "If",
  branches: branches.map(([condition, body]) => ({ condition, body, ...S })),
  else: otherwise,
  ...S,
});
export const whileLoop = (condition: A.Expr, body: A.Statement[], label?: string): A.While => ({
  kind: "While",
  condition,
  body,
  label,
  ...S,
});
export const repeat = (body: A.Statement[], until: A.Expr, label?: string): A.Repeat => ({
  kind: "Repeat",
  body,
  until,
  label,
  ...S,
});
export const loop = (body: A.Statement[], label?: string): A.Loop => ({ kind: "Loop", body, label, ...S });
export const leave = (label: string): A.Leave => ({ kind: "Leave", label, ...S });
export const iterate = (label: string): A.Iterate => ({ kind: "Iterate", label, ...S });
export const ret = (value: A.Expr): A.Return => ({ kind: "Return", value, ...S });
export const caseStmt = (
  operand: A.Expr | undefined,
  whens: [A.Expr, A.Statement[]][],
  otherwise?: A.Statement[],
): A.CaseStmt => ({
  kind: "CaseStmt",
  operand,
  whens: whens.map(([when, then]) => ({ kind: "When", when, then, ...S })),
  else: otherwise,
  ...S,
});
export const getDiag = (
  items: [A.Target, A.ConditionInfoItem][],
  conditionNo?: A.Expr,
  area: "CURRENT" | "STACKED" = "CURRENT",
): A.GetDiagnostics => ({
  kind: "GetDiagnostics",
  area,
  condition: conditionNo,
  statementItems: [],
  conditionItems: items.map(([target, item]) => ({ kind: "DiagnosticsAssignment", target, item, ...S })),
  ...S,
});
export const getDiagNumber = (target: A.Target): A.GetDiagnostics => ({
  kind: "GetDiagnostics",
  area: "CURRENT",
  statementItems: [{ kind: "DiagnosticsAssignment", target, item: "NUMBER", ...S }],
  conditionItems: [],
  ...S,
});
export const select = (items: A.Expr[], into?: A.Target[]): A.SelectStmt => ({
  kind: "Select",
  distinct: false,
  items: items.map((expr, i) => ({ kind: "SelectItem", expr, alias: `c${i}`, ...S })),
  from: [],
  groupBy: [],
  orderBy: [],
  into,
  ...S,
});
export const param = (mode: "IN" | "OUT" | "INOUT", name: string, t: A.DataType): A.Param => ({
  kind: "Param",
  mode,
  name,
  type: t,
  ...S,
});
export const qname = (name: string): A.QualifiedName => ({ kind: "QualifiedName", name, ...S });
export const procedure = (name: string, params: A.Param[], body: A.Statement): A.CreateRoutine => ({
  kind: "CreateRoutine",
  routineType: "PROCEDURE",
  ifNotExists: false,
  name: qname(name),
  params,
  characteristics: {},
  body,
  source: "",
  ...S,
});
export const func = (name: string, params: A.Param[], returns: A.DataType, body: A.Statement): A.CreateRoutine => ({
  kind: "CreateRoutine",
  routineType: "FUNCTION",
  ifNotExists: false,
  name: qname(name),
  params,
  returns,
  characteristics: {},
  body,
  source: "",
  ...S,
});
export const call = (name: string, ...args: A.Expr[]): A.Call => ({ kind: "Call", name: qname(name), args, ...S });
export const open = (cursor: string): A.Open => ({ kind: "Open", cursor, ...S });
export const fetch = (cursor: string, ...into: string[]): A.Fetch => ({
  kind: "Fetch",
  cursor,
  into: into.map(local),
  ...S,
});
export const close = (cursor: string): A.Close => ({ kind: "Close", cursor, ...S });
export const cursor = (name: string, query: A.SelectStmt): A.DeclareCursor => ({
  kind: "DeclareCursor",
  name,
  query,
  ...S,
});

export const dropTable = (name: string): A.DropTable => ({
  kind: "DropTable",
  names: [qname(name)],
  ifExists: false,
  temporary: false,
  ...S,
});
export const createTable = (name: string, columns: [string, A.DataType][], primaryKey?: string): A.CreateTable => ({
  kind: "CreateTable",
  name: qname(name),
  ifNotExists: false,
  temporary: false,
  columns: columns.map(([n, t]) => ({
    kind: "ColumnDef",
    name: n,
    type: t,
    autoIncrement: false,
    primaryKey: n === primaryKey,
    unique: false,
    ...S,
  })),
  indexes: [],
  options: [],
  ...S,
});
export const insert = (table: string, ...values: A.Expr[][]): A.Insert => ({
  kind: "Insert",
  replace: false,
  ignore: false,
  table: qname(table),
  values,
  ...S,
});
export const selectFrom = (items: A.Expr[], table: string, where?: A.Expr, into?: A.Target[]): A.SelectStmt => ({
  ...select(items, into),
  from: [{ kind: "TableName", name: qname(table), ...S }],
  where,
});
export const trigger = (
  name: string,
  timing: "BEFORE" | "AFTER",
  event: "INSERT" | "UPDATE" | "DELETE",
  table: string,
  body: A.Statement,
): A.CreateTrigger => ({
  kind: "CreateTrigger",
  ifNotExists: false,
  name: qname(name),
  timing,
  event,
  table: qname(table),
  body,
  source: "",
  ...S,
});
export const newField = (column: string): A.RowFieldTarget => ({ kind: "RowFieldTarget", row: "NEW", column, ...S });
export const oldField = (column: string): A.RowFieldTarget => ({ kind: "RowFieldTarget", row: "OLD", column, ...S });
export const sysvar = (name: string): A.SystemVarTarget => ({ kind: "SystemVarTarget", scope: "SESSION", name, ...S });
