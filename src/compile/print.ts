// Printing an expression the way MySQL 8 prints an Item in error messages, e.g. 1690
// `BIGINT value is out of range in '(9223372036854775807 + 1)'`: infix operators in parentheses, function names in
// lower case, columns in backticks. Only used when an error is raised, so it need not be fast.

import type { ColumnRef, Expr } from "../ast.ts";

export type NameText = (ref: ColumnRef) => string;

const defaultName: NameText = (ref) => [...ref.qualifier, ref.name].map((p) => `\`${p}\``).join(".");

function quote(s: string): string {
  return `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

export function printExpr(e: Expr, name: NameText = defaultName): string {
  const p = (x: Expr): string => printExpr(x, name);
  switch (e.kind) {
    case "Null":
      return "NULL";
    case "Bool":
      return e.value ? "true" : "false";
    case "Number":
      return e.text;
    case "String":
      return e.charset ? `_${e.charset}${quote(e.value)}` : quote(e.value);
    case "Hex":
      return `0x${e.digits.toLowerCase()}`;
    case "Bit":
      return `0b${e.digits}`;
    case "TemporalLiteral":
      return `${e.type} ${quote(e.text)}`;
    case "ColumnRef":
      return name(e);
    case "UserVar":
      return `(@\`${e.name}\`)`;
    case "SystemVar":
      return e.scope === "GLOBAL"
        ? `@@global.${e.name}`
        : e.scope === "SESSION"
          ? `@@session.${e.name}`
          : `@@${e.name}`;
    case "AssignUserVar":
      return `(@\`${e.name}\` := ${p(e.value)})`;
    case "Unary":
      switch (e.op) {
        case "-":
          // A negative number literal is one literal for MySQL (folded by the parser), printed without parentheses.
          return e.operand.kind === "Number" ? `-${e.operand.text}` : `-(${p(e.operand)})`;
        case "+":
          return p(e.operand);
        case "~":
          return `~(${p(e.operand)})`;
        case "BINARY":
          return `cast(${p(e.operand)} as char charset binary)`;
        default:
          return `(not(${p(e.operand)}))`;
      }
    case "Binary": {
      const op = e.op === "DIV" ? "DIV" : e.op === "AND" || e.op === "OR" || e.op === "XOR" ? e.op.toLowerCase() : e.op;
      return `(${p(e.left)} ${op} ${p(e.right)})`;
    }
    case "Is":
      return `(${p(e.operand)} is ${e.not ? "not " : ""}${e.test.toLowerCase()})`;
    case "Like":
      return `(${p(e.operand)} ${e.not ? "not " : ""}like ${p(e.pattern)}${e.escape ? ` escape ${p(e.escape)}` : ""})`;
    case "Regexp":
      return `(${p(e.operand)} ${e.not ? "not " : ""}regexp ${p(e.pattern)})`;
    case "Between":
      return `(${p(e.operand)} ${e.not ? "not " : ""}between ${p(e.low)} and ${p(e.high)})`;
    case "InList":
      return `(${p(e.operand)} ${e.not ? "not " : ""}in (${e.list.map(p).join(",")}))`;
    case "InSubquery":
      return `(${p(e.operand)} ${e.not ? "not " : ""}in (select ...))`;
    case "Quantified":
      return `(${p(e.operand)} ${e.op} ${e.quantifier.toLowerCase()} (select ...))`;
    case "Exists":
      return "exists(select ...)";
    case "ScalarSubquery":
      return "(select ...)";
    case "CaseExpr":
      return `(case ${e.operand ? `${p(e.operand)} ` : ""}${e.whens.map((w) => `when ${p(w.when)} then ${p(w.then)} `).join("")}${e.else ? `else ${p(e.else)} ` : ""}end)`;
    case "FunctionCall":
      return `${e.schema ? `\`${e.schema}\`.` : ""}${e.name.toLowerCase()}(${e.args.map(p).join(",")})`;
    case "AggregateCall":
      return `${e.name.toLowerCase()}(${e.distinct ? "distinct " : ""}${e.args.map(p).join(",")})`;
    case "Cast": {
      const t = e.target;
      let type = t.name.toLowerCase();
      if (t.name === "DECIMAL" && t.length !== undefined) type += `(${t.length},${t.scale ?? 0})`;
      else if ((t.name === "CHAR" || t.name === "BINARY") && t.length !== undefined) type += `(${t.length})`;
      return `cast(${p(e.operand)} as ${type})`;
    }
    case "ConvertUsing":
      return `convert(${p(e.operand)} using ${e.charset})`;
    case "Collate":
      return `(${p(e.operand)} collate ${e.collation})`;
    case "Interval":
      return `interval ${p(e.value)} ${e.unit.toLowerCase()}`;
    case "Row":
      return `(${e.items.map(p).join(",")})`;
    case "Default":
      return e.column ? `default(\`${e.column}\`)` : "default";
    case "JsonArrow":
      return `json_${e.unquote ? "unquote(json_extract" : "extract"}(${p(e.operand)},${quote(e.path.value)})${e.unquote ? ")" : ""}`;
    case "Star":
      return "*";
  }
}
