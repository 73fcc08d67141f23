// Expressions: MySQL's operator precedence, literals, special call syntaxes, variables and names.

import { describe, expect, it } from "vitest";
import { parseExpression } from "../../src/parse.ts";
import { expressionCases } from "./expressions.cases.ts";
import { strip } from "./helpers.ts";

describe("expressions", () => {
  it.each(expressionCases)("%s", (input, expected) => {
    expect(strip(parseExpression(input))).toEqual(expected);
  });

  it("keywords are case-insensitive", () => {
    expect(strip(parseExpression("a is not null and b between 1 and 2 xor c like 'x'"))).toEqual(
      strip(parseExpression("a IS NOT NULL AND b BETWEEN 1 AND 2 XOR c LIKE 'x'")),
    );
  });

  it("records offsets of every node", () => {
    const e = parseExpression("  a + f(b, 'x')");
    expect(e).toMatchObject({ kind: "Binary", start: 2, end: 15 });
    if (e.kind !== "Binary") throw new Error("not binary");
    expect(e.left).toMatchObject({ start: 2, end: 3 });
    expect(e.right).toMatchObject({ kind: "FunctionCall", start: 6, end: 15 });
    if (e.right.kind !== "FunctionCall") throw new Error("not a call");
    expect(e.right.args[1]).toMatchObject({ start: 11, end: 14 });
  });
});
