// The recorded corpus is still what the server answers: re-runs every corpus call on MariaDB and compares it with
// test/json/expected.jsonl (re-record with `npx tsx test/json/record-expected.ts` after changing the SQL).

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCorpusDocument, readExpected } from "./corpus.ts";
import { JsonParserServer } from "./mariadb.ts";

let server: JsonParserServer;

beforeAll(async () => {
  server = await JsonParserServer.open();
});
afterAll(async () => {
  await server?.close();
});

describe("MariaDB still answers the recorded corpus", () => {
  it("every recorded call, both entry points", async () => {
    const expected = readExpected();
    expect(expected.length).toBeGreaterThan(150);
    for (const line of expected) {
      const doc = readCorpusDocument(line.file);
      expect(await server.call("json_extract_property_text", doc, line.key), line.file).toEqual(line.text);
      expect(await server.call("json_extract_property", doc, line.key), line.file).toEqual(line.varchar32);
    }
  });
});
