// The recorded corpus: the answers MariaDB gave (expected.jsonl) must be what the parser under test gives, and must
// agree with JSON.parse.

import { describe, expect, it } from "vitest";
import { corpusFiles, readCorpusDocument, readExpected } from "./corpus.ts";
import { disagreement, referenceParser } from "./oracle.ts";

const parser = referenceParser;
const expected = readExpected();

describe("JSON corpus recorded from MariaDB", () => {
  it("covers every corpus document", () => {
    const recorded = new Set(expected.map((l) => l.file));
    expect(corpusFiles().filter((f) => !recorded.has(f))).toEqual([]);
    expect(expected.length).toBeGreaterThan(150);
  });

  for (const line of expected) {
    it(`${line.file} key ${JSON.stringify(line.key)}`, () => {
      const doc = readCorpusDocument(line.file);
      expect(parser(doc, line.key)).toEqual(line.text);
      // The server's own answer agrees with JSON.parse (documents named invalid_* are rejected).
      expect(disagreement(doc, line.key, line.text)).toBeNull();
      expect("error" in line.text).toBe(line.file.startsWith("invalid_"));
    });
  }

  it("the seed's VARCHAR(32) entry point gives 1406 for longer values and the same answer otherwise", () => {
    let tooLong = 0;
    for (const line of expected) {
      const v32 = line.varchar32;
      if ("error" in v32 && v32.error.errno === 1406) {
        tooLong++;
        const doc = readCorpusDocument(line.file);
        const long =
          Buffer.byteLength(doc) > 65_535 || ("value" in line.text && [...(line.text.value ?? "")].length > 32);
        expect(long, `${line.file} ${line.key}`).toBe(true);
      } else {
        expect(v32, `${line.file} ${line.key}`).toEqual(line.text);
      }
    }
    expect(tooLong).toBeGreaterThan(0);
  });
});
