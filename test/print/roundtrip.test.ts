// parse(print(ast)) equals ast (offsets aside) for generated expressions, SELECTs and stored-procedure bodies.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Expr, Statement } from "../../src/ast.ts";
import { parseExpression, parseStatement } from "../../src/parse.ts";
import { printExpr, printStatement } from "../../src/print.ts";
import { exprArb, procedureArb, selectArb, topStatementArb } from "../arbitraries/ast.ts";
import { stripOffsets } from "./strip.ts";

const long = process.env.SPBED_LONG !== undefined && process.env.SPBED_LONG !== "";
const numRuns = long ? 3000 : 300;
// procedures are large: thousands of them take minutes, beyond vitest's default timeout
const timeout = long ? 900_000 : undefined;

function reparsed<T>(printed: string, parse: (text: string) => T): T {
  try {
    return parse(printed);
  } catch (e) {
    throw new Error(`${(e as Error).message}\n--- printed ---\n${printed}`);
  }
}

describe("printer round trip", () => {
  it(
    "expressions",
    () => {
      fc.assert(
        fc.property(exprArb, (e: Expr) => {
          const printed = printExpr(e);
          expect(stripOffsets(reparsed(printed, parseExpression)), printed).toEqual(stripOffsets(e));
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    "SELECT statements",
    () => {
      fc.assert(
        fc.property(selectArb, (s: Statement) => {
          const printed = printStatement(s);
          expect(stripOffsets(reparsed(printed, parseStatement)), printed).toEqual(stripOffsets(s));
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    "procedures with compound bodies",
    () => {
      fc.assert(
        fc.property(procedureArb, (s: Statement) => {
          const printed = printStatement(s);
          expect(stripOffsets(reparsed(printed, parseStatement)), printed).toEqual(stripOffsets(s));
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    "definitions, triggers, functions, transactions, SHOW and SET NAMES",
    () => {
      fc.assert(
        fc.property(topStatementArb, (s: Statement) => {
          const printed = printStatement(s);
          expect(stripOffsets(reparsed(printed, parseStatement)), printed).toEqual(stripOffsets(s));
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it("quotes what needs quoting", () => {
    // reserved words and odd names are backticked; non-reserved keywords stay bare, except where they would read
    // as syntax (`SET names = 1` is SET NAMES)
    expect(printExpr(parseExpression("`select` + `a b` + status"))).toBe("(`select` + `a b`) + status");
    expect(printStatement(parseStatement("CREATE PROCEDURE p() SET `names` = 1"))).toContain("SET `names` = 1");
    expect(printExpr(parseExpression("'it''s\\n'"))).toBe("'it\\'s\\n'");
  });
});
