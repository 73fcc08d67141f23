// What JSON.parse says the parser should answer, in the procedure's terms. Also the one place that decides which
// implementation the tests run: the TS reference today; spbed once its runtime executes procedures.

import { JsonParseError, jsonExtractProperty, normaliseJsonDocument } from "../../bench/json-reference.ts";
import type { CallOutcome } from "./mariadb.ts";

/** Runs json_extract_property_text(doc, key) and reports OUT values or the signalled error. */
export type JsonParserUnderTest = (doc: string, key: string | null) => CallOutcome;

export const referenceParser: JsonParserUnderTest = (doc, key) => {
  try {
    return jsonExtractProperty(doc, key);
  } catch (error) {
    if (!(error instanceof JsonParseError)) throw error;
    return { error: { errno: error.errno, sqlstate: error.sqlstate, message: error.message } };
  }
};

/** UTF-8 round trip: what a utf8mb4 column makes of a JS string (a lone surrogate becomes U+FFFD). */
export function asUtf8(text: string): string {
  return Buffer.from(text, "utf8").toString("utf8");
}

export type ParseVerdict =
  | { readonly ok: false }
  | { readonly ok: true; readonly found: false }
  | { readonly ok: true; readonly found: true; readonly type: string; readonly value: unknown };

/** JSON.parse's view of the normalised document and the top-level member `key`. */
export function parseVerdict(doc: string, key: string): ParseVerdict {
  let parsed: unknown;
  try {
    parsed = JSON.parse(normaliseJsonDocument(doc));
  } catch {
    return { ok: false };
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed) || !Object.hasOwn(parsed, key)) {
    return { ok: true, found: false };
  }
  const value = (parsed as Record<string, unknown>)[key];
  const type =
    value === null
      ? "null"
      : Array.isArray(value)
        ? "array"
        : typeof value === "object"
          ? "object"
          : typeof value === "boolean"
            ? "bool"
            : typeof value;
  return { ok: true, found: true, type, value };
}

/**
 * Checks an outcome against JSON.parse. Returns a description of the disagreement, or null when they agree.
 * Strings must match after the UTF-8 round trip, numbers by value, containers by deep equality of their text.
 */
export function disagreement(doc: string, key: string, outcome: CallOutcome): string | null {
  const verdict = parseVerdict(doc, key);
  if (!verdict.ok) {
    if (!("error" in outcome)) return "JSON.parse rejects, the parser accepted";
    return outcome.error.sqlstate === "45000" ? null : `wrong SQLSTATE ${outcome.error.sqlstate}`;
  }
  if ("error" in outcome) return `JSON.parse accepts, the parser signalled: ${outcome.error.message}`;
  if (!verdict.found) return outcome.value === null && outcome.type === null ? null : "missing key gave a value";
  if (outcome.type !== verdict.type) return `type ${outcome.type}, expected ${verdict.type}`;
  const v = verdict.value;
  const got = outcome.value;
  if (got === null) return "found key gave NULL";
  switch (verdict.type) {
    case "string":
      return got === asUtf8(v as string) ? null : `string ${JSON.stringify(got)}`;
    case "number":
      return Number(got) === v || Object.is(JSON.parse(got), v) ? null : `number ${got}`;
    case "bool":
    case "null":
      return got === String(v) ? null : `literal ${got}`;
    default:
      return JSON.stringify(JSON.parse(got)) === JSON.stringify(v) ? null : `container ${got}`;
  }
}
