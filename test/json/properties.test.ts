// The parser against JSON.parse, on generated documents (the four properties), applied to the normalised
// document: run by spbed executing sql/json/*.sql, and by the TypeScript reference. A fifth property holds spbed to
// the reference exactly (messages and positions), the reference being checked against MariaDB in *.mariadb.test.ts.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseJsonDocument } from "../../bench/json-reference.ts";
import { documentWithKey, jsonKey, jsonText, mutatedDocument, RUNS } from "./arbitraries.ts";
import { asUtf8, disagreement, type JsonParserUnderTest, parseVerdict, referenceParser } from "./oracle.ts";
import { spbedParser } from "./spbed.ts";

const PARSERS: [string, JsonParserUnderTest][] = [
  ["spbed running sql/json", spbedParser],
  ["TS reference", referenceParser],
];
// Generous: spbed takes a few milliseconds per call, and SPBED_LONG runs 20 times more cases.
const TIMEOUT = RUNS * 200;

describe.each(PARSERS)("JSON parser properties against JSON.parse: %s", (_name, parser) => {
  it(
    "1. the value under a chosen key, with any whitespace and escapes, is what JSON.parse gives",
    () => {
      const types = new Set<string | null>();
      fc.assert(
        fc.property(documentWithKey, ({ doc, key, valueText }) => {
          const outcome = parser(doc, key);
          expect(disagreement(doc, key, outcome)).toBeNull();
          if ("error" in outcome) return;
          types.add(outcome.type);
          const parsed = JSON.parse(normaliseJsonDocument(valueText)) as unknown;
          if (typeof parsed === "string") expect(outcome.value).toBe(asUtf8(parsed));
          // Everything else comes back exactly as written in the normalised document.
          else expect(outcome.value).toBe(normaliseJsonDocument(valueText).trim());
        }),
        { numRuns: RUNS },
      );
      // The generator reached every kind of value.
      expect([...types].sort()).toEqual(["array", "bool", "null", "number", "object", "string"]);
    },
    TIMEOUT,
  );

  it(
    "2. a document JSON.parse rejects signals SQLSTATE 45000",
    () => {
      let rejected = 0;
      fc.assert(
        fc.property(mutatedDocument, jsonKey, (doc, key) => {
          fc.pre(!parseVerdict(doc, key).ok);
          rejected++;
          const outcome = parser(doc, key);
          expect("error" in outcome && outcome.error.sqlstate).toBe("45000");
          if ("error" in outcome) expect(outcome.error.message).toMatch(/^Not a JSON document or JSON array: .* \d+$/s);
        }),
        { numRuns: RUNS, maxSkipsPerRun: 100 },
      );
      expect(rejected).toBe(RUNS);
    },
    TIMEOUT,
  );

  it(
    "3. a document JSON.parse accepts does not signal",
    () => {
      fc.assert(
        fc.property(fc.oneof(jsonText, mutatedDocument), jsonKey, (doc, key) => {
          fc.pre(parseVerdict(doc, key).ok);
          expect(disagreement(doc, key, parser(doc, key))).toBeNull();
        }),
        { numRuns: RUNS, maxSkipsPerRun: 100 },
      );
    },
    TIMEOUT,
  );

  it(
    "4. a missing key leaves both OUT values NULL",
    () => {
      fc.assert(
        fc.property(jsonText, jsonKey, (doc, key) => {
          const verdict = parseVerdict(doc, key);
          fc.pre(verdict.ok && !verdict.found);
          expect(parser(doc, key)).toEqual({ value: null, type: null });
        }),
        { numRuns: RUNS, maxSkipsPerRun: 100 },
      );
    },
    TIMEOUT,
  );
});

describe("spbed running sql/json is the TS reference, exactly", () => {
  it(
    "5. same values, types, messages and positions on valid, mutated and keyed documents",
    () => {
      const input = fc.oneof(
        documentWithKey.map(({ doc, key }) => [doc, key] as const),
        fc.tuple(mutatedDocument, jsonKey),
        fc.tuple(jsonText, jsonKey),
      );
      fc.assert(
        fc.property(input, ([doc, key]) => {
          expect(spbedParser(doc, key)).toEqual(referenceParser(doc, key));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
