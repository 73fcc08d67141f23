import { describe, expect, it } from "vitest";
import { toDecimal, toDouble, toInteger, toNumeric, toText, truth } from "../../src/values/coerce.ts";
import { formatDouble } from "../../src/values/numtext.ts";
import { render } from "../../src/values/render.ts";
import { Decimal, Double } from "../../src/values/value.ts";
import { testContext, testSession } from "../support/session.ts";

// Recorded on MariaDB 10.11 with `SELECT <literal>` (MySQL 8 shares my_gcvt for doubles).
const DOUBLES: [string, string][] = [
  ["1e20", "1e20"],
  ["0.1", "0.1"],
  ["0.3333333333333333", "0.3333333333333333"],
  ["1e301", "1e301"],
  ["2e-7", "0.0000002"],
  ["123456789012345678", "1.2345678901234568e17"],
  ["1e15", "1e15"],
  ["1e14", "100000000000000"],
  ["123456789012345", "123456789012345"],
  ["1234567890123456", "1.234567890123456e15"],
  ["1e-5", "0.00001"],
  ["1.5e-5", "0.000015"],
  ["0.000123456789012345678", "0.00012345678901234567"],
  ["1.7976931348623157e308", "1.7976931348623157e308"],
  ["5e-324", "5e-324"],
  ["-1.5", "-1.5"],
  ["100", "100"],
  ["0.14285714285714285", "0.14285714285714285"],
  ["1e-15", "0.000000000000001"],
  ["1e-16", "1e-16"],
  ["1.5e-15", "0.0000000000000015"],
  ["1.2345678901234567e-10", "0.00000000012345678901234568"],
  ["1.2345678901234567e-15", "0.0000000000000012345678901234568"],
  ["9.99e15", "9.99e15"],
  ["123456789012345.6", "123456789012345.6"],
  ["1.2345678901234567e15", "1234567890123456.8"],
];

describe("DOUBLE rendering", () => {
  it.each(DOUBLES)("%s renders as %s", (literal, text) => {
    const x = Number(literal);
    expect(formatDouble(x)).toBe(text);
    expect(render(new Double(x))).toBe(text);
  });
});

describe("render", () => {
  it("renders integers, decimals, NULL", () => {
    expect(render(null)).toBeNull();
    expect(render(1)).toBe("1");
    expect(render(new Decimal(35000n, 4))).toBe("3.5000");
    expect(render(new Decimal(-5n, 3))).toBe("-0.005");
    expect(render(18446744073709551615n)).toBe("18446744073709551615");
    expect(toText(new Decimal(10n, 2))).toBe("0.10");
  });
});

describe("string to number", () => {
  // MariaDB: SELECT '12abc'+0, ''+0, ' 1 '+0, '1e5x'+0, '.5'+0, '-'+0, '0x10'+0, '1e'+0, 'abc'+0
  const cases: [string, number, boolean][] = [
    ["12abc", 12, true],
    ["", 0, true],
    [" 1 ", 1, false],
    ["1e5x", 100000, true],
    [".5", 0.5, false],
    ["-", 0, true],
    ["0x10", 0, true],
    ["1e", 1, true],
    ["abc", 0, true],
  ];
  it.each(cases)("%j → %d (warns: %s)", (s, n, warns) => {
    const session = testSession();
    const ctx = testContext(session);
    expect(toDouble(s, ctx)).toBe(n);
    expect(toNumeric(s, ctx)).toEqual(new Double(n));
    const expected = warns
      ? [{ level: "Warning", errno: 1292, sqlstate: "22007", message: `Truncated incorrect DOUBLE value: '${s}'` }]
      : [];
    expect(session.warnings).toEqual([...expected, ...expected]);
  });

  it("integer context reads sign and digits only", () => {
    const session = testSession();
    const ctx = testContext(session);
    expect(toInteger("12abc", ctx)).toBe(12);
    expect(toInteger("1.9", ctx)).toBe(1);
    expect(toInteger(" 12 ", ctx)).toBe(12);
    expect(toInteger("1e3", ctx)).toBe(1);
    expect(toInteger("99999999999999999999", ctx)).toBe(-1);
    expect(session.warnings.map((w) => w.message)).toEqual([
      "Truncated incorrect INTEGER value: '12abc'",
      "Truncated incorrect INTEGER value: '1.9'",
      "Truncated incorrect INTEGER value: '1e3'",
      "Truncated incorrect INTEGER value: '99999999999999999999'",
    ]);
  });

  it("double to integer rounds half to even, decimal half away from zero", () => {
    const ctx = testContext();
    expect(toInteger(new Double(2.5), ctx)).toBe(2);
    expect(toInteger(new Double(-1.5), ctx)).toBe(-2);
    expect(toInteger(new Decimal(15n, 1), ctx)).toBe(2);
    expect(toInteger(new Decimal(-25n, 1), ctx)).toBe(-3);
  });

  it("decimal context keeps exponents", () => {
    const session = testSession();
    const ctx = testContext(session);
    expect(toDecimal("1e2", ctx)).toEqual(new Decimal(100n, 0));
    expect(toDecimal("1.5abc", ctx)).toEqual(new Decimal(15n, 1));
    expect(session.warnings.map((w) => w.message)).toEqual(["Truncated incorrect DECIMAL value: '1.5abc'"]);
  });
});

describe("truth", () => {
  it("is three-valued", () => {
    const ctx = testContext();
    expect(truth(null, ctx)).toBeNull();
    expect(truth(0, ctx)).toBe(false);
    expect(truth(new Decimal(1n, 4), ctx)).toBe(true);
    expect(truth("0.0", ctx)).toBe(false);
    expect(truth("a", ctx)).toBe(false);
  });
});
