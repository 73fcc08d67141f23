// User variables are typed when the statement reading them is compiled (MySQL's Item_func_get_user_var::resolve_type);
// see src/compile/user-vars.ts and the corpus case vars/user_variable_types.

import { describe, expect, it } from "vitest";
import { readAs, T_USER_DECIMAL, UserVariables } from "../../src/compile/user-vars.ts";
import { type Client, Spbed } from "../../src/session/run.ts";
import { render } from "../../src/values/render.ts";
import { Decimal, Double } from "../../src/values/value.ts";

function connect(): Client {
  const client = new Spbed().connect();
  client.exec("CREATE DATABASE d; USE d");
  return client;
}

/** The rows of the last result set `sql` produced, rendered as the text protocol sends them. */
function rows(client: Client, sql: string): (string | null)[][] {
  const sets = client.exec(sql).flatMap((o) => o.resultSets);
  return (sets[sets.length - 1]?.rows ?? []).map((r) => r.map(render));
}

describe("the type an entry keeps", () => {
  it("follows the value: BIGINT, DECIMAL(65,30), DOUBLE, the string's collation; unset is typed by context", () => {
    const vars = new UserVariables();
    vars.assign("i", 7, { kind: "int", unsigned: false });
    vars.assign("u", 7, { kind: "int", unsigned: true });
    vars.assign("c", new Decimal(150n, 2), { kind: "decimal", scale: 2 });
    vars.assign("d", new Double(2.5), { kind: "double" });
    vars.assign("s", "abc", { kind: "string", collation: "utf8mb4_bin", binary: false });
    expect(vars.typeOf("i")).toEqual({ kind: "int", unsigned: false });
    expect(vars.typeOf("u")).toEqual({ kind: "int", unsigned: true });
    expect(vars.typeOf("c")).toEqual(T_USER_DECIMAL);
    expect(vars.typeOf("d")).toEqual({ kind: "double" });
    expect(vars.typeOf("s")).toEqual({ kind: "string", collation: "utf8mb4_bin", binary: false });
    expect(vars.typeOf("never")).toEqual({ kind: "any" });
  });

  it("a NULL literal keeps the type, a typed NULL takes its expression's, a new variable set to NULL is binary", () => {
    const vars = new UserVariables();
    vars.assign("i", 7, { kind: "int", unsigned: false });
    vars.assign("i", null, { kind: "null" });
    expect(vars.typeOf("i")).toEqual({ kind: "int", unsigned: false });
    vars.assign("i", null, { kind: "decimal", scale: 2 });
    expect(vars.typeOf("i")).toEqual(T_USER_DECIMAL);
    vars.assign("n", null, { kind: "null" });
    expect(vars.typeOf("n")).toEqual({ kind: "string", collation: "binary", binary: true });
  });

  it("a value assigned after the statement was compiled is read converted, as user_var_entry does", () => {
    const int = { kind: "int", unsigned: false } as const;
    expect(readAs("test", int)).toBe(0);
    expect(readAs("12abc", int)).toBe(12);
    expect(readAs(new Double(2.9), int)).toBe(2);
    expect(readAs(new Decimal(25n, 1), int)).toBe(3);
    expect(readAs(7, T_USER_DECIMAL)).toEqual(new Decimal(7n, 0));
    expect(readAs(new Decimal(25n, 1), { kind: "string", collation: "utf8mb4_0900_ai_ci", binary: false })).toBe("2.5");
  });
});

describe("statements", () => {
  it("a variable changed inside a statement is read as the type it had when the statement started", () => {
    const client = connect();
    client.exec("SET @g = 1");
    expect(rows(client, "SELECT @g, @g := 'test', @g")).toEqual([["1", "test", "0"]]);
    expect(rows(client, "SELECT @g")).toEqual([["test"]]);
  });

  it("a DECIMAL variable shows its own digits alone and its type's 30 in arithmetic", () => {
    const client = connect();
    client.exec("SET @c = 1.50");
    expect(rows(client, "SELECT @c, @c + 0, CONCAT(@c)")).toEqual([["1.50", `1.5${"0".repeat(29)}`, "1.50"]]);
  });

  it("an integer variable makes a CASE a BIGINT, so COALESCE with a DECIMAL(2,1) shows one decimal", () => {
    const client = connect();
    client.exec("SET @v1 = 7");
    const sql = "SELECT COALESCE(CASE WHEN 0 THEN 9223372036854775807 WHEN 0.5 THEN @v1 END, TRUE, 0.5)";
    expect(rows(client, sql)).toEqual([["7.0"]]);
  });

  it("a top-level SET computes every value before it assigns any", () => {
    const client = connect();
    client.exec("SET @q = 'x'");
    expect(rows(client, "SET @q = 3, @r = CONCAT(@q, 'y'); SELECT @q, @r")).toEqual([["3", "xy"]]);
  });

  it("a procedure keeps the types of its first CALL", () => {
    const client = connect();
    client.exec(
      "DELIMITER $$\nCREATE PROCEDURE p() BEGIN DECLARE v DOUBLE; SET v = @x / 2; SELECT @x / 2, v; END$$\nDELIMITER ;",
    );
    client.exec("SET @x = 7");
    expect(rows(client, "CALL p()")).toEqual([["3.5000", "3.5"]]);
    client.exec("SET @x = 2.5e0");
    expect(rows(client, "CALL p()")).toEqual([["1.0000", "1"]]);
    // Creating or dropping any routine empties MySQL's routine cache: the next CALL resolves the types again.
    client.exec("CREATE PROCEDURE other() SELECT 1");
    expect(rows(client, "CALL p()")).toEqual([["1.25", "1.25"]]);
    client.exec("SET @x = 7");
    expect(rows(client, "CALL p()")).toEqual([["3.5", "3.5"]]);
  });
});
