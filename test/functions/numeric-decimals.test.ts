// Numeric builtins through the parser and expression compiler: display decimals of DOUBLE results, and arguments read
// at a DECIMAL quotient's internal precision (val_decimal) rather than rounded for display. Expected texts were
// measured on MariaDB 10.11 and agree with MySQL 8's Item_func_round / Item_func_div / aggregate_float_properties.
import { describe, expect, it } from "vitest";
import { compileExpr, emptyScope } from "../../src/compile/expr.ts";
import { parseExpression } from "../../src/parse.ts";
import { render } from "../../src/values/render.ts";
import { testContext } from "../support/session.ts";

function show(sql: string): string | null {
  return render(compileExpr(parseExpression(sql), emptyScope, { divPrecisionIncrement: 4 }).eval(testContext()));
}

describe("DOUBLE display decimals", () => {
  it.each([
    ["ROUND(0.04e0, 1)", "0.0"],
    ["ROUND(1e0, 3)", "1.000"],
    ["ROUND(12345.678e0, -2)", "12300"],
    ["ROUND(PI(), 40)", "3.141592653589793"],
    ["TRUNCATE(1.25e0, 1)", "1.2"],
    ["ROUND('1.25', 1)", "1.2"],
    ["PI()", "3.141593"],
    ["-PI()", "-3.141593"],
    ["ABS(-PI())", "3.141593"],
    ["PI() + 1", "4.141593"],
    ["PI() + 1.25", "4.391593"],
    ["PI() + 1e0", "4.141592653589793"],
    ["PI() * PI()", "9.869604"],
    ["PI() / 3", "1.0471975512"],
    ["1 / PI()", "0.3183098862"],
    ["ROUND(1e0, 29) / 3", "0.3333333333333333"],
    ["ROUND(0.5e0, 1) * 0.25", "0.12"],
    ["MOD(PI(), 1)", "0.141593"],
    ["GREATEST(PI(), 4)", "4.000000"],
    ["LEAST(PI(), 1e0)", "1"],
    ["SQRT(2)", "1.4142135623730951"],
  ])("%s is %s", (sql, text) => {
    expect(show(sql)).toBe(text);
  });
});

describe("arguments at a quotient's internal precision", () => {
  it.each([
    ["ROUND(1/3, 6)", "0.333333"],
    ["TRUNCATE(1/3, 8)", "0.33333333"],
    ["ROUND(1/3, 20)", "0.33333333300000000000"],
    ["SQRT(1/3)", "0.5773502689009506"],
    ["POW(1/3, 1)", "0.333333333"],
    ["FLOOR(1/3*3)", "0"],
    ["CEIL(1/3*3)", "1"],
    ["SIGN(1/3 - 0.33333)", "1"],
    // A DECIMAL result is still shown at the function's scale.
    ["ABS(1/3)", "0.3333"],
    ["MOD(1/3, 1)", "0.3333"],
  ])("%s is %s", (sql, text) => {
    expect(show(sql)).toBe(text);
  });
});

describe("more numeric builtins", () => {
  it.each([
    ["ASIN(1)", "1.5707963267948966"],
    ["ASIN(1.0001)", null],
    ["ACOS(-2)", null],
    ["COT(1)", "0.6420926159343306"],
    ["BIT_COUNT(b'1011')", "3"],
    ["CONV('', 10, 2)", null],
    ["CONV('-9223372036854775809', -10, -10)", "-9223372036854775808"],
    ["RADIANS(1.5)", "0.026179938779914945"],
    ["ROUND(18446744073709551605, -1)", "18446744073709551610"],
    // MySQL 8 aggregates numbers and strings to VARCHAR and compares as strings.
    ["GREATEST(10, '9')", "9"],
    ["LEAST('abc', 5)", "5"],
    ["LEAST(2e0, '10')", "10"],
  ])("%s is %s", (sql, text) => {
    expect(show(sql)).toBe(text);
  });

  it("raises 1690 naming the call for COT(0)", () => {
    expect(() => show("COT(0)")).toThrow("DOUBLE value is out of range in 'cot(0)'");
  });
});
