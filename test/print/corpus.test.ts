// Every statement of every file under sql/ printed and parsed again gives the same AST.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseScript, parseStatement } from "../../src/parse.ts";
import { printStatement } from "../../src/print.ts";
import { stripOffsets } from "./strip.ts";

function sqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sqlFiles(join(dir, d.name)) : d.name.endsWith(".sql") ? [join(dir, d.name)] : [],
  );
}

const files = sqlFiles("sql").sort();

describe("printing the sql/ corpus", () => {
  it("finds the corpus", () => {
    expect(files.length).toBeGreaterThan(3);
  });
  for (const file of files) {
    it(`${file} re-parses to the same AST`, () => {
      const statements = parseScript({ name: file, text: readFileSync(file, "utf8") });
      expect(statements.length).toBeGreaterThan(0);
      for (const { statement } of statements) {
        const printed = printStatement(statement);
        let reparsed: unknown;
        try {
          reparsed = parseStatement(printed, `${file} (printed)`);
        } catch (e) {
          throw new Error(`${(e as Error).message}\n--- printed ---\n${printed}`);
        }
        expect(stripOffsets(reparsed), printed).toEqual(stripOffsets(statement));
      }
    });
  }
});
