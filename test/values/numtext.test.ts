// DOUBLE display decimals: MySQL prints a DOUBLE whose Item::decimals is below 31 with my_fcvt (PI() → 3.141593).
import { describe, expect, it } from "vitest";
import { formatDoubleFixed, formatDoubleValue, formatFloat } from "../../src/values/numtext.ts";
import { render } from "../../src/values/render.ts";
import { Double } from "../../src/values/value.ts";

describe("formatDoubleFixed (my_fcvt, dtoa mode 5)", () => {
  // Each pair measured on MariaDB 10.11 through an expression with those decimals (see cases/numeric/).
  it.each([
    [Math.PI, 6, "3.141593"],
    [0, 1, "0.0"],
    [1, 3, "1.000"],
    [12300, 0, "12300"],
    [1e20, 0, "100000000000000000000"],
    [1e20, 2, "100000000000000000000.00"],
    [1.5e-20, 25, "0.0000000000000000000150000"],
    [123456789012345660, 2, "123456789012345660.00"],
    [1.0471975511965976, 10, "1.0471975512"],
    [4.141592653589793, 6, "4.141593"],
  ])("%s with %i decimals is %s", (x, d, text) => {
    expect(formatDoubleFixed(x, d)).toBe(text);
  });

  it("pads the shortest digits and does not print the binary expansion of a large value", () => {
    expect(formatDoubleFixed(1e300, 2)).toBe(`1${"0".repeat(300)}.00`);
  });

  it("rounds an exact binary tie half to even", () => {
    expect(formatDoubleFixed(0.125, 2)).toBe("0.12");
    expect(formatDoubleFixed(0.375, 2)).toBe("0.38");
    expect(formatDoubleFixed(2.5, 0)).toBe("2");
    // 2.675 is 2.67499999... in binary: no tie.
    expect(formatDoubleFixed(2.675, 2)).toBe("2.67");
  });

  it("keeps the sign of a negative value and of a negative zero, as dtoa reports it", () => {
    expect(formatDoubleFixed(-Math.PI, 6)).toBe("-3.141593");
    expect(formatDoubleFixed(-0, 1)).toBe("-0.0");
  });
});

describe("Double with decimals", () => {
  it("renders fixed below 31 decimals and in the shortest form otherwise", () => {
    expect(render(new Double(Math.PI, 6))).toBe("3.141593");
    expect(render(new Double(0, 1))).toBe("0.0");
    expect(render(new Double(Math.PI))).toBe("3.141592653589793");
    expect(formatDoubleValue(new Double(Math.PI, 31))).toBe("3.141592653589793");
  });
});

describe("formatFloat (my_gcvt with MY_GCVT_ARG_FLOAT)", () => {
  // Each value is what a FLOAT column holding it printed on MariaDB 10.11 (cases/numeric/float_display).
  it.each([
    [Math.PI, "3.14159"],
    [1.5, "1.5"],
    [123456789, "123457000"],
    [1e20, "1e20"],
    [1e15, "1e15"],
    [1e-5, "0.00001"],
    [1e-15, "0.000000000000001"],
    [1e-16, "1e-16"],
    [-0.0001234567, "-0.000123457"],
    [3.4e38, "3.4e38"],
    [0.1, "0.1"],
    [999999.5, "1000000"],
    [1e-40, "9.99995e-41"],
  ])("a FLOAT holding %s prints %s", (x, text) => {
    expect(formatFloat(Math.fround(x))).toBe(text);
  });

  it("rounds an exact binary tie half to even", () => {
    expect(formatFloat(1024.125)).toBe("1024.12");
    expect(formatFloat(123456.5)).toBe("123456");
    expect(formatFloat(123457.5)).toBe("123458");
  });

  it("is the display of a Double marked single, unless it has fixed decimals", () => {
    expect(render(new Double(Math.fround(Math.PI), undefined, true))).toBe("3.14159");
    expect(render(new Double(Math.fround(Math.PI)))).toBe("3.1415927410125732");
    expect(render(new Double(Math.fround(Math.PI), 2, true))).toBe("3.14");
  });
});
