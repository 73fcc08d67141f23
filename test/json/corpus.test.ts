// The recorded corpus: what MariaDB answered (expected.jsonl) must be what spbed running sql/json/*.sql answers, and
// what the TypeScript reference answers; and it must agree with JSON.parse.

import { describe, expect, it } from "vitest";
import { corpusFiles, readCorpusDocument, readExpected } from "./corpus.ts";
import type { CallOutcome } from "./mariadb.ts";
import { disagreement, type JsonParserUnderTest, referenceParser } from "./oracle.ts";
import { callOnSpbed, spbedParser } from "./spbed.ts";

const expected = readExpected();

/** MariaDB writes "at row 0" in the 1406 text for a routine variable, MySQL 8 (and spbed) "at row 1". */
function withoutRowNumber(outcome: CallOutcome): CallOutcome {
  if (!("error" in outcome) || outcome.error.errno !== 1406) return outcome;
  return { error: { ...outcome.error, message: outcome.error.message.replace(/ at row \d+$/, "") } };
}

describe("JSON corpus recorded from MariaDB", () => {
  it("covers every corpus document, and the server agrees with JSON.parse", () => {
    const recorded = new Set(expected.map((l) => l.file));
    expect(corpusFiles().filter((f) => !recorded.has(f))).toEqual([]);
    expect(expected.length).toBeGreaterThan(150);
    for (const line of expected) {
      const doc = readCorpusDocument(line.file);
      expect(disagreement(doc, line.key, line.text), `${line.file} ${line.key}`).toBeNull();
      expect("error" in line.text, line.file).toBe(line.file.startsWith("invalid_"));
    }
  });

  const parsers: [string, JsonParserUnderTest][] = [
    ["spbed running sql/json", spbedParser],
    ["TS reference", referenceParser],
  ];
  for (const [name, parser] of parsers) {
    it(`${name} answers every recorded call as MariaDB did`, () => {
      for (const line of expected) {
        const doc = readCorpusDocument(line.file);
        expect(parser(doc, line.key), `${line.file} key ${JSON.stringify(line.key)}`).toEqual(line.text);
      }
      // Long: the corpus holds 100 KB documents, and spbed walks them a statement per character.
    }, 600_000);
  }

  it("spbed's VARCHAR(32) entry point answers as MariaDB's: 1406 for longer values, else the same", () => {
    let tooLong = 0;
    for (const line of expected) {
      const doc = readCorpusDocument(line.file);
      const got = callOnSpbed("json_extract_property", doc, line.key);
      expect(withoutRowNumber(got), `${line.file} ${line.key}`).toEqual(withoutRowNumber(line.varchar32));
      if ("error" in line.varchar32 && line.varchar32.error.errno === 1406) tooLong++;
      else expect(line.varchar32).toEqual(line.text);
    }
    expect(tooLong).toBeGreaterThan(5);
  }, 600_000);
});
