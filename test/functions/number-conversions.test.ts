// Numbers turned into integers or digits by CONV, BIN, HEX and LOG2 as MySQL 8 does it: CONV reads a number's text
// (Item_func_conv), HEX prints val_int() (Item_func_hex), and LOG2 is the correctly rounded std::log2.
import { describe, expect, it } from "vitest";
import { compileExpr, emptyScope } from "../../src/compile/expr.ts";
import { log2 } from "../../src/functions/log2.ts";
import { parseExpression } from "../../src/parse.ts";
import { render } from "../../src/values/render.ts";
import { testContext } from "../support/session.ts";

function show(sql: string): string | null {
  return render(compileExpr(parseExpression(sql), emptyScope, { divPrecisionIncrement: 4 }).eval(testContext()));
}

describe("CONV and BIN read a number's text", () => {
  it.each([
    ["CONV(12.9, 10, 2)", "1100"],
    ["CONV(-0.5, 10, 10)", "0"],
    ["CONV(12.9, 16, 10)", "18"],
    ["CONV(1e3, 10, 16)", "3E8"],
    ["CONV(-1, 10, 16)", "FFFFFFFFFFFFFFFF"],
    ["CONV(DATE '2024-01-02', 10, 10)", "2024"],
    ["BIN(12.7)", "1100"],
  ])("%s is %s", (sql, text) => {
    expect(show(sql)).toBe(text);
  });
});

describe("HEX of a number is its val_int()", () => {
  it.each([
    ["HEX(2.5e0)", "2"],
    ["HEX(3.5e0)", "4"],
    ["HEX(2.5)", "3"],
    ["HEX(-1.5e0)", "FFFFFFFFFFFFFFFE"],
    ["HEX(1e20)", "7FFFFFFFFFFFFFFF"],
    ["HEX(99999999999999999999)", "FFFFFFFFFFFFFFFF"],
    ["HEX(-99999999999999999999)", "8000000000000000"],
    ["HEX(255)", "FF"],
    ["HEX(DATE '2024-01-02')", "323032342D30312D3032"],
  ])("%s is %s", (sql, text) => {
    expect(show(sql)).toBe(text);
  });
});

describe("LOG2", () => {
  it.each([
    ["LOG2(3)", "1.584962500721156"],
    // V8's Math.log2 gives 10.425215903299385 here, one ulp above glibc's (and the true value's nearest double).
    ["LOG2(1375)", "10.425215903299383"],
    ["LOG2(8)", "3"],
    ["LOG2(0.125)", "-3"],
  ])("%s is %s", (sql, text) => {
    expect(show(sql)).toBe(text);
  });

  it("is exact at powers of two, subnormals included, and rounds other values correctly", () => {
    expect(log2(2 ** -1074)).toBe(-1074);
    expect(log2(2 ** 1023)).toBe(1023);
    expect(log2(Number.MAX_VALUE)).toBe(1024);
    expect(log2(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
    // log2(10) = 3.32192809488736234787..., whose nearest double prints as 3.321928094887362.
    expect(log2(10)).toBe(3.321928094887362);
  });
});
