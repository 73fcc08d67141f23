// How often `x IN (list)` converts a string to a number, counted by its 1292 warnings (Item_func_in: the left operand
// once per comparison type, an all-constant list once per statement execution).
import { describe, expect, it } from "vitest";
import { runOnSpbed } from "../../src/diff/spbed.ts";

/** The rows of SHOW WARNINGS after each statement of `sql` that is followed by one. */
function warningsAfter(sql: string): string[][] {
  return runOnSpbed(sql, { force: true })
    .filter((r) => "columns" in r && r.columns[0] === "Level")
    .map((r) => ("rows" in r ? r.rows.map((row) => String(row[2])) : []));
}

const bad = (s: string) => `Truncated incorrect DOUBLE value: '${s}'`;

describe("IN list conversions", () => {
  it("converts every string constant of a numeric IN list, even after a match", () => {
    expect(
      warningsAfter("SELECT 0 IN ('a', 'b'); SHOW WARNINGS; SELECT 0 NOT IN ('a', NULL, 'b'); SHOW WARNINGS;"),
    ).toEqual([
      [bad("a"), bad("b")],
      [bad("a"), bad("b")],
    ]);
  });

  it("converts the list once per statement, not once per row", () => {
    const sql =
      "SELECT n IN ('a', 'b') FROM (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 3) AS t; SHOW WARNINGS;";
    expect(warningsAfter(sql)).toEqual([[bad("a"), bad("b")]]);
  });

  it("converts again when a procedure runs the statement again", () => {
    const sql = `CREATE DATABASE d; USE d;
DELIMITER $$
CREATE PROCEDURE p() BEGIN DECLARE i INT DEFAULT 0;
  WHILE i < 2 DO SELECT 0 IN ('a', 'b') AS x; SHOW WARNINGS; SET i = i + 1; END WHILE; END$$
DELIMITER ;
CALL p();`;
    expect(warningsAfter(sql)).toEqual([
      [bad("a"), bad("b")],
      [bad("a"), bad("b")],
    ]);
  });

  it("converts a string operand once against a numeric list", () => {
    expect(warningsAfter("SELECT 'x' IN (1, 2, 3); SHOW WARNINGS;")).toEqual([[bad("x")]]);
  });

  it("compares a list of mixed comparison types in order, up to the first match", () => {
    expect(warningsAfter("SELECT 1 IN ('a', 1, 'b'); SHOW WARNINGS; SELECT 'x' IN ('x', 1); SHOW WARNINGS;")).toEqual([
      [bad("a")],
      [],
    ]);
  });
});
