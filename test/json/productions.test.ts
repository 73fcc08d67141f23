// Every grammar production and every error message of the JSON parser, each with its position (test/json/cases.ts).
// `parser` is the one line to change when spbed runs the SQL procedure itself.

import { describe, expect, it } from "vitest";
import { GROUPS } from "./cases.ts";
import { referenceParser } from "./oracle.ts";

const parser = referenceParser;

describe("JSON grammar productions and error messages", () => {
  for (const { name, cases } of GROUPS) {
    it(name, () => {
      expect(cases.length).toBeGreaterThan(0);
      for (const c of cases) expect(parser(c.doc, c.key), `${JSON.stringify(c.doc)} key ${c.key}`).toEqual(c.expected);
    });
  }
});
