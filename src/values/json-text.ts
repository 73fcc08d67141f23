// The text form of a JSON value, as MySQL prints a JSON column or JSON_EXTRACT result: `{"a": 1, "b": [1, 2]}`,
// one space after ':' and ','. The parsed tree uses: null, boolean, string, number (an integer, or a double when it
// has a fraction), bigint, Double, Decimal, arrays, and Map<string, tree> for objects (plain objects are accepted).

import { formatDecimal, formatDouble } from "./numtext.ts";
import { Decimal, Double } from "./value.ts";

/** A JSON string literal with MySQL's escapes; characters outside ASCII are kept as they are. */
export function jsonQuote(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34) out += '\\"';
    else if (c === 92) out += "\\\\";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c === 9) out += "\\t";
    else if (c === 8) out += "\\b";
    else if (c === 12) out += "\\f";
    else if (c < 32) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += s[i];
  }
  return `${out}"`;
}

export function jsonText(v: unknown): string {
  if (v === null || v === undefined) return "null";
  switch (typeof v) {
    case "boolean":
      return v ? "true" : "false";
    case "string":
      return jsonQuote(v);
    case "number":
      return Number.isInteger(v) && Math.abs(v) < 1e15 ? String(v) : formatDouble(v);
    case "bigint":
      return v.toString();
    default:
      break;
  }
  if (v instanceof Double) {
    // MySQL 8 prints a JSON double that has no fraction with ".0" (1.0, not 1), so it still reads as a double.
    const t = formatDouble(v.value);
    return /^-?\d+$/.test(t) ? `${t}.0` : t;
  }
  if (v instanceof Decimal) return formatDecimal(v.unscaled, v.scale);
  if (Array.isArray(v)) return `[${v.map(jsonText).join(", ")}]`;
  const entries = v instanceof Map ? [...v.entries()] : Object.entries(v as object);
  return `{${entries.map(([k, x]) => `${jsonQuote(String(k))}: ${jsonText(x)}`).join(", ")}}`;
}
