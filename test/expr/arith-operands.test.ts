// Which operands an arithmetic operator reads (and converts) when one of them is NULL. Every expectation below was
// recorded on MariaDB 10.11 and matches MySQL 8's Item_func_plus/minus/mul/div/mod (real_op and int_op read both
// operands before the NULL test; decimal_op and DIV over non-integers stop at a NULL left operand).
import { describe, expect, it } from "vitest";
import { runScript } from "../../src/session/run.ts";

function warningsOf(expr: string): unknown {
  const report = runScript({ name: "t.sql", text: `SELECT ${expr}; SHOW WARNINGS` }, { force: true });
  return report.records[1];
}

const rows = (...w: [number, string][]) => ({
  columns: ["Level", "Code", "Message"],
  rows: w.map(([code, message]) => ["Warning", String(code), message]),
});

describe("arithmetic with a NULL operand", () => {
  it("still converts the other operand of + - * / %, whichever side the NULL is on", () => {
    expect(warningsOf("NULL + 'x'")).toEqual(rows([1292, "Truncated incorrect DOUBLE value: 'x'"]));
    expect(warningsOf("'x' % NULL")).toEqual(rows([1292, "Truncated incorrect DOUBLE value: 'x'"]));
    expect(warningsOf("NULL * 'y', NULL / 'w'")).toEqual(
      rows([1292, "Truncated incorrect DOUBLE value: 'y'"], [1292, "Truncated incorrect DOUBLE value: 'w'"]),
    );
  });

  it("still evaluates an integer right operand after a NULL (its warnings appear)", () => {
    expect(warningsOf("NULL + (5 DIV 0)")).toEqual(rows([1365, "Division by 0"]));
    expect(warningsOf("2 DIV (5 DIV 0)")).toEqual(rows([1365, "Division by 0"]));
  });

  it("converts the left operand before evaluating the right one", () => {
    expect(warningsOf("'x' + (5 DIV 0)")).toEqual(
      rows([1292, "Truncated incorrect DOUBLE value: 'x'"], [1365, "Division by 0"]),
    );
  });

  it("DIV reads a string as DECIMAL and does not read the right operand after a NULL left one", () => {
    expect(warningsOf("3 DIV 'x'")).toEqual(
      rows([1292, "Truncated incorrect DECIMAL value: 'x'"], [1365, "Division by 0"]),
    );
    expect(warningsOf("'v' DIV NULL")).toEqual(rows([1292, "Truncated incorrect DECIMAL value: 'v'"]));
    expect(warningsOf("NULL DIV 'v'")).toEqual({ columns: ["Level", "Code", "Message"], rows: [] });
  });

  it("makes a strict-mode assignment fail on the conversion even though the sum is NULL", () => {
    const text = `CREATE DATABASE d; USE d;
DELIMITER $$
CREATE PROCEDURE p() BEGIN DECLARE a INT DEFAULT 1; SET a = ('' + NULL); SELECT a; END$$
DELIMITER ;
CALL p()`;
    expect(runScript({ name: "t.sql", text }, { force: true }).records).toEqual([
      { error: { errno: 1292, sqlstate: "22007", message: "Truncated incorrect DOUBLE value: ''" } },
    ]);
  });
});
