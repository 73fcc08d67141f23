// DOUBLE display decimals: MySQL prints a DOUBLE whose Item::decimals is below 31 with my_fcvt (PI() → 3.141593).
import { describe, expect, it } from "vitest";
import { formatDoubleFixed, formatDoubleValue } from "../../src/values/numtext.ts";
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
