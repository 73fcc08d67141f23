// The SQL JSON parser run by spbed itself: sql/json/*.sql loaded into an in-memory server once, then every call is
// `CALL json_extract_property_text(...)` and `SELECT @v, @t`, exactly as a client would run them.

import { readFileSync } from "node:fs";
import { SqlError } from "../../src/errors.ts";
import { type Client, Spbed } from "../../src/session/run.ts";
import { render } from "../../src/values/render.ts";
import type { CallOutcome } from "./mariadb.ts";
import { SQL_FILES } from "./mariadb.ts";
import type { JsonParserUnderTest } from "./oracle.ts";

const SQL_ESCAPES: Record<string, string> = {
  "\\": "\\\\",
  "'": "\\'",
  "\0": "\\0",
  "\n": "\\n",
  "\r": "\\r",
  "\u001a": "\\Z",
};

/** A MySQL string literal for any text (backslash escapes, as the default sql_mode reads them). */
export function sqlString(text: string | null): string {
  if (text === null) return "NULL";
  let out = "";
  for (const ch of text) out += SQL_ESCAPES[ch] ?? ch;
  return `'${out}'`;
}

let client: Client | undefined;

/** A connection to a spbed server with the parser loaded (made once per test file). */
export function spbedClient(): Client {
  if (client !== undefined) return client;
  const c = new Spbed().connect();
  c.exec("CREATE DATABASE jsonp; USE jsonp;");
  for (const file of SQL_FILES) c.exec(readFileSync(file, "utf8"), file);
  client = c;
  return c;
}

/** Calls `procedure` in spbed and reads the OUT values back through user variables. */
export function callOnSpbed(
  procedure: "json_extract_property" | "json_extract_property_text",
  doc: string,
  key: string | null,
): CallOutcome {
  const c = spbedClient();
  const [call, select] = c.run(
    `CALL ${procedure}(${sqlString(doc)}, ${sqlString(key)}, @v, @t); SELECT @v AS v, @t AS t;`,
    "json call",
  );
  if (call === undefined || select === undefined) throw new Error("spbed ran fewer statements than sent");
  if (!call.ok) {
    const e = call.error;
    if (!(e instanceof SqlError)) throw e;
    return { error: { errno: e.errno, sqlstate: e.sqlstate, message: e.message } };
  }
  if (!select.ok) throw select.error;
  const row = select.outcome.resultSets[0]?.rows[0];
  if (row === undefined) throw new Error("SELECT @v, @t gave no row");
  return { value: render(row[0] ?? null), type: render(row[1] ?? null) };
}

export const spbedParser: JsonParserUnderTest = (doc, key) => callOnSpbed("json_extract_property_text", doc, key);
