// The script splitter follows the mysql client: DELIMITER lines, comments, quotes, offsets into the file.

import { describe, expect, it } from "vitest";
import { parseScript } from "../../src/parse.ts";
import { splitScript } from "../../src/script/split.ts";
import { splitInputs } from "./split.cases.ts";

const texts = (script: string) => splitScript(script).map((c) => c.text);

describe("splitScript", () => {
  it("cuts at the delimiter and drops empty statements", () => {
    expect(texts("SELECT 1; SELECT 2;;  ;\n")).toEqual(["SELECT 1", "SELECT 2"]);
  });

  it("ignores delimiters inside strings, backticks and comments", () => {
    expect(texts(splitInputs[1] as string)).toEqual([
      "SELECT ';' , \"x;\" , `a;b`",
      "SELECT 'it\\'s;'",
      "SELECT 'a'';'",
    ]);
    expect(texts(splitInputs[2] as string)).toEqual(["SELECT 1", "SELECT /* in; line */ 2"]);
  });

  it("needs a space or control character after -- for a comment", () => {
    expect(texts("SELECT 1--1;\nSELECT 2 --\tx;\n;")).toEqual(["SELECT 1--1", "SELECT 2 --\tx;\n"]);
  });

  it("honours DELIMITER lines, case-insensitively, with any delimiter", () => {
    expect(texts(splitInputs[3] as string)).toEqual(["CREATE PROCEDURE p() BEGIN SELECT 1; END", "CALL p()"]);
    expect(texts("delimiter //\nSELECT 1//\nSELECT 2 //\ndelimiter ;\nSELECT 3;")).toEqual([
      "SELECT 1",
      "SELECT 2 ",
      "SELECT 3",
    ]);
  });

  it("keeps statement offsets into the file", () => {
    const script = "  -- c\n  SELECT 1;\n\nSELECT 2";
    const chunks = splitScript(script);
    expect(chunks.map((c) => [c.start, c.end])).toEqual([
      [9, 17],
      [20, 28],
    ]);
    expect(chunks.map((c) => script.slice(c.start, c.end))).toEqual(["SELECT 1", "SELECT 2"]);
  });

  it("gives parsed statements file offsets", () => {
    const script =
      "DELIMITER $$\nCREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW\nBEGIN\n  SET NEW.a = 1;\nEND$$\nDELIMITER ;\nSELECT a FROM x;";
    const [trigger, query] = parseScript({ name: "s.sql", text: script });
    expect(trigger?.start).toBe(13);
    expect(trigger?.text).toBe("CREATE TRIGGER t BEFORE INSERT ON x FOR EACH ROW\nBEGIN\n  SET NEW.a = 1;\nEND");
    expect(query?.text).toBe("SELECT a FROM x");
    const body = trigger?.statement.kind === "CreateTrigger" ? trigger.statement.body : undefined;
    const set = body?.kind === "Block" ? body.body[0] : undefined;
    expect(set && script.slice(set.start, set.end)).toBe("SET NEW.a = 1");
  });

  it("keeps an unterminated string to the end, for the parser to report", () => {
    expect(texts("SELECT 'a; SELECT 2")).toEqual(["SELECT 'a; SELECT 2"]);
  });
});
