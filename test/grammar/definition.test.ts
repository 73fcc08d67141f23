// The grammar passes Chevrotain's own validations (skipped at run time for start-up speed).

import { Lexer } from "chevrotain";
import { describe, expect, it } from "vitest";
import { SqlParser } from "../../grammar/parser.ts";
import { allTokens, lexerConfig } from "../../grammar/tokens.ts";

describe("grammar definition", () => {
  it("the lexer validates", () => {
    const lexer = new Lexer(allTokens, { ...lexerConfig, skipValidations: false });
    expect(lexer.lexerDefinitionErrors).toEqual([]);
  });

  it("the parser validates (no ambiguities, no left recursion, unique occurrence indexes)", () => {
    // performSelfAnalysis throws "Parser Definition Errors detected" when a validation fails
    expect(() => new SqlParser(true)).not.toThrow();
  }, 30_000);
});
