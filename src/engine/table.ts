// A base table: rows by internal row id, a hash index per UNIQUE/PRIMARY key, and the clustered order.
//
// InnoDB keeps rows in primary-key order; without a primary key the first UNIQUE key whose columns are all NOT NULL
// is the clustered index, and without that the hidden row id (insertion order). `scan()` follows that order. It is
// kept as an array of row ids that stays valid while rows are appended in key order (AUTO_INCREMENT, the common
// case) or the last row is removed; any other change marks it stale and the next scan sorts once. Keeping it sorted
// on every insert (binary search + splice) cost 13 s for 100k random-key inserts.
//
// Snapshots are copy-on-write at table granularity: `snapshotData()` hands out the current data and marks it shared;
// the next write copies it once. A snapshot of the whole server is therefore O(tables).

import type { DataType } from "../ast.ts";
import { SqlError } from "../errors.ts";
import { shiftDateTime } from "../values/timezone.ts";
import { Bytes, Decimal, Double, JsonValue, Temporal, type Value } from "../values/value.ts";
import { type Compare, compareFor, type KeyPart, keyPartFor } from "./keys.ts";
import type { ColumnMeta, KeyDef, ReadableTable, Row, RowId, TableOptions, UndoLog, UndoTarget } from "./types.ts";

/** The mutable contents of a table; shared (read-only) once a snapshot holds it. */
export interface TableData {
  readonly rows: Map<RowId, Row>;
  /** One map per unique key (same order as Table.uniqueKeys), from equality key to row id. */
  readonly indexes: Map<string, RowId>[];
  /** Row ids in clustered order, valid only while `orderValid`; rebuilt by sorting when a scan needs it. */
  order: RowId[];
  orderValid: boolean;
  nextRowId: number;
  shared: boolean;
}

interface UniqueIndex {
  readonly def: KeyDef;
  readonly parts: readonly KeyPart[];
}

function emptyData(uniqueCount: number): TableData {
  return {
    rows: new Map(),
    indexes: Array.from({ length: uniqueCount }, () => new Map()),
    order: [],
    orderValid: true,
    nextRowId: 1,
    shared: false,
  };
}

/** Renders a key value as MySQL prints it in `Duplicate entry '...'`. */
export function renderKeyValue(v: Value): string {
  if (v === null) return "NULL";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "bigint") return String(v);
  if (v instanceof Decimal) {
    const neg = v.unscaled < 0n;
    const digits = (neg ? -v.unscaled : v.unscaled).toString().padStart(v.scale + 1, "0");
    const text = v.scale === 0 ? digits : `${digits.slice(0, -v.scale)}.${digits.slice(-v.scale)}`;
    return neg ? `-${text}` : text;
  }
  if (v instanceof Double) return String(v.value);
  if (v instanceof Temporal) return v.text;
  if (v instanceof Bytes) return new TextDecoder().decode(v.bytes);
  if (v instanceof JsonValue) return JSON.stringify(v.value);
  return String(v);
}

/** Storage engines without transactions: a failed statement keeps the rows it wrote before the failure. */
const NON_TRANSACTIONAL = new Set(["MYISAM", "MEMORY", "HEAP", "CSV", "ARCHIVE", "MERGE", "MRG_MYISAM"]);

export class Table implements ReadableTable, UndoTarget {
  readonly virtual = false;
  dropped = false;
  readonly primaryKey: readonly number[];
  /** Key definitions, PRIMARY first, in definition order otherwise. */
  readonly keys: readonly KeyDef[];
  readonly uniqueKeys: readonly UniqueIndex[];
  /** The next AUTO_INCREMENT value. Never rolled back, as in InnoDB. */
  autoIncrement: number | bigint;
  /** The AUTO_INCREMENT column's index, or -1. */
  readonly autoIncrementColumn: number;
  data: TableData;
  /** False for MyISAM and other non-transactional engines: their changes are never undone. */
  readonly transactional: boolean;
  private readonly clusterColumns: readonly number[];
  private readonly clusterCompare: readonly Compare[];

  constructor(
    readonly db: string,
    readonly name: string,
    readonly columns: readonly ColumnMeta[],
    keys: readonly KeyDef[],
    readonly options: TableOptions,
    autoIncrementStart: number | bigint = 1,
  ) {
    const ordered = [...keys.filter((k) => k.kind === "PRIMARY"), ...keys.filter((k) => k.kind !== "PRIMARY")];
    this.keys = ordered;
    const pk = ordered.find((k) => k.kind === "PRIMARY");
    this.primaryKey = pk ? pk.columns : [];
    this.uniqueKeys = ordered
      .filter((k) => k.kind !== "INDEX")
      .map((def) => ({
        def,
        parts: def.columns.map((c) => keyPartFor(columns[c].type, options.collation)),
      }));
    const cluster =
      pk ?? ordered.find((k) => k.kind === "UNIQUE" && k.columns.every((c) => !columns[c].nullable)) ?? undefined;
    this.clusterColumns = cluster ? cluster.columns : [];
    this.clusterCompare = this.clusterColumns.map((c) => compareFor(columns[c].type, options.collation));
    this.autoIncrementColumn = columns.findIndex((c) => c.autoIncrement);
    this.autoIncrement = autoIncrementStart;
    this.data = emptyData(this.uniqueKeys.length);
    this.transactional = !NON_TRANSACTIONAL.has(options.engine.toUpperCase());
  }

  columnIndex(name: string): number {
    const lower = name.toLowerCase();
    return this.columns.findIndex((c) => c.name.toLowerCase() === lower);
  }

  get rowCount(): number {
    return this.data.rows.size;
  }

  *scan(): Iterable<Row> {
    const { rows, order } = this.ordered();
    // Copy the order so that a statement changing the table while it scans sees a stable list.
    for (const id of order.slice()) {
      const row = rows.get(id);
      if (row) yield row;
    }
  }

  /** Row ids and rows in clustered order, as a stable list (UPDATE and DELETE iterate it while changing rows). */
  entries(): [RowId, Row][] {
    const { rows, order } = this.ordered();
    const out: [RowId, Row][] = [];
    for (const id of order) {
      const row = rows.get(id);
      if (row) out.push([id, row]);
    }
    return out;
  }

  get(rowId: RowId): Row | undefined {
    return this.data.rows.get(rowId);
  }

  getByPrimaryKey(key: readonly Value[]): Row | undefined {
    if (this.primaryKey.length === 0) return undefined;
    const id = this.rowIdByKey(0, key);
    return id === undefined ? undefined : this.data.rows.get(id);
  }

  /** The row id whose unique key `keyIndex` (index into uniqueKeys) equals `values`, without scanning. */
  rowIdByKey(keyIndex: number, values: readonly Value[]): RowId | undefined {
    const idx = this.uniqueKeys[keyIndex];
    if (!idx || values.some((v) => v === null)) return undefined;
    return this.data.indexes[keyIndex].get(this.keyString(idx, values));
  }

  /** The first unique key on which `row` collides with a row other than `except`, in key order (PRIMARY first). */
  findDuplicate(row: Row, except?: RowId): { key: number; rowId: RowId } | undefined {
    for (let k = 0; k < this.uniqueKeys.length; k++) {
      const idx = this.uniqueKeys[k];
      const values = idx.def.columns.map((c) => row[c]);
      if (values.some((v) => v === null)) continue;
      const id = this.data.indexes[k].get(this.keyString(idx, values));
      if (id !== undefined && id !== except) return { key: k, rowId: id };
    }
    return undefined;
  }

  /** Error 1062 for a collision of `row` on unique key `key`, with MySQL 8's `table.key` naming. */
  /**
   * 1062 for a row colliding on unique key `key`. The entry shows a TIMESTAMP part in the session time zone,
   * `zoneMinutes` east of UTC, as MySQL prints the key through the field.
   */
  duplicateError(row: Row, key: number, zoneMinutes = 0): SqlError {
    const def = this.uniqueKeys[key].def;
    const shown = (c: number): Value => {
      const v = row[c];
      if (zoneMinutes === 0 || this.columns[c].type.name !== "TIMESTAMP" || !(v instanceof Temporal)) return v;
      return new Temporal(v.type, shiftDateTime(v.text, zoneMinutes) ?? v.text);
    };
    const entry = def.columns.map((c) => renderKeyValue(shown(c))).join("-");
    return new SqlError(1062, "23000", `Duplicate entry '${entry}' for key '${this.name}.${def.name}'`);
  }

  insert(row: Row, undo: UndoLog, zoneMinutes = 0): RowId {
    const dup = this.findDuplicate(row);
    if (dup) throw this.duplicateError(row, dup.key, zoneMinutes);
    const data = this.own();
    const id = data.nextRowId++;
    this.place(id, row);
    if (this.transactional) undo.record({ op: "insert", table: this, rowId: id });
    return id;
  }

  update(rowId: RowId, row: Row, undo: UndoLog, zoneMinutes = 0): void {
    const before = this.data.rows.get(rowId);
    if (!before) throw new Error(`update of a missing row ${rowId}`);
    const dup = this.findDuplicate(row, rowId);
    if (dup) throw this.duplicateError(row, dup.key, zoneMinutes);
    this.own();
    this.unplace(rowId, before);
    this.place(rowId, row);
    if (this.transactional) undo.record({ op: "update", table: this, rowId, before });
  }

  delete(rowId: RowId, undo: UndoLog): void {
    const before = this.data.rows.get(rowId);
    if (!before) return;
    this.own();
    this.unplace(rowId, before);
    if (this.transactional) undo.record({ op: "delete", table: this, rowId, before });
  }

  /** TRUNCATE: empties the table and resets AUTO_INCREMENT. DDL, so not undoable. */
  truncate(): void {
    this.data = emptyData(this.uniqueKeys.length);
    if (this.autoIncrementColumn >= 0) this.autoIncrement = 1;
  }

  /**
   * Moves the AUTO_INCREMENT counter past an explicitly written value (explicit ids move the counter, as in InnoDB).
   */
  noteAutoIncrementValue(v: Value): void {
    if (typeof v !== "number" && typeof v !== "bigint") return;
    if (v >= this.autoIncrement) this.autoIncrement = typeof v === "bigint" ? v + 1n : v + 1;
  }

  /** Hands out the next AUTO_INCREMENT value and advances the counter. */
  takeAutoIncrement(): number | bigint {
    return this.reserveAutoIncrement(1);
  }

  /**
   * Reserves `n` consecutive AUTO_INCREMENT values and returns the first. A multi-row INSERT reserves one per row
   * when it needs its first value (InnoDB's bulk allocation), so a statement failing on a later row leaves a gap.
   */
  reserveAutoIncrement(n: number): number | bigint {
    const v = this.autoIncrement;
    const next = BigInt(v) + BigInt(n);
    this.autoIncrement = next <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(next) : next;
    return v;
  }

  undoInsert(rowId: RowId): void {
    const row = this.data.rows.get(rowId);
    if (!row) return;
    this.own();
    this.unplace(rowId, row);
  }

  undoUpdate(rowId: RowId, before: Row): void {
    const row = this.data.rows.get(rowId);
    this.own();
    if (row) this.unplace(rowId, row);
    this.place(rowId, before);
  }

  undoDelete(rowId: RowId, before: Row): void {
    this.own();
    this.place(rowId, before);
  }

  snapshotData(): TableData {
    this.data.shared = true;
    return this.data;
  }

  restoreData(data: TableData, autoIncrement: number | bigint): void {
    data.shared = true;
    this.data = data;
    this.autoIncrement = autoIncrement;
  }

  // ---------------------------------------------------------------------------------------------------------------

  private keyString(idx: UniqueIndex, values: readonly Value[]): string {
    if (idx.parts.length === 1) return idx.parts[0](values[0]);
    // \u0000 cannot appear in a folded key of the other parts' kinds often enough to matter; lengths make it exact.
    return idx.parts
      .map((p, i) => {
        const s = p(values[i]);
        return `${s.length}:${s}`;
      })
      .join("|");
  }

  private own(): TableData {
    const d = this.data;
    if (!d.shared) return d;
    this.data = {
      rows: new Map(d.rows),
      indexes: d.indexes.map((m) => new Map(m)),
      order: d.order.slice(),
      orderValid: d.orderValid,
      nextRowId: d.nextRowId,
      shared: false,
    };
    return this.data;
  }

  private place(id: RowId, row: Row): void {
    const d = this.data;
    d.rows.set(id, row);
    for (let k = 0; k < this.uniqueKeys.length; k++) {
      const idx = this.uniqueKeys[k];
      const values = idx.def.columns.map((c) => row[c]);
      if (values.some((v) => v === null)) continue;
      d.indexes[k].set(this.keyString(idx, values), id);
    }
    if (!d.orderValid) return;
    const n = d.order.length;
    const lastId = d.order[n - 1];
    if (n === 0 || this.compareClustered(d.rows.get(lastId) as Row, lastId, row, id) < 0) d.order.push(id);
    else d.orderValid = false;
  }

  private unplace(id: RowId, row: Row): void {
    const d = this.data;
    d.rows.delete(id);
    for (let k = 0; k < this.uniqueKeys.length; k++) {
      const idx = this.uniqueKeys[k];
      const values = idx.def.columns.map((c) => row[c]);
      if (values.some((v) => v === null)) continue;
      const key = this.keyString(idx, values);
      if (d.indexes[k].get(key) === id) d.indexes[k].delete(key);
    }
    if (!d.orderValid) return;
    if (d.order[d.order.length - 1] === id) d.order.pop();
    else d.orderValid = false;
  }

  /** Compares (row, id) pairs in clustered order; the row id breaks ties and orders tables without a key. */
  private compareClustered(a: Row, aId: RowId, b: Row, bId: RowId): number {
    for (let i = 0; i < this.clusterColumns.length; i++) {
      const c = this.clusterColumns[i];
      const r = this.clusterCompare[i](a[c], b[c]);
      if (r !== 0) return r;
    }
    return aId - bId;
  }

  /** The data with a valid clustered order, sorting once if changes made it stale. */
  private ordered(): TableData {
    const d = this.data;
    if (!d.orderValid) {
      // A cache of the same rows, so rebuilding it is safe even on data a snapshot shares.
      const rows = d.rows;
      d.order = [...rows.keys()].sort((a, b) => this.compareClustered(rows.get(a) as Row, a, rows.get(b) as Row, b));
      d.orderValid = true;
    }
    return d;
  }
}

/** BOOLEAN is TINYINT(1), as MySQL stores and shows it. */
export function normaliseColumnType(type: DataType): DataType {
  if (type.name === "BOOLEAN") return { ...type, name: "TINYINT", length: 1 };
  return type;
}
