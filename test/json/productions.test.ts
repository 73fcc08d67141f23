// Every grammar production and every error message of the JSON parser, each with its position (test/json/cases.ts),
// run by spbed executing sql/json/*.sql and by the TypeScript reference of the same algorithm.

import { describe, expect, it } from "vitest";
import { GROUPS } from "./cases.ts";
import { type JsonParserUnderTest, referenceParser } from "./oracle.ts";
import { spbedParser } from "./spbed.ts";

const PARSERS: [string, JsonParserUnderTest][] = [
  ["spbed running sql/json", spbedParser],
  ["TS reference", referenceParser],
];

describe.each(PARSERS)("JSON grammar productions and error messages: %s", (_name, parser) => {
  for (const { name, cases } of GROUPS) {
    it(name, () => {
      expect(cases.length).toBeGreaterThan(0);
      for (const c of cases) expect(parser(c.doc, c.key), `${JSON.stringify(c.doc)} key ${c.key}`).toEqual(c.expected);
    });
  }
});
