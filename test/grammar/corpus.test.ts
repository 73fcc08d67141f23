// Every file under sql/ parses, and every token type of the grammar appears in at least one test input.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { Lexer, type TokenType, tokenMatcher } from "chevrotain";
import { describe, expect, it } from "vitest";
import { allTokens, sqlLexer } from "../../grammar/tokens.ts";
import { parseScript } from "../../src/parse.ts";
import { errorCases } from "./errors.cases.ts";
import { expressionCases } from "./expressions.cases.ts";
import { splitInputs } from "./split.cases.ts";
import { statementCases } from "./statements.cases.ts";

const root = new URL("../../", import.meta.url).pathname;

function sqlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sqlFiles(path));
    else if (name.endsWith(".sql")) out.push(path);
  }
  return out;
}

const files = sqlFiles(join(root, "sql"));

describe("sql/ corpus", () => {
  it("has the seed files", () => {
    expect(files.some((f) => f.includes("sql/seed/"))).toBe(true);
  });

  it.each(files.map((f) => [f.slice(root.length)]))("%s parses", (file) => {
    const text = readFileSync(join(root, file), "utf8");
    expect(parseScript({ name: file, text }).length).toBeGreaterThan(0);
  });
});

describe("token coverage", () => {
  it("every token type appears in a test input", () => {
    const inputs = [
      ...expressionCases.map(([i]) => i),
      ...statementCases.map(([i]) => i),
      ...errorCases.map(([i]) => i),
      ...splitInputs,
    ];
    const seen = new Set<TokenType>();
    for (const input of inputs) {
      for (const token of sqlLexer.tokenize(input).tokens) seen.add(token.tokenType);
    }
    const missing = allTokens.filter((t) => {
      if (seen.has(t)) return false;
      // categories (Ident, FuncKeyword, ...) are covered by any of their members
      if (t.PATTERN === Lexer.NA) {
        for (const s of seen) if (tokenMatcher({ tokenTypeIdx: s.tokenTypeIdx } as never, t)) return false;
        return true;
      }
      // skipped tokens (blanks, comments) never reach the token list: look for their pattern in the inputs
      if (t.GROUP !== undefined && t.PATTERN instanceof RegExp) {
        const re = t.PATTERN;
        return !inputs.some((i) => re.test(i));
      }
      return true;
    });
    expect(missing.map((t) => t.name)).toEqual([]);
  });
});
