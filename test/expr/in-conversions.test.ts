// How often `x IN (list)` converts a string to a number, counted by its 1292 warnings (Item_func_in: the left operand
// once per comparison type, an all-constant list once each time the statement is resolved).
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

  it("converts once per connection when a procedure runs the statement again: it stays resolved", () => {
    const sql = `CREATE DATABASE d; USE d;
DELIMITER $$
CREATE PROCEDURE p() BEGIN DECLARE i INT DEFAULT 0;
  WHILE i < 2 DO SELECT 0 IN ('a', 'b') AS x; SHOW WARNINGS; SET i = i + 1; END WHILE; END$$
DELIMITER ;
CALL p(); CALL p();`;
    expect(warningsAfter(sql)).toEqual([[bad("a"), bad("b")], [], [], []]);
  });

  it("evaluates an all-constant list when the statement is resolved, before any row", () => {
    const out = (sql: string) => runOnSpbed(`CREATE DATABASE d; USE d; CREATE TABLE e (id INT PRIMARY KEY); ${sql}`);
    const overflow = {
      error: {
        errno: 1690,
        sqlstate: "22003",
        message: "BIGINT UNSIGNED value is out of range in '(0 - 18446744073709551615)'",
      },
    };
    expect(out("SELECT IF(1, 0.5, 9 IN (NULL, 0 - 18446744073709551615)) AS c;").at(-1)).toEqual(overflow);
    expect(out("SELECT id FROM e WHERE id IN (1, 0 - 18446744073709551615);").at(-1)).toEqual(overflow);
    // Two comparison types (INT, DECIMAL): compared in order, the first item matches.
    expect(out("SELECT 1 IN (1, 2.5, 0 - 18446744073709551615) AS c;").at(-1)).toEqual({
      columns: ["c"],
      rows: [["1"]],
    });
  });

  it("resolves a stored program's statement only when it first runs", () => {
    const sql = `CREATE DATABASE d; USE d;
DELIMITER $$
CREATE PROCEDURE p(x INT) BEGIN
  IF x THEN SELECT 1 IN (1, 0 - 18446744073709551615) AS c; END IF;
  SELECT 'after' AS a; END$$
DELIMITER ;
CALL p(0); CALL p(1); CALL p(1);`;
    const records = runOnSpbed(sql, { force: true });
    expect(records.slice(-3).map((r) => ("error" in r ? r.error.errno : r.rows))).toEqual([[["after"]], 1690, 1690]);
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
