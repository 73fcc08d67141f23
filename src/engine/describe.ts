// How MySQL 8 writes column definitions back: SHOW CREATE TABLE, DESCRIBE and information_schema.COLUMNS.
//
// MySQL 8.0.19+ drops integer display widths (`int`, not `int(11)`) except TINYINT(1); MariaDB keeps them and
// prints defaults differently (docs/mysql-vs-mariadb.md). Literal defaults are shown as strings (`DEFAULT '0'`).

import type { DataType, Expr } from "../ast.ts";
import { printExpr } from "../compile/print.ts";
import { shiftDateTime } from "../values/timezone.ts";
import { isSingleFloat } from "../values/value.ts";
import type { Table } from "./table.ts";
import type { ColumnMeta } from "./types.ts";

const INTEGER = new Set(["TINYINT", "SMALLINT", "MEDIUMINT", "INT", "BIGINT"]);

function quoteString(s: string): string {
  return `'${s.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

/** `int unsigned`, `varchar(32)`, `decimal(5,2)`, `tinyint(1)`, `enum('a','b')`, `datetime(3)`. */
export function columnTypeText(t: DataType): string {
  const name = t.name.toLowerCase();
  let text: string;
  if (INTEGER.has(t.name)) text = t.name === "TINYINT" && t.length === 1 ? "tinyint(1)" : name;
  else if (t.name === "DECIMAL") text = `decimal(${t.length ?? 10},${t.scale ?? 0})`;
  else if (t.name === "FLOAT" && t.scale === undefined) {
    // FLOAT(p) keeps no precision: up to 24 bits it is a FLOAT, above it a DOUBLE.
    text = isSingleFloat(t) ? "float" : "double";
  } else if (t.name === "FLOAT" || t.name === "DOUBLE")
    text = t.length !== undefined ? `${name}(${t.length},${t.scale ?? 0})` : name;
  else if (["CHAR", "BINARY"].includes(t.name)) text = `${name}(${t.length ?? 1})`;
  else if (["VARCHAR", "VARBINARY", "BIT"].includes(t.name)) text = `${name}(${t.length ?? 1})`;
  else if (["DATETIME", "TIMESTAMP", "TIME"].includes(t.name)) text = t.scale ? `${name}(${t.scale})` : name;
  else if (t.name === "ENUM") text = `enum(${(t.values ?? []).map(quoteString).join(",")})`;
  else text = name;
  if (t.unsigned) text += " unsigned";
  if (t.zerofill) text += " zerofill";
  return text;
}

/** The DATA_TYPE of information_schema.COLUMNS: the bare type name. */
export function dataTypeName(t: DataType): string {
  if (t.name === "FLOAT" && !isSingleFloat(t)) return "double";
  return t.name.toLowerCase();
}

function isCurrentTimestamp(e: Expr): boolean {
  return (
    e.kind === "FunctionCall" &&
    ["CURRENT_TIMESTAMP", "NOW", "LOCALTIMESTAMP", "LOCALTIME"].includes(e.name.toUpperCase())
  );
}

/**
 * A default as SHOW CREATE TABLE writes it: `'x'`, `'0'`, `NULL`, `CURRENT_TIMESTAMP`, `(expr)`. A TIMESTAMP's
 * literal default is the stored instant shown in the session zone, `zoneMinutes` east of UTC, as MySQL reads it
 * from the default row.
 */
export function defaultClauseText(c: ColumnMeta, zoneMinutes = 0): string | undefined {
  if (c.defaultInstant !== undefined) {
    return quoteString(shiftDateTime(c.defaultInstant.text, zoneMinutes) ?? c.defaultInstant.text);
  }
  const d = c.default;
  if (d === undefined) return c.nullable && !c.autoIncrement ? "NULL" : undefined;
  return defaultText(d, true);
}

/** The default's text; `quoted` puts literals in quotes (SHOW CREATE) or not (DESCRIBE, COLUMN_DEFAULT). */
export function defaultText(d: Expr, quoted: boolean): string {
  const lit = (s: string) => (quoted ? quoteString(s) : s);
  switch (d.kind) {
    case "Null":
      return "NULL";
    case "Number":
      return lit(d.text);
    case "String":
      return lit(d.value);
    case "Bool":
      return lit(d.value ? "1" : "0");
    case "Unary":
      if (d.op === "-" && d.operand.kind === "Number") return lit(`-${d.operand.text}`);
      break;
    default:
      break;
  }
  if (isCurrentTimestamp(d)) return "CURRENT_TIMESTAMP";
  return `(${printExpr(d)})`;
}

/** DESCRIBE's Key column: PRI, UNI or MUL for the first column of a key. */
export function keyFlag(table: Table, column: number): string {
  for (const k of table.keys) {
    if (k.columns[0] !== column) continue;
    if (k.kind === "PRIMARY") return "PRI";
  }
  for (const k of table.keys) {
    if (k.columns[0] !== column) continue;
    if (k.kind === "UNIQUE" && k.columns.length === 1) return "UNI";
  }
  return table.keys.some((k) => k.columns[0] === column) ? "MUL" : "";
}

/** DESCRIBE's Extra column, MySQL 8 spelling. */
export function extraText(c: ColumnMeta): string {
  const parts: string[] = [];
  if (c.autoIncrement) parts.push("auto_increment");
  if (c.default && isCurrentTimestamp(c.default)) parts.push("DEFAULT_GENERATED");
  if (c.onUpdateCurrentTimestamp) parts.push("on update CURRENT_TIMESTAMP");
  return parts.join(" ");
}

const quoteId = (s: string) => `\`${s.replace(/`/g, "``")}\``;

export function showCreateTable(table: Table, zoneMinutes = 0): string {
  const lines: string[] = [];
  for (const c of table.columns) {
    let line = `  ${quoteId(c.name)} ${columnTypeText(c.type)}`;
    if (c.type.charset && !c.type.collation) line += ` CHARACTER SET ${c.type.charset}`;
    if (c.type.collation) line += ` COLLATE ${c.type.collation}`;
    if (!c.nullable) line += " NOT NULL";
    // A TIMESTAMP says NULL explicitly: it was once NOT NULL by default (store_create_info).
    else if (c.type.name === "TIMESTAMP") line += " NULL";
    // TEXT, BLOB and JSON columns show no DEFAULT NULL in MySQL 8.
    const noDefaultNull = /TEXT|BLOB|JSON/.test(c.type.name);
    const def = defaultClauseText(c, zoneMinutes);
    if (def !== undefined && !(def === "NULL" && noDefaultNull)) line += ` DEFAULT ${def}`;
    if (c.onUpdateCurrentTimestamp) line += " ON UPDATE CURRENT_TIMESTAMP";
    if (c.autoIncrement) line += " AUTO_INCREMENT";
    if (c.comment !== undefined) line += ` COMMENT ${quoteString(c.comment)}`;
    lines.push(line);
  }
  for (const k of table.keys) {
    const cols = k.columns.map((i) => quoteId(table.columns[i].name)).join(",");
    if (k.kind === "PRIMARY") lines.push(`  PRIMARY KEY (${cols})`);
    else if (k.kind === "UNIQUE") lines.push(`  UNIQUE KEY ${quoteId(k.name)} (${cols})`);
    else lines.push(`  KEY ${quoteId(k.name)} (${cols})`);
  }
  const o = table.options;
  let tail = `) ENGINE=${o.engine}`;
  if (table.autoIncrementColumn >= 0 && Number(table.autoIncrement) > 1)
    tail += ` AUTO_INCREMENT=${table.autoIncrement}`;
  tail += ` DEFAULT CHARSET=${o.charset} COLLATE=${o.collation}`;
  if (o.comment !== undefined) tail += ` COMMENT=${quoteString(o.comment)}`;
  return `CREATE TABLE ${quoteId(table.name)} (\n${lines.join(",\n")}\n${tail}`;
}
