// Builders for expected ASTs, and a span stripper so that tables can state structure and spans separately.

import type * as A from "../../src/ast.ts";

/** Removes `start`, `end` and `source` everywhere, and properties whose value is undefined. */
export function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === "start" || k === "end" || k === "source" || v === undefined) continue;
      out[k] = strip(v);
    }
    return out;
  }
  return value;
}

export const num = (text: string, numberKind: "int" | "decimal" | "double" = "int") => ({
  kind: "Number",
  text,
  numberKind,
});
export const str = (value: string, charset?: string) =>
  charset ? { kind: "String", value, charset } : { kind: "String", value };
export const col = (name: string, ...qualifier: string[]) => ({ kind: "ColumnRef", qualifier, name });
export const bin = (op: A.BinaryOp, left: unknown, right: unknown) => ({ kind: "Binary", op, left, right });
export const un = (op: A.UnaryOp, operand: unknown) => ({ kind: "Unary", op, operand });
export const call = (name: string, ...args: unknown[]) => ({ kind: "FunctionCall", name, args });
export const nul = { kind: "Null" };
export const bool = (value: boolean) => ({ kind: "Bool", value });
export const type = (name: A.TypeName, extra: Record<string, unknown> = {}) => ({ kind: "DataType", name, ...extra });
export const local = (name: string) => ({ kind: "LocalTarget", name });
export const uvar = (name: string) => ({ kind: "UserVar", name });
export const qname = (name: string, schema?: string) =>
  schema ? { kind: "QualifiedName", schema, name } : { kind: "QualifiedName", name };
export const set = (...pairs: [unknown, unknown][]) => ({
  kind: "Set",
  assignments: pairs.map(([target, value]) => ({ kind: "SetAssignment", target, value })),
});
export const select = (fields: Record<string, unknown>) => ({
  kind: "Select",
  distinct: false,
  from: [],
  groupBy: [],
  orderBy: [],
  ...fields,
});
export const item = (expr: unknown, alias?: string) =>
  alias ? { kind: "SelectItem", expr, alias } : { kind: "SelectItem", expr };
export const table = (name: string, alias?: string, schema?: string) =>
  alias ? { kind: "TableName", name: qname(name, schema), alias } : { kind: "TableName", name: qname(name, schema) };
