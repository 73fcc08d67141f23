// Cursors: DECLARE ... CURSOR FOR SELECT, OPEN, FETCH ... INTO, CLOSE.
//
// MySQL materialises a cursor's result when it is opened, so OPEN runs the compiled query once and FETCH walks the
// rows. Cursor state lives in the frame by a compile-time index; a block closes its cursors when it ends. The result
// is kept as MySQL's temporary table keeps it: a column read from a TIMESTAMP field holds its instant (UTC), so a
// FETCH after SET time_zone shows it in the zone of the FETCH.

import { SqlError } from "../errors.ts";
import { sessionTimestamp, shiftDateTime, zoneOffsetMinutes } from "../values/timezone.ts";
import { Temporal, type Value } from "../values/value.ts";
import type { Writer } from "./assign.ts";
import type { CompiledQuery } from "./deps.ts";
import type { Frame } from "./frame.ts";

export interface CursorState {
  readonly rows: readonly (readonly Value[])[];
  /** The columns holding TIMESTAMP instants (UTC), shown in the session zone when fetched. */
  readonly timestamps: readonly number[];
  pos: number;
}

export function noData(): SqlError {
  return new SqlError(1329, "02000", "No data - zero rows fetched, selected, or processed");
}

export function openCursor(f: Frame, index: number, query: CompiledQuery): void {
  if (f.cursors[index]) throw new SqlError(1325, "24000", "Cursor is already open");
  const rs = query(f);
  const timestamps = (rs.types ?? []).flatMap((t, i) => (t.kind === "temporal" && t.timestamp ? [i] : []));
  if (timestamps.length === 0) {
    f.cursors[index] = { rows: rs.rows, timestamps, pos: 0 };
    return;
  }
  const minutes = zoneOffsetMinutes(f);
  const toUtc = (v: Value | undefined): Value =>
    v instanceof Temporal ? new Temporal(v.type, shiftDateTime(v.text, -minutes) ?? v.text) : (v ?? null);
  const rows = rs.rows.map((row) => {
    const out = row.slice();
    for (const i of timestamps) out[i] = toUtc(out[i]);
    return out;
  });
  f.cursors[index] = { rows, timestamps, pos: 0 };
}

export function fetchCursor(f: Frame, index: number, writers: readonly Writer[]): void {
  const c = f.cursors[index];
  if (!c) throw new SqlError(1326, "24000", "Cursor is not open");
  const row = c.rows[c.pos];
  if (!row) throw noData();
  if (row.length !== writers.length) throw new SqlError(1328, "HY000", "Incorrect number of FETCH variables");
  c.pos++;
  let shown = row;
  if (c.timestamps.length > 0) {
    const out = row.slice();
    for (const i of c.timestamps) out[i] = sessionTimestamp(out[i] ?? null, f);
    shown = out;
  }
  for (let i = 0; i < writers.length; i++) (writers[i] as Writer)(f, shown[i] ?? null);
}

export function closeCursor(f: Frame, index: number): void {
  if (!f.cursors[index]) throw new SqlError(1326, "24000", "Cursor is not open");
  f.cursors[index] = undefined;
}
