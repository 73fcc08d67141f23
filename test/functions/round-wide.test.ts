// ROUND of an integer argument with 19 or more digits rounds as DECIMAL (Item_func_round::resolve_type), so a result
// past the BIGINT range is a number, not 1690. Expectations recorded on MariaDB 10.11 (same rule in MySQL 8).
import { describe, expect, test } from "vitest";
import { evaluateSql } from "./support.ts";

describe("ROUND of wide integers", () => {
  test.each([
    ["ROUND(9223372036854775807, -1)", "9223372036854775810"],
    ["ROUND(18446744073709551615, -1)", "18446744073709551620"],
    ["ROUND(-9223372036854775808, -1)", "-9223372036854775810"],
    ["ROUND(-9223372036854775807, -2)", "-9223372036854775800"],
    ["ROUND(9223372036854775807, -1) + 0.5", "9223372036854775810.5"],
    ["TRUNCATE(9223372036854775807, -1)", "9223372036854775800"],
    ["ROUND(CAST(18446744073709551615 AS UNSIGNED), -3)", "18446744073709552000"],
    ["ROUND(9223372036854775807, -19)", "10000000000000000000"],
    ["ROUND(9223372036854775807, -20)", "0"],
    ["ROUND(1234, -2)", "1200"],
  ])("%s is %s", (sql, expected) => {
    expect(evaluateSql(sql)).toEqual({ result: expected, warnings: [] });
  });
});

describe("ROUND and TRUNCATE to constant places", () => {
  test.each([
    ["CASE WHEN 0.5 THEN ROUND(0.5, 0) WHEN 1 THEN 0 END", "1"],
    ["IF(1, ROUND(2.345, 2), 7)", "2.35"],
    ["IF(1, ROUND(2.345, 1), 1.25)", "2.30"],
    ["COALESCE(TRUNCATE(2.345, 1), 1)", "2.3"],
    ["CASE WHEN 1 THEN ROUND(5.55, -1) ELSE 2 END", "10"],
  ])("%s is %s (the branch type has the requested decimals)", (sql, expected) => {
    expect(evaluateSql(sql)).toEqual({ result: expected, warnings: [] });
  });
});
