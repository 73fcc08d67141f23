// (b) The SQL JSON parser (sql/json, json_extract_property_text) run by spbed, beside the same algorithm written in
// TypeScript (bench/json-reference.ts) and JSON.parse, on the same documents in the same run.

import { readFileSync } from "node:fs";
import { Spbed } from "../src/session/run.ts";
import { jsonExtractProperty } from "./json-reference.ts";
import { type Measurement, measure } from "./timing.ts";

export const SQL_FILES = ["sql/json/10_json_helpers.sql", "sql/json/20_json_extract_property.sql"];

export interface JsonRow {
  readonly bytes: number;
  readonly spbed: Measurement;
  readonly reference: Measurement;
  readonly jsonParse: Measurement;
}

/** A client with the parser loaded; the document goes in through the session's user variables (no 1 MB literal). */
export function spbedJsonParser(): (doc: string) => { value: unknown; type: unknown } {
  const client = new Spbed().connect();
  client.exec("CREATE DATABASE bench; USE bench");
  for (const f of SQL_FILES) client.exec(readFileSync(f, "utf8"));
  const vars = client.connection.userVars;
  return (doc) => {
    vars.set("doc", doc);
    client.exec("CALL json_extract_property_text(@doc, 'output', @v, @t)");
    return { value: vars.get("v"), type: vars.get("t") };
  };
}

export function benchJson(documents: readonly string[]): JsonRow[] {
  const run = spbedJsonParser();
  const rows: JsonRow[] = [];
  for (const doc of documents) {
    const bytes = Buffer.byteLength(doc);
    // every engine must find the same answer, or the comparison means nothing
    const expected = jsonExtractProperty(doc, "output");
    const got = run(doc);
    if (String(got.value) !== expected.value || String(got.type) !== expected.type)
      throw new Error(
        `spbed and the reference disagree on a ${bytes}-byte document: ${String(got.value)} vs ${expected.value}`,
      );
    const big = bytes > 200_000;
    const spbed = measure(() => run(doc), { minMs: big ? 0 : 1500, maxRuns: big ? 1 : 50, warmup: 0 });
    const reference = measure(() => jsonExtractProperty(doc, "output"), { minMs: 300, maxRuns: 2000 });
    const jsonParse = measure(() => JSON.parse(doc), { minMs: 300, maxRuns: 2000 });
    rows.push({ bytes, spbed, reference, jsonParse });
  }
  return rows;
}
