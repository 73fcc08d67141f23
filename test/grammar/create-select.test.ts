// CREATE TABLE ... SELECT in the grammar and the printer.

import { describe, expect, it } from "vitest";
import { parseStatement } from "../../src/parse.ts";
import { printStatement } from "../../src/print.ts";
import { strip } from "./helpers.ts";

describe("CREATE TABLE ... SELECT", () => {
  it("takes definitions, IGNORE and AS before the query", () => {
    expect(strip(parseStatement("CREATE TABLE t4 (PRIMARY KEY (a)) IGNORE AS SELECT 1 AS a"))).toMatchObject({
      kind: "CreateTable",
      columns: [],
      indexes: [{ kind: "IndexDef", type: "PRIMARY", columns: ["a"] }],
      onDuplicate: "IGNORE",
      select: { kind: "Select", items: [{ kind: "SelectItem", alias: "a" }] },
    });
  });

  it("takes table options and REPLACE without definitions", () => {
    expect(
      strip(parseStatement("CREATE TEMPORARY TABLE IF NOT EXISTS t5 ENGINE=InnoDB REPLACE SELECT * FROM t")),
    ).toMatchObject({
      kind: "CreateTable",
      temporary: true,
      ifNotExists: true,
      options: [{ kind: "TableOption", name: "ENGINE", value: "InnoDB" }],
      onDuplicate: "REPLACE",
      select: { kind: "Select", from: [{ kind: "TableName" }] },
    });
  });

  it("leaves a plain CREATE TABLE without a query", () => {
    const s = parseStatement("CREATE TABLE t (a INT)");
    expect(s.kind === "CreateTable" && s.select).toBe(undefined);
  });

  it.each([
    "CREATE TABLE t SELECT 1",
    "CREATE TABLE t (a INT, KEY (b)) REPLACE SELECT 1 AS b",
    "CREATE TABLE t COMMENT='c' IGNORE SELECT x FROM u UNION SELECT 2",
  ])("prints %s back to the same statement", (sql) => {
    const once = parseStatement(sql);
    expect(strip(parseStatement(printStatement(once)))).toEqual(strip(once));
  });
});
