// Statements: one or more per form of issue 2, each with its expected AST.

import { describe, expect, it } from "vitest";
import { parseStatement } from "../../src/parse.ts";
import { strip } from "./helpers.ts";
import { statementCases } from "./statements.cases.ts";

describe("statements", () => {
  it.each(statementCases)("%s", (input, expected) => {
    expect(strip(parseStatement(input))).toEqual(expected);
  });

  it("keeps the source text of routines and triggers", () => {
    const text = "  CREATE PROCEDURE p() BEGIN END";
    expect(parseStatement(text)).toMatchObject({
      kind: "CreateRoutine",
      start: 2,
      end: text.length,
      source: text.trim(),
    });
    const trigger = "CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW SET NEW.a = 1";
    expect(parseStatement(trigger)).toMatchObject({ source: trigger, start: 0, end: trigger.length });
  });

  it("labels spans from the label", () => {
    const s = parseStatement("CREATE PROCEDURE p() lbl: BEGIN END lbl");
    expect(s.kind === "CreateRoutine" && s.body).toMatchObject({ kind: "Block", label: "lbl", start: 21, end: 39 });
  });
});
