// AST back to SQL text that parses to the same AST (offsets aside). The REPL and error messages use it, and the
// round-trip property in test/print checks it against the parser.
//
// Correctness before beauty: every operand that is not an atom is parenthesised, so the printer never needs to know
// the precedence table (grammar/fold.ts) and cannot drift from it. Parentheses around an expression are transparent
// to the parser (they yield the inner node), so this costs nothing in the round trip.
//
// Each node kind has one handler in a map keyed by `kind`; the mapped types make a missing kind a type error.

import { FuncKeyword, Ident, keywords, Niladic } from "../grammar/tokens.ts";
import type * as A from "./ast.ts";

type Handlers<U extends { kind: string }, R> = { readonly [K in U["kind"]]: (node: Extract<U, { kind: K }>) => R };

// ---- names and literals ---------------------------------------------------------------------------------------

// `_utf8` alone would lex as a charset introducer, not a name
const introducer = /^_(?:utf8mb4|utf8mb3|utf8|latin1|binary|ascii|utf16le|utf16|utf32|ucs2)$/i;

const plainWord = (name: string): boolean => /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) && !introducer.test(name);

/**
 * A name, backticked unless it is a plain word that is not a reserved keyword. Non-reserved keywords (`status`,
 * `value`) stay bare, as people write them: the parser accepts them as names wherever a name may stand.
 */
export function quoteIdent(name: string): string {
  const kw = keywords.get(name.toUpperCase());
  if (plainWord(name) && (kw === undefined || (kw.CATEGORIES ?? []).includes(Ident))) return name;
  return backtick(name);
}

/** A name where a non-reserved keyword would be read as syntax (`SET names = 1` is SET NAMES): any keyword quoted. */
function quoteStrict(name: string): string {
  return plainWord(name) && !keywords.has(name.toUpperCase()) ? name : backtick(name);
}

const backtick = (name: string): string => `\`${name.replace(/`/g, "``")}\``;

const stringEscapes: Readonly<Record<string, string>> = {
  "\\": "\\\\",
  "'": "\\'",
  "\0": "\\0",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\x1a": "\\Z",
  "\b": "\\b",
};

/** A single-quoted literal; a backslash is always doubled, which also keeps `\%` and `\_` as the parser stores them. */
export function quoteString(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters MySQL escapes
  return `'${value.replace(/[\\'\0\n\r\t\x1a\b]/g, (c) => stringEscapes[c] as string)}'`;
}

function userVar(name: string): string {
  return /^[\w$.]+$/.test(name) ? `@${name}` : `@\`${name.replace(/`/g, "``")}\``;
}

function systemVar(scope: "SESSION" | "GLOBAL" | "DEFAULT", name: string): string {
  const n = /^[A-Za-z_$][\w$]*$/.test(name) ? name : `\`${name.replace(/`/g, "``")}\``;
  return scope === "DEFAULT" ? `@@${n}` : `@@${scope.toLowerCase()}.${n}`;
}

function qualified(q: A.QualifiedName): string {
  return q.schema === undefined ? quoteIdent(q.name) : `${quoteIdent(q.schema)}.${quoteIdent(q.name)}`;
}

const list = <T>(items: readonly T[], f: (x: T) => string): string => items.map(f).join(", ");

// ---- expressions ----------------------------------------------------------------------------------------------

/** Kinds that print as one operand (a literal, a name, or something closed by its own brackets or keywords). */
const atoms = new Set<A.ExprKind>([
  "Null",
  "Bool",
  "Number",
  "String",
  "Hex",
  "Bit",
  "TemporalLiteral",
  "ColumnRef",
  "UserVar",
  "SystemVar",
  "Exists",
  "ScalarSubquery",
  "CaseExpr",
  "FunctionCall",
  "AggregateCall",
  "Cast",
  "ConvertUsing",
  "Interval",
  "Row",
  "Default",
  "Star",
]);

/** An operand: parenthesised unless it is an atom. */
function operand(e: A.Expr): string {
  const s = printExpr(e);
  return atoms.has(e.kind) ? s : `(${s})`;
}

const not = (n: boolean): string => (n ? "NOT " : "");

/** Reserved words with a syntax of their own that a plain `NAME(args)` call would not reach. */
function callName(name: string, argc: number): string {
  const kw = keywords.get(name.toUpperCase());
  if (kw === undefined) return quoteIdent(name);
  const categories = kw.CATEGORIES ?? [];
  if (categories.includes(FuncKeyword)) return name;
  // CURRENT_TIMESTAMP(n) takes at most one argument in its keyword form
  if (categories.includes(Niladic) && argc <= 1) return name;
  return quoteIdent(name);
}

function functionCall(e: A.FunctionCall): string {
  const args = e.args;
  if (e.schema === undefined) {
    const [a0, a1] = args;
    switch (e.name) {
      case "TRIM":
        if (e.trim !== undefined && a0 !== undefined && args.length <= 2)
          return `TRIM(${e.trim} ${a1 === undefined ? "" : `${printExpr(a1)} `}FROM ${printExpr(a0)})`;
        if (a0 !== undefined && a1 !== undefined && args.length === 2)
          return `TRIM(${printExpr(a1)} FROM ${printExpr(a0)})`;
        if (a0 !== undefined && args.length === 1) return `TRIM(${printExpr(a0)})`;
        break;
      case "EXTRACT":
        if (args.length === 2 && a0?.kind === "String" && /^[A-Z_]+$/.test(a0.value) && a1 !== undefined)
          return `EXTRACT(${a0.value} FROM ${printExpr(a1)})`;
        break;
      case "CHAR":
        if (args.length > 0) return `CHAR(${list(args, printExpr)})`;
        break;
      case "SUBSTRING":
      case "SUBSTR":
        if (args.length === 2 || args.length === 3) return `${e.name}(${list(args, printExpr)})`;
        break;
      default:
        // a stored function's spelling is kept in `written` (the parser upper-cases `name`)
        return `${callName(e.written ?? e.name, args.length)}(${list(args, printExpr)})`;
    }
    // any other shape of a special-syntax name goes through the plain-call path by backticking it
    return `\`${e.name}\`(${list(args, printExpr)})`;
  }
  return `${quoteIdent(e.schema)}.${quoteIdent(e.name)}(${list(args, printExpr)})`;
}

function aggregate(e: A.AggregateCall): string {
  let s = `${e.name}(${e.distinct ? "DISTINCT " : ""}${list(e.args, printExpr)}`;
  if (e.orderBy !== undefined && e.orderBy.length > 0) s += ` ORDER BY ${list(e.orderBy, orderItem)}`;
  if (e.separator !== undefined) s += ` SEPARATOR ${quoteString(e.separator)}`;
  return `${s})`;
}

function castType(t: A.CastType): string {
  let s: string = t.name;
  if (t.length !== undefined) s += t.scale === undefined ? `(${t.length})` : `(${t.length},${t.scale})`;
  else if (t.scale !== undefined) s += `(${t.scale})`;
  if (t.charset !== undefined) s += ` CHARACTER SET ${quoteIdent(t.charset)}`;
  return s;
}

const exprPrinters: Handlers<A.Expr, string> = {
  Null: () => "NULL",
  Bool: (e) => (e.value ? "TRUE" : "FALSE"),
  Number: (e) => e.text,
  String: (e) => `${e.charset === undefined ? "" : `_${e.charset}`}${quoteString(e.value)}`,
  TemporalLiteral: (e) => `${e.type} ${quoteString(e.text)}`,
  Hex: (e) => (e.form === "x" ? `X'${e.digits}'` : `0x${e.digits}`),
  Bit: (e) => (e.form === "b" ? `b'${e.digits}'` : `0b${e.digits}`),
  ColumnRef: (e) => [...e.qualifier, e.name].map(quoteIdent).join("."),
  UserVar: (e) => userVar(e.name),
  SystemVar: (e) => systemVar(e.scope, e.name),
  AssignUserVar: (e) => `${userVar(e.name)} := ${operand(e.value)}`,
  Unary: (e) => {
    const inner = operand(e.operand);
    if (e.op === "NOT" || e.op === "BINARY") return `${e.op} ${inner}`;
    // `- -1` must not become `--1`, which a client may read as a comment
    return /^[-+]/.test(inner) ? `${e.op}(${inner})` : `${e.op}${inner}`;
  },
  Binary: (e) => `${operand(e.left)} ${e.op} ${operand(e.right)}`,
  Is: (e) => `${operand(e.operand)} IS ${not(e.not)}${e.test}`,
  Like: (e) =>
    `${operand(e.operand)} ${not(e.not)}LIKE ${operand(e.pattern)}${e.escape === undefined ? "" : ` ESCAPE ${operand(e.escape)}`}`,
  Regexp: (e) => `${operand(e.operand)} ${not(e.not)}REGEXP ${operand(e.pattern)}`,
  Between: (e) => `${operand(e.operand)} ${not(e.not)}BETWEEN ${operand(e.low)} AND ${operand(e.high)}`,
  InList: (e) => `${operand(e.operand)} ${not(e.not)}IN (${list(e.list, printExpr)})`,
  InSubquery: (e) => `${operand(e.operand)} ${not(e.not)}IN (${printSelect(e.query)})`,
  Quantified: (e) => `${operand(e.operand)} ${e.op} ${e.quantifier} (${printSelect(e.query)})`,
  Exists: (e) => `EXISTS (${printSelect(e.query)})`,
  ScalarSubquery: (e) => `(${printSelect(e.query)})`,
  CaseExpr: (e) => {
    const whens = e.whens.map((w) => ` WHEN ${printExpr(w.when)} THEN ${printExpr(w.then)}`).join("");
    const head = e.operand === undefined ? "CASE" : `CASE ${printExpr(e.operand)}`;
    return `${head}${whens}${e.else === undefined ? "" : ` ELSE ${printExpr(e.else)}`} END`;
  },
  FunctionCall: functionCall,
  AggregateCall: aggregate,
  Cast: (e) =>
    e.syntax === "CAST"
      ? `CAST(${printExpr(e.operand)} AS ${castType(e.target)})`
      : `CONVERT(${printExpr(e.operand)}, ${castType(e.target)})`,
  ConvertUsing: (e) => `CONVERT(${printExpr(e.operand)} USING ${quoteIdent(e.charset)})`,
  Collate: (e) => `${operand(e.operand)} COLLATE ${quoteIdent(e.collation)}`,
  Interval: (e) => `INTERVAL ${operand(e.value)} ${e.unit}`,
  Row: (e) => `(${list(e.items, printExpr)})`,
  Default: (e) => (e.column === undefined ? "DEFAULT" : `DEFAULT(${quoteIdent(e.column)})`),
  JsonArrow: (e) => `${operand(e.operand)}${e.unquote ? "->>" : "->"}${quoteString(e.path.value)}`,
  Star: (e) =>
    e.qualifier === undefined || e.qualifier.length === 0 ? "*" : `${e.qualifier.map(quoteIdent).join(".")}.*`,
};

/** An expression as SQL. The outermost node is not parenthesised. */
export function printExpr(e: A.Expr): string {
  return (exprPrinters[e.kind] as (n: A.Expr) => string)(e);
}

// ---- queries --------------------------------------------------------------------------------------------------

function orderItem(o: A.OrderItem): string {
  return `${printExpr(o.expr)}${o.desc ? " DESC" : ""}`;
}

/** LIMIT takes only integer literals and variable names, never a parenthesised expression. */
function limitValue(e: A.Expr): string {
  return printExpr(e);
}

function limit(l: A.Limit): string {
  return `LIMIT ${limitValue(l.count)}${l.offset === undefined ? "" : ` OFFSET ${limitValue(l.offset)}`}`;
}

const tableRefPrinters: Handlers<A.TableRef, string> = {
  TableName: (t) => `${qualified(t.name)}${t.alias === undefined ? "" : ` AS ${quoteIdent(t.alias)}`}`,
  DerivedTable: (t) => `(${printSelect(t.query)}) AS ${quoteIdent(t.alias)}`,
  Join: (t) => {
    const join = t.type === "INNER" ? "JOIN" : `${t.type} JOIN`;
    let s = `${tableRef(t.left)} ${join} ${tableRef(t.right)}`;
    if (t.on !== undefined) s += ` ON ${printExpr(t.on)}`;
    if (t.using !== undefined) s += ` USING (${list(t.using, quoteIdent)})`;
    return s;
  },
};

function tableRef(t: A.TableRef): string {
  return (tableRefPrinters[t.kind] as (n: A.TableRef) => string)(t);
}

function selectItem(i: A.SelectItem): string {
  return `${printExpr(i.expr)}${i.alias === undefined ? "" : ` AS ${quoteIdent(i.alias)}`}`;
}

/** One SELECT without the ORDER BY, LIMIT and locking that belong to a whole UNION. */
function selectCore(s: A.SelectStmt): string {
  let out = `SELECT ${s.distinct ? "DISTINCT " : ""}${list(s.items, selectItem)}`;
  if (s.into !== undefined && s.into.length > 0) out += ` INTO ${list(s.into, target)}`;
  if (s.from.length > 0) out += ` FROM ${list(s.from, tableRef)}`;
  if (s.where !== undefined) out += ` WHERE ${printExpr(s.where)}`;
  if (s.groupBy.length > 0) out += ` GROUP BY ${list(s.groupBy, printExpr)}`;
  if (s.having !== undefined) out += ` HAVING ${printExpr(s.having)}`;
  return out;
}

function printSelect(s: A.SelectStmt): string {
  let out = selectCore(s);
  for (const u of s.union ?? []) out += ` UNION ${u.all ? "ALL " : ""}${selectCore(u.select)}`;
  if (s.orderBy.length > 0) out += ` ORDER BY ${list(s.orderBy, orderItem)}`;
  if (s.limit !== undefined) out += ` ${limit(s.limit)}`;
  if (s.forUpdate) out += " FOR UPDATE";
  return out;
}

// ---- statements -----------------------------------------------------------------------------------------------

const targetPrinters: Handlers<A.Target, string> = {
  LocalTarget: (t) => quoteStrict(t.name),
  UserVar: (t) => userVar(t.name),
  SystemVarTarget: (t) => systemVar(t.scope, t.name),
  RowFieldTarget: (t) => `${t.row}.${quoteIdent(t.column)}`,
};

function target(t: A.Target): string {
  return (targetPrinters[t.kind] as (n: A.Target) => string)(t);
}

function dataType(t: A.DataType): string {
  let s: string = t.name;
  if (t.values !== undefined) s += `(${list(t.values, quoteString)})`;
  if (t.length !== undefined) s += t.scale === undefined ? `(${t.length})` : `(${t.length},${t.scale})`;
  else if (t.scale !== undefined) s += `(${t.scale})`;
  if (t.unsigned) s += " UNSIGNED";
  if (t.zerofill) s += " ZEROFILL";
  if (t.charset !== undefined) s += ` CHARACTER SET ${quoteIdent(t.charset)}`;
  if (t.collation !== undefined) s += ` COLLATE ${quoteIdent(t.collation)}`;
  return s;
}

function conditionValue(c: A.ConditionValue): string {
  switch (c.kind) {
    case "SqlState":
      return `SQLSTATE ${quoteString(c.value)}`;
    case "ErrorCode":
      return String(c.value);
    case "ConditionName":
      return quoteIdent(c.name);
    case "SqlException":
      return "SQLEXCEPTION";
    case "SqlWarning":
      return "SQLWARNING";
    case "NotFound":
      return "NOT FOUND";
  }
}

/**
 * What SIGNAL items, GET DIAGNOSTICS CONDITION and column DEFAULT accept without parentheses: a literal, a signed
 * number, a name or a user variable.
 */
function simpleValue(e: A.Expr): string {
  return printExpr(e);
}

function signalItems(items: readonly A.SignalItem[]): string {
  return items.length === 0 ? "" : ` SET ${list(items, (i) => `${i.name} = ${simpleValue(i.value)}`)}`;
}

const literalKinds = new Set<A.ExprKind>(["Null", "Bool", "Number", "String", "Hex", "Bit"]);

function columnDefault(e: A.Expr): string {
  const signed = e.kind === "Unary" && (e.op === "-" || e.op === "+") && e.operand.kind === "Number";
  return literalKinds.has(e.kind) || signed ? printExpr(e) : `(${printExpr(e)})`;
}

function columnDef(c: A.ColumnDef): string {
  let s = `${quoteIdent(c.name)} ${dataType(c.type)}`;
  if (c.nullable !== undefined) s += c.nullable ? " NULL" : " NOT NULL";
  if (c.default !== undefined) s += ` DEFAULT ${columnDefault(c.default)}`;
  if (c.autoIncrement) s += " AUTO_INCREMENT";
  if (c.primaryKey) s += " PRIMARY KEY";
  if (c.unique) s += " UNIQUE";
  if (c.comment !== undefined) s += ` COMMENT ${quoteString(c.comment)}`;
  if (c.onUpdateCurrentTimestamp) s += " ON UPDATE CURRENT_TIMESTAMP";
  return s;
}

function indexDef(i: A.IndexDef): string {
  const head = i.type === "PRIMARY" ? "PRIMARY KEY" : i.type === "UNIQUE" ? "UNIQUE KEY" : "KEY";
  return `${head}${i.name === undefined ? "" : ` ${quoteIdent(i.name)}`} (${list(i.columns, quoteIdent)})`;
}

function tableOption(o: A.TableOption): string {
  const value = /^\d+$/.test(o.value) ? o.value : quoteString(o.value);
  return `${o.name === "CHARSET" ? "CHARACTER SET" : o.name} = ${value}`;
}

function characteristics(c: A.Characteristics): string {
  const parts: string[] = [];
  if (c.language !== undefined) parts.push("LANGUAGE SQL");
  if (c.deterministic !== undefined) parts.push(c.deterministic ? "DETERMINISTIC" : "NOT DETERMINISTIC");
  if (c.dataAccess !== undefined) parts.push(c.dataAccess);
  if (c.security !== undefined) parts.push(`SQL SECURITY ${c.security}`);
  if (c.comment !== undefined) parts.push(`COMMENT ${quoteString(c.comment)}`);
  return parts.map((p) => `\n${p}`).join("");
}

function param(p: A.Param): string {
  // IN is the default, and the only mode a FUNCTION accepts, so it is left out
  return `${p.mode === "IN" ? "" : `${p.mode} `}${quoteIdent(p.name)} ${dataType(p.type)}`;
}

function assignment(a: A.Assignment): string {
  return `${printExpr(a.column)} = ${printExpr(a.value)}`;
}

function dmlTail(s: { where?: A.Expr; orderBy: readonly A.OrderItem[]; limit?: A.Limit }): string {
  let out = "";
  if (s.where !== undefined) out += ` WHERE ${printExpr(s.where)}`;
  if (s.orderBy.length > 0) out += ` ORDER BY ${list(s.orderBy, orderItem)}`;
  if (s.limit !== undefined) out += ` ${limit(s.limit)}`;
  return out;
}

const pad = (depth: number): string => "  ".repeat(depth);

/** A statement list of a compound statement: one statement a line, each ending with `;`. */
function body(stmts: readonly A.Statement[], depth: number): string {
  return stmts.map((s) => `${pad(depth)}${stmt(s, depth)};\n`).join("");
}

type Labelled = { readonly label?: string; readonly mismatchedEndLabel?: string };

/**
 * `label: <text> END X label`. The parser keeps an END label only when it differs from the beginning one
 * (`mismatchedEndLabel`, refused later with 1310), so that one is printed as written.
 */
function labelled(s: Labelled, text: string, depth: number, end: string): string {
  // strict: a routine body `comment: BEGIN` would read as the COMMENT characteristic
  const head = s.label === undefined ? "" : `${quoteStrict(s.label)}: `;
  const endLabel = s.mismatchedEndLabel ?? s.label;
  const tail = endLabel === undefined ? "" : ` ${quoteStrict(endLabel)}`;
  return `${head}${text}${pad(depth)}${end}${tail}`;
}

type StatementPrinters = {
  readonly [K in A.Statement["kind"]]: (node: Extract<A.Statement, { kind: K }>, depth: number) => string;
};

const statementPrinters: StatementPrinters = {
  CreateDatabase: (s) =>
    `CREATE DATABASE ${s.ifNotExists ? "IF NOT EXISTS " : ""}${quoteIdent(s.name)}${s.charset === undefined ? "" : ` CHARACTER SET ${quoteIdent(s.charset)}`}${s.collation === undefined ? "" : ` COLLATE ${quoteIdent(s.collation)}`}`,
  DropDatabase: (s) => `DROP DATABASE ${s.ifExists ? "IF EXISTS " : ""}${quoteIdent(s.name)}`,
  Use: (s) => `USE ${quoteIdent(s.name)}`,
  CreateTable: (s) => {
    const head = `CREATE ${s.temporary ? "TEMPORARY " : ""}TABLE ${s.ifNotExists ? "IF NOT EXISTS " : ""}${qualified(s.name)}`;
    if (s.like !== undefined) return `${head} LIKE ${qualified(s.like)}`;
    const defs = [...s.columns.map(columnDef), ...s.indexes.map(indexDef)].map((d) => `  ${d}`).join(",\n");
    const options = s.options.map((o) => ` ${tableOption(o)}`).join("");
    const query = s.select ? ` ${s.onDuplicate ? `${s.onDuplicate} ` : ""}AS ${printSelect(s.select)}` : "";
    return `${defs === "" ? head : `${head} (\n${defs}\n)`}${options}${query}`;
  },
  DropTable: (s) =>
    `DROP ${s.temporary ? "TEMPORARY " : ""}TABLE ${s.ifExists ? "IF EXISTS " : ""}${list(s.names, qualified)}`,
  TruncateTable: (s) => `TRUNCATE TABLE ${qualified(s.name)}`,
  CreateRoutine: (s, depth) => {
    const definer = s.definer === undefined ? "" : `DEFINER = ${s.definer} `;
    const returns = s.returns === undefined ? "" : ` RETURNS ${dataType(s.returns)}`;
    return `CREATE ${definer}${s.routineType} ${s.ifNotExists ? "IF NOT EXISTS " : ""}${qualified(s.name)}(${list(s.params, param)})${returns}${characteristics(s.characteristics)}\n${pad(depth)}${stmt(s.body, depth)}`;
  },
  DropRoutine: (s) => `DROP ${s.routineType} ${s.ifExists ? "IF EXISTS " : ""}${qualified(s.name)}`,
  CreateTrigger: (s, depth) => {
    const definer = s.definer === undefined ? "" : `DEFINER = ${s.definer} `;
    const order = s.order === undefined ? "" : ` ${s.order.position} ${quoteIdent(s.order.other)}`;
    return `CREATE ${definer}TRIGGER ${s.ifNotExists ? "IF NOT EXISTS " : ""}${qualified(s.name)} ${s.timing} ${s.event} ON ${qualified(s.table)} FOR EACH ROW${order}\n${pad(depth)}${stmt(s.body, depth)}`;
  },
  DropTrigger: (s) => `DROP TRIGGER ${s.ifExists ? "IF EXISTS " : ""}${qualified(s.name)}`,
  Select: (s) => printSelect(s),
  Insert: (s) => {
    let out = `${s.replace ? "REPLACE" : "INSERT"} ${s.ignore ? "IGNORE " : ""}INTO ${qualified(s.table)}`;
    if (s.columns !== undefined) out += ` (${list(s.columns, quoteIdent)})`;
    if (s.values !== undefined) out += ` VALUES ${list(s.values, (row) => `(${list(row, printExpr)})`)}`;
    if (s.set !== undefined) out += ` SET ${list(s.set, assignment)}`;
    if (s.select !== undefined) out += ` ${printSelect(s.select)}`;
    if (s.onDuplicate !== undefined) out += ` ON DUPLICATE KEY UPDATE ${list(s.onDuplicate, assignment)}`;
    return out;
  },
  Update: (s) =>
    `UPDATE ${s.ignore ? "IGNORE " : ""}${list(s.tables, tableRef)} SET ${list(s.set, assignment)}${dmlTail(s)}`,
  Delete: (s) => `DELETE ${s.ignore ? "IGNORE " : ""}FROM ${qualified(s.table)}${dmlTail(s)}`,
  StartTransaction: (s) =>
    s.syntax === "BEGIN"
      ? "BEGIN"
      : `START TRANSACTION${s.readOnly === undefined ? "" : s.readOnly ? " READ ONLY" : " READ WRITE"}`,
  Commit: () => "COMMIT",
  Rollback: () => "ROLLBACK",
  Savepoint: (s) => `SAVEPOINT ${quoteIdent(s.name)}`,
  RollbackToSavepoint: (s) => `ROLLBACK TO SAVEPOINT ${quoteIdent(s.name)}`,
  ReleaseSavepoint: (s) => `RELEASE SAVEPOINT ${quoteIdent(s.name)}`,
  Set: (s) => {
    if (s.names !== undefined)
      return `SET NAMES ${quoteIdent(s.names.charset)}${s.names.collation === undefined ? "" : ` COLLATE ${quoteIdent(s.names.collation)}`}`;
    if (s.transaction !== undefined) return `SET TRANSACTION ${s.transaction}`;
    return `SET ${list(s.assignments, (a) => `${target(a.target)} = ${printExpr(a.value)}`)}`;
  },
  Show: (s) => {
    let out = "SHOW ";
    if (s.scope !== undefined) out += `${s.scope} `;
    if (s.full) out += "FULL ";
    out += s.what.startsWith("COUNT ") ? s.what.replace("COUNT ", "COUNT(*) ") : s.what;
    if (s.what === "COLUMNS" && s.name !== undefined) out += ` FROM ${qualified(s.name)}`;
    else if (s.name !== undefined) out += ` ${qualified(s.name)}`;
    if (s.from !== undefined) out += ` FROM ${quoteIdent(s.from)}`;
    if (s.like !== undefined) out += ` LIKE ${quoteString(s.like)}`;
    if (s.where !== undefined) out += ` WHERE ${printExpr(s.where)}`;
    return out;
  },
  Describe: (s) => `DESCRIBE ${qualified(s.table)}`,
  Do: (s) => `DO ${list(s.exprs, printExpr)}`,
  Call: (s) => `CALL ${qualified(s.name)}(${list(s.args, printExpr)})`,
  Block: (s, depth) => labelled(s, `BEGIN\n${body(s.body, depth + 1)}`, depth, "END"),
  DeclareVar: (s) =>
    `DECLARE ${list(s.names, quoteIdent)} ${dataType(s.type)}${s.default === undefined ? "" : ` DEFAULT ${printExpr(s.default)}`}`,
  DeclareCondition: (s) => `DECLARE ${quoteIdent(s.name)} CONDITION FOR ${conditionValue(s.value)}`,
  DeclareHandler: (s, depth) =>
    `DECLARE ${s.action} HANDLER FOR ${list(s.conditions, conditionValue)}\n${pad(depth + 1)}${stmt(s.body, depth + 1)}`,
  DeclareCursor: (s) => `DECLARE ${quoteIdent(s.name)} CURSOR FOR ${printSelect(s.query)}`,
  If: (s, depth) => {
    const branches = s.branches
      .map(
        (b, i) =>
          `${i === 0 ? "IF" : `${pad(depth)}ELSEIF`} ${printExpr(b.condition)} THEN\n${body(b.body, depth + 1)}`,
      )
      .join("");
    const otherwise = s.else === undefined ? "" : `${pad(depth)}ELSE\n${body(s.else, depth + 1)}`;
    return `${branches}${otherwise}${pad(depth)}END IF`;
  },
  CaseStmt: (s, depth) => {
    const whens = s.whens
      .map((w) => `${pad(depth + 1)}WHEN ${printExpr(w.when)} THEN\n${body(w.then, depth + 2)}`)
      .join("");
    const otherwise = s.else === undefined ? "" : `${pad(depth + 1)}ELSE\n${body(s.else, depth + 2)}`;
    const head = s.operand === undefined ? "CASE" : `CASE ${printExpr(s.operand)}`;
    return `${head}\n${whens}${otherwise}${pad(depth)}END CASE`;
  },
  While: (s, depth) =>
    labelled(s, `WHILE ${printExpr(s.condition)} DO\n${body(s.body, depth + 1)}`, depth, "END WHILE"),
  Repeat: (s, depth) =>
    labelled(s, `REPEAT\n${body(s.body, depth + 1)}${pad(depth)}UNTIL ${printExpr(s.until)}\n`, depth, "END REPEAT"),
  Loop: (s, depth) => labelled(s, `LOOP\n${body(s.body, depth + 1)}`, depth, "END LOOP"),
  Leave: (s) => `LEAVE ${quoteIdent(s.label)}`,
  Iterate: (s) => `ITERATE ${quoteIdent(s.label)}`,
  Return: (s) => `RETURN ${printExpr(s.value)}`,
  Open: (s) => `OPEN ${quoteIdent(s.cursor)}`,
  // FROM keeps a cursor named `next` from reading as the NEXT keyword
  Fetch: (s) => `FETCH FROM ${quoteIdent(s.cursor)} INTO ${list(s.into, target)}`,
  Close: (s) => `CLOSE ${quoteIdent(s.cursor)}`,
  Signal: (s) => `SIGNAL ${conditionValue(s.condition)}${signalItems(s.items)}`,
  Resignal: (s) =>
    `RESIGNAL${s.condition === undefined ? "" : ` ${conditionValue(s.condition)}`}${signalItems(s.items)}`,
  GetDiagnostics: (s) => {
    const head = `GET ${s.area} DIAGNOSTICS`;
    if (s.condition !== undefined)
      return `${head} CONDITION ${simpleValue(s.condition)} ${list(s.conditionItems, (d) => `${target(d.target)} = ${d.item}`)}`;
    return `${head} ${list(s.statementItems, (d) => `${target(d.target)} = ${d.item}`)}`;
  },
};

function stmt(s: A.Statement, depth: number): string {
  return (statementPrinters[s.kind] as (n: A.Statement, d: number) => string)(s, depth);
}

/** A statement as SQL, without a trailing delimiter. Compound statements span several indented lines. */
export function printStatement(s: A.Statement): string {
  return stmt(s, 0);
}
