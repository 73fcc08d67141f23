// @@warning_count / @@error_count and SHOW COUNT(*) WARNINGS|ERRORS (MySQL 8: Diagnostics_area::reset_condition_info
// saves the counts for a statement that reads the variables, mysql-test wl5928.result).

import { describe, expect, it } from "vitest";
import { SqlError } from "../../src/errors.ts";
import { type Client, Spbed } from "../../src/session/run.ts";

function connect(): Client {
  const client = new Spbed().connect();
  client.exec("CREATE DATABASE d; USE d; CREATE TABLE t (a INT NOT NULL)");
  return client;
}

function rows(client: Client, sql: string): unknown[][] {
  const sets = client.exec(sql).flatMap((o) => o.resultSets);
  return (sets[sets.length - 1]?.rows ?? []) as unknown[][];
}

function errnoOf(client: Client, sql: string): number | undefined {
  const [r] = client.run(sql);
  return r !== undefined && !r.ok && r.error instanceof SqlError ? r.error.errno : undefined;
}

describe("@@warning_count and @@error_count", () => {
  it("count the previous statement's conditions, and reading them clears the area", () => {
    const client = connect();
    client.exec("SELECT 1/0, CAST('x' AS SIGNED)");
    expect(rows(client, "SELECT @@warning_count, @@error_count")).toEqual([[2, 0]]);
    expect(rows(client, "SELECT @@warning_count")).toEqual([[0]]);
    expect(rows(client, "SHOW WARNINGS")).toEqual([]);
  });

  it("count an error that ended the statement", () => {
    const client = connect();
    client.run("INSERT INTO t VALUES (NULL)");
    expect(rows(client, "SELECT @@session.error_count, @@warning_count")).toEqual([[1, 1]]);
  });

  it("count conditions max_error_count did not keep", () => {
    const client = connect();
    client.exec("SET max_error_count = 1");
    client.exec("SELECT CAST('1x' AS SIGNED), CAST('2x' AS SIGNED), CAST('3x' AS SIGNED)");
    expect(rows(client, "SHOW COUNT(*) WARNINGS")).toEqual([[3]]);
    expect(rows(client, "SHOW WARNINGS")).toHaveLength(1);
  });

  it("are session-only and read only", () => {
    const client = connect();
    expect(errnoOf(client, "SELECT @@global.warning_count")).toBe(1238);
    expect(errnoOf(client, "SET @@error_count = 1")).toBe(1238);
  });

  it("in a routine's expression instruction read the counts the routine's last reading statement saved", () => {
    const client = connect();
    client.exec(`DELIMITER $$
      CREATE PROCEDURE p() BEGIN
        DECLARE v INT;
        SELECT CAST('1x' AS SIGNED) INTO @x;
        SET v = @@warning_count;
        SELECT v AS by_set;
        SELECT CAST('1x' AS SIGNED) INTO @x;
        SELECT @@warning_count AS by_select;
      END$$`);
    const sets = client.exec("CALL p()").flatMap((o) => o.resultSets);
    expect(sets.map((s) => s.rows)).toEqual([[[0]], [[1]]]);
  });
});

describe("SHOW COUNT(*) WARNINGS|ERRORS", () => {
  it("is a diagnostics statement: it keeps the area (wl5928: GET DIAGNOSTICS still sees the error)", () => {
    const client = connect();
    client.run("INSERT INTO t VALUES (NULL)");
    const [set] = client.exec("SHOW COUNT(*) ERRORS")[0]?.resultSets ?? [];
    expect(set?.columns).toEqual(["@@session.error_count"]);
    expect(set?.rows).toEqual([[1]]);
    expect(rows(client, "SHOW COUNT(*) WARNINGS")).toEqual([[1]]);
    client.exec("GET DIAGNOSTICS @n = NUMBER");
    expect(client.connection.userVars.get("n")).toBe(1);
  });
});

describe("SHOW WARNINGS in a procedure", () => {
  it("leaves ROW_COUNT() -1", () => {
    const client = connect();
    client.exec(
      "DELIMITER $$\nCREATE PROCEDURE p() BEGIN INSERT INTO t VALUES (1), (2); SHOW WARNINGS; SELECT ROW_COUNT(); END$$",
    );
    const sets = client.exec("CALL p()").flatMap((o) => o.resultSets);
    expect(sets[1]?.rows).toEqual([[-1]]);
  });
});
