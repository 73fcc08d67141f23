import { describe, expect, it } from "vitest";
import { formatTable } from "../../src/session/output.ts";
import { runScript, Spbed } from "../../src/session/run.ts";
import { render } from "../../src/values/render.ts";

const run = (text: string, force = false) => runScript({ name: "t.sql", text }, { force });

describe("runScript: the jsonl contract", () => {
  it("prints one record per result set, values as the text protocol renders them", () => {
    // Recorded on MariaDB 10.11: SELECT 7/2, 1e2, TRUE, NULL → 3.5000, 100, 1, NULL.
    expect(run("SELECT 7/2, 1e2, TRUE, NULL").records).toEqual([
      { columns: ["7/2", "1e2", "TRUE", "NULL"], rows: [["3.5000", "100", "1", null]] },
    ]);
  });

  it("prints nothing for statements without a result set", () => {
    expect(run("SET @a = 1; DO 1; CREATE DATABASE d; SELECT @a").records).toEqual([{ columns: ["@a"], rows: [["1"]] }]);
  });

  it("stops at the first error without force, with MySQL's errno, SQLSTATE and message", () => {
    const report = run("SELECT 1; SIGNAL SQLSTATE '45000'; SELECT 2");
    expect(report.ok).toBe(false);
    expect(report.records).toEqual([
      { columns: ["1"], rows: [["1"]] },
      { error: { errno: 1644, sqlstate: "45000", message: "Unhandled user-defined exception condition" } },
    ]);
  });

  it("goes on after errors with force", () => {
    const report = run("SELECT nope; SELECT 2", true);
    expect(report.ok).toBe(false);
    expect(report.records).toEqual([
      { error: { errno: 1054, sqlstate: "42S22", message: "Unknown column 'nope' in 'field list'" } },
      { columns: ["2"], rows: [["2"]] },
    ]);
  });

  it("prints every result set of a CALL, in order", () => {
    const text = `CREATE DATABASE d; USE d;
DELIMITER $$
CREATE PROCEDURE p() BEGIN SELECT 1 AS a; SELECT 'x' AS b; END$$
DELIMITER ;
CALL p()`;
    expect(run(text).records).toEqual([
      { columns: ["a"], rows: [["1"]] },
      { columns: ["b"], rows: [["x"]] },
    ]);
  });

  it("reports a syntax error as errno 1064 for its own statement only", () => {
    const report = run("SELECT 1;\nSELEC 2;\nSELECT 3;");
    expect(report.ok).toBe(false);
    expect(report.records).toHaveLength(2);
    expect(report.records[1]).toMatchObject({ error: { errno: 1064, sqlstate: "42000" } });
    expect(run("SELECT 1;\nSELEC 2;\nSELECT 3;", true).records[2]).toEqual({ columns: ["3"], rows: [["3"]] });
  });

  it("starts every run from an empty server", () => {
    expect(run("CREATE DATABASE d").ok).toBe(true);
    expect(run("CREATE DATABASE d").ok).toBe(true);
  });
});

describe("Client", () => {
  it("keeps the diagnostics area for SHOW WARNINGS and clears it for other statements", () => {
    const client = new Spbed().connect();
    client.exec("SELECT 1/0");
    const [warnings] = client.exec("SHOW WARNINGS");
    expect(warnings?.resultSets[0]?.rows).toEqual([["Warning", 1365, "Division by 0"]]);
    client.exec("SELECT 1");
    const [none] = client.exec("SHOW WARNINGS");
    expect(none?.resultSets[0]?.rows).toEqual([]);
  });

  it("runs stored functions from expressions and triggers on inserts", () => {
    const client = new Spbed().connect();
    client.exec(`CREATE DATABASE d; USE d; CREATE TABLE t (a INT, b INT);
DELIMITER $$
CREATE FUNCTION twice(x INT) RETURNS INT DETERMINISTIC RETURN x * 2$$
CREATE TRIGGER bi BEFORE INSERT ON t FOR EACH ROW SET NEW.b = twice(NEW.a)$$
DELIMITER ;
INSERT INTO t (a) VALUES (21)`);
    const [result] = client.exec("SELECT a, b FROM t");
    expect(result?.resultSets[0]?.rows).toEqual([[21, 42]]);
  });

  it("SET timestamp fixes NOW() on the simulated clock", () => {
    const client = new Spbed().connect();
    client.exec("SET timestamp = 1537883722");
    const [result] = client.exec("SELECT NOW(), UNIX_TIMESTAMP()");
    expect(result?.resultSets[0]?.rows.map((r) => r.map(render))).toEqual([["2018-09-25 13:55:22", "1537883722"]]);
  });
});

describe("table output", () => {
  it("draws the mysql client's box with numbers aligned right", () => {
    const client = new Spbed().connect();
    const [result] = client.exec("SELECT 1 AS n, 'ab' AS s, NULL AS z");
    const set = result?.resultSets[0];
    expect(set).toBeDefined();
    if (set === undefined) return;
    expect(formatTable(set)).toBe(
      "+---+----+------+\n| n | s  | z    |\n+---+----+------+\n| 1 | ab | NULL |\n+---+----+------+\n1 row in set\n",
    );
  });
});
