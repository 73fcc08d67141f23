// Cursors: DECLARE ... CURSOR FOR SELECT, OPEN, FETCH ... INTO, CLOSE.
//
// MySQL materialises a cursor's result when it is opened, so OPEN runs the compiled query once and FETCH walks the
// rows. Cursor state lives in the frame by a compile-time index; a block closes its cursors when it ends.

import { SqlError } from "../errors.ts";
import type { Value } from "../values/value.ts";
import type { Writer } from "./assign.ts";
import type { CompiledQuery } from "./deps.ts";
import type { Frame } from "./frame.ts";

export interface CursorState {
  readonly rows: readonly (readonly Value[])[];
  pos: number;
}

export function noData(): SqlError {
  return new SqlError(1329, "02000", "No data - zero rows fetched, selected, or processed");
}

export function openCursor(f: Frame, index: number, query: CompiledQuery): void {
  if (f.cursors[index]) throw new SqlError(1325, "24000", "Cursor is already open");
  const rs = query(f);
  f.cursors[index] = { rows: rs.rows, pos: 0 };
}

export function fetchCursor(f: Frame, index: number, writers: readonly Writer[]): void {
  const c = f.cursors[index];
  if (!c) throw new SqlError(1326, "24000", "Cursor is not open");
  const row = c.rows[c.pos];
  if (!row) throw noData();
  if (row.length !== writers.length) throw new SqlError(1328, "HY000", "Incorrect number of FETCH variables");
  c.pos++;
  for (let i = 0; i < writers.length; i++) (writers[i] as Writer)(f, row[i] ?? null);
}

export function closeCursor(f: Frame, index: number): void {
  if (!f.cursors[index]) throw new SqlError(1326, "24000", "Cursor is not open");
  f.cursors[index] = undefined;
}
