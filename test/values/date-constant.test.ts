import { describe, expect, test } from "vitest";
import { runOnSpbed } from "../../src/diff/spbed.ts";
import { readsAsDate } from "../../src/values/date-constant.ts";

const STRICT = "ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO";

describe("readsAsDate: what str_to_datetime accepts for a comparison with a DATE", () => {
  test("relaxed separators, digit runs and times are dates", () => {
    for (const s of [
      "2024-01-05",
      "2024-1-5",
      "2004#08#15",
      " 2024/01/05",
      "20240105",
      "240105",
      "2024-01-05 10:00:00.5",
    ])
      expect(readsAsDate(s, STRICT), s).toBe(true);
    expect(readsAsDate("20240105103000", STRICT)).toBe(true);
  });

  test("text, impossible days and out-of-range parts are not", () => {
    for (const s of ["not a date", "", "2024-02-30", "2024-13-01", "2024-01-05 24:00:00", "2024", "2024-01"])
      expect(readsAsDate(s, STRICT), s).toBe(false);
  });

  test("zero dates and zero parts follow NO_ZERO_DATE, NO_ZERO_IN_DATE and ALLOW_INVALID_DATES", () => {
    expect(readsAsDate("0000-00-00", STRICT)).toBe(false);
    expect(readsAsDate("0000-00-00", "")).toBe(true);
    expect(readsAsDate("2024-00-05", STRICT)).toBe(false);
    expect(readsAsDate("2024-00-05", "NO_ZERO_DATE")).toBe(true);
    expect(readsAsDate("2024-02-30", "ALLOW_INVALID_DATES")).toBe(true);
    expect(readsAsDate("2024-02-32", "ALLOW_INVALID_DATES")).toBe(false);
  });
});

describe("a DATE compared with a constant that is not a date", () => {
  const setup =
    "CREATE DATABASE dc; USE dc; CREATE TABLE t (id INT PRIMARY KEY, d DATE, dt DATETIME);" +
    "INSERT INTO t VALUES (1, '2024-01-05', '2024-01-05 10:00:00');";

  test("is error 1525 after warning 1292 naming the column, as MySQL 8.0.16+ answers", () => {
    const records = runOnSpbed(`${setup} SELECT id FROM t WHERE d = 'not a date'; SHOW WARNINGS;`, { force: true });
    expect(records.at(-2)).toEqual({
      error: { errno: 1525, sqlstate: "HY000", message: "Incorrect DATE value: 'not a date'" },
    });
    expect(records.at(-1)).toEqual({
      columns: ["Level", "Code", "Message"],
      rows: [
        ["Warning", "1292", "Incorrect date value: 'not a date' for column 'd' at row 1"],
        ["Error", "1525", "Incorrect DATE value: 'not a date'"],
      ],
    });
  });

  test("names TIMESTAMP for a TIMESTAMP column or variable, warning about a datetime", () => {
    const records = runOnSpbed(
      "CREATE DATABASE tc; USE tc; CREATE TABLE t (id INT PRIMARY KEY, ts TIMESTAMP NULL);" +
        "SELECT id FROM t WHERE ts = 'not a date'; SHOW WARNINGS;" +
        "\nDELIMITER //\nCREATE PROCEDURE p() BEGIN DECLARE v TIMESTAMP; SELECT v < 'nope'; END//\nDELIMITER ;\nCALL p();",
      { force: true },
    );
    expect(records.at(-2)).toEqual({
      columns: ["Level", "Code", "Message"],
      rows: [
        ["Warning", "1292", "Incorrect datetime value: 'not a date' for column 'ts' at row 1"],
        ["Error", "1525", "Incorrect TIMESTAMP value: 'not a date'"],
      ],
    });
    expect(records.at(-1)).toEqual({
      error: { errno: 1525, sqlstate: "HY000", message: "Incorrect TIMESTAMP value: 'nope'" },
    });
  });

  test("names DATETIME for a DATETIME operand and has no column for an expression", () => {
    const records = runOnSpbed(`${setup} SELECT id FROM t WHERE DATE(dt) < '2024-02-30'; SHOW WARNINGS;`, {
      force: true,
    });
    expect(records.at(-1)).toEqual({
      columns: ["Level", "Code", "Message"],
      rows: [
        ["Warning", "1292", "Truncated incorrect date value: '2024-02-30'"],
        ["Error", "1525", "Incorrect DATE value: '2024-02-30'"],
      ],
    });
    const dt = runOnSpbed(`${setup} SELECT id FROM t WHERE '' <> dt;`, { force: true });
    expect(dt.at(-1)).toEqual({ error: { errno: 1525, sqlstate: "HY000", message: "Incorrect DATETIME value: ''" } });
  });

  test("relaxed and digit-run constants compare as dates, fractions by value (not as DOUBLE with warnings)", () => {
    const r = runOnSpbed(
      "CREATE DATABASE dr; USE dr; CREATE TABLE t (id INT PRIMARY KEY, d DATE, dt DATETIME, f DATETIME(2));" +
        "INSERT INTO t VALUES (1, '2024-01-05', NULL, '2024-01-05 10:00:00.5'), (2, '2024-02-29', '2024-02-29', NULL);" +
        "SELECT id FROM t WHERE d = '2024#01#05'; SELECT id FROM t WHERE d = '20240229'; SELECT id FROM t WHERE d < '240101';" +
        "SELECT id FROM t WHERE f = '2024-01-05 10:00:00.50'; SELECT id FROM t WHERE dt = '20240229000000.0'; SHOW WARNINGS;",
      { force: true },
    );
    expect(r.slice(-6).map((x) => ("rows" in x ? x.rows.flat() : x))).toEqual([["1"], ["2"], [], ["1"], ["2"], []]);
  });

  test("a date constant compares without a warning, and the zero date passes once sql_mode allows it", () => {
    const ok = runOnSpbed(`${setup} SELECT id FROM t WHERE d = '2024-1-5'; SHOW WARNINGS;`, { force: true });
    expect(ok.slice(-2)).toEqual([
      { columns: ["id"], rows: [["1"]] },
      { columns: ["Level", "Code", "Message"], rows: [] },
    ]);
    const zero = runOnSpbed(`${setup} SET sql_mode = ''; SELECT id FROM t WHERE d > '0000-00-00';`, { force: true });
    expect(zero.at(-1)).toEqual({ columns: ["id"], rows: [["1"]] });
  });

  test("is checked when the statement is resolved: an empty table or a branch never taken fails too", () => {
    const refused = { error: { errno: 1525, sqlstate: "HY000", message: "Incorrect DATE value: 'not a date'" } };
    const empty = runOnSpbed(`${setup} DELETE FROM t; SELECT id FROM t WHERE d = 'not a date';`, { force: true });
    expect(empty.at(-1)).toEqual(refused);
    const branch = runOnSpbed(`${setup} SELECT IF(1, 'ok', (SELECT COUNT(*) FROM t WHERE d = 'not a date')) AS c;`, {
      force: true,
    });
    expect(branch.at(-1)).toEqual(refused);
  });

  test("a stored program's statement is checked when it first runs, so a branch never taken does not fail", () => {
    const sql = `${setup}
DELIMITER $$
CREATE PROCEDURE p(x INT) BEGIN IF x THEN SELECT id FROM t WHERE d = 'not a date'; END IF; SELECT 'after' AS a; END$$
DELIMITER ;
CALL p(0); CALL p(1);`;
    const records = runOnSpbed(sql, { force: true });
    expect(records.slice(-2)).toEqual([
      { columns: ["a"], rows: [["after"]] },
      { error: { errno: 1525, sqlstate: "HY000", message: "Incorrect DATE value: 'not a date'" } },
    ]);
  });
});
