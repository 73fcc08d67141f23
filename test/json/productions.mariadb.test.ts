// The unit cases (test/json/cases.ts) on the real server: MariaDB running sql/json/*.sql gives exactly the values,
// types, messages and positions the cases state.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GROUPS } from "./cases.ts";
import { JsonParserServer } from "./mariadb.ts";

let server: JsonParserServer;

beforeAll(async () => {
  server = await JsonParserServer.open();
});
afterAll(async () => {
  await server?.close();
});

describe("JSON grammar productions and error messages on MariaDB", () => {
  for (const { name, cases } of GROUPS) {
    it(name, async () => {
      for (const c of cases) {
        const got = await server.call("json_extract_property_text", c.doc, c.key);
        expect(got, `${JSON.stringify(c.doc)} key ${c.key}`).toEqual(c.expected);
      }
    });
  }
});
