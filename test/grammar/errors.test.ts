// Negative tests: each pins the message and the line:column it points at.

import { describe, expect, it } from "vitest";
import { SqlSyntaxError } from "../../src/errors.ts";
import { parseExpression, parseScript, parseStatement } from "../../src/parse.ts";
import { errorCases } from "./errors.cases.ts";

function errorOf(text: string): SqlSyntaxError {
  try {
    parseScript({ name: "f.sql", text });
  } catch (e) {
    if (e instanceof SqlSyntaxError) return e;
    throw e;
  }
  throw new Error(`parsed without error: ${text}`);
}

describe("syntax errors", () => {
  it.each(errorCases)("%s", (text, reason, line, column) => {
    const e = errorOf(text);
    expect(e.reason).toBe(reason);
    expect([e.line, e.column]).toEqual([line, column]);
  });

  it("formats file:line:col, the source line and a caret, without a stack", () => {
    const e = errorOf("SELECT 1;\nSELECT * FRM t;");
    expect(e.format()).toBe(
      "f.sql:2:10: syntax error: unexpected 'FRM' after the end of the statement\n  SELECT * FRM t;\n           ^\n  expected: ';', end of statement",
    );
    expect(e.format()).not.toMatch(/at .*\.ts/);
  });

  it("parseStatement and parseExpression report in their own text", () => {
    expect(() => parseStatement("SELECT 1; SELECT 2")).toThrow(/^<statement>:1:11: expected one statement/);
    expect(() => parseExpression("1 +")).toThrow(SqlSyntaxError);
    try {
      parseExpression("a + (b", "e");
    } catch (e) {
      expect(e).toBeInstanceOf(SqlSyntaxError);
      expect((e as SqlSyntaxError).message).toBe("e:1:7: expected ')', found end of input");
    }
  });
});
