// Rendering values as the MySQL text protocol sends them: what a client sees in a result set, and what the jsonl
// output of `spbed run` prints. TRUE is 1, 7/2 is 3.5000 (a DECIMAL keeps its scale), 1e20 is 1e20, PI() is 3.141593
// (a DOUBLE with display decimals prints them).

import { bytesToText, toText } from "./coerce.ts";
import { formatDoubleValue } from "./numtext.ts";
import { Bytes, Double, type Value } from "./value.ts";

/** The text-protocol form of a value; SQL NULL is null. */
export function render(v: Value): string | null {
  if (v === null) return null;
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  // Binary strings go out as their bytes; a text renderer can only show them decoded.
  if (v instanceof Bytes) return bytesToText(v);
  if (v instanceof Double) return formatDoubleValue(v);
  return toText(v);
}
