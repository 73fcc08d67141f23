import { describe, expect, it } from "vitest";
import { divRawScale } from "../../src/values/arith.ts";
import { add, compare, div, mul, parseDecimal, rescale, sub } from "../../src/values/decimal.ts";
import { formatDecimal } from "../../src/values/numtext.ts";
import type { Decimal } from "../../src/values/value.ts";

const d = (s: string) => parseDecimal(s);
const f = (x: Decimal) => formatDecimal(x.unscaled, x.scale);

describe("DECIMAL arithmetic", () => {
  it("keeps MySQL's result scales", () => {
    expect(f(add(d("0.1"), d("0.2")))).toBe("0.3");
    expect(f(sub(d("1.10"), d("0.1")))).toBe("1.00");
    expect(f(mul(d("1.5"), d("2.25")))).toBe("3.375");
    expect(f(div(d("7"), d("2"), 4))).toBe("3.5000");
    expect(f(div(d("-2"), d("3"), 4))).toBe("-0.6667");
  });
  it("rounds half away from zero", () => {
    expect(f(rescale(d("1.25"), 1))).toBe("1.3");
    expect(f(rescale(d("-1.25"), 1))).toBe("-1.3");
    expect(f(rescale(d("1.249"), 1))).toBe("1.2");
  });
  it("parses exponents and compares across scales", () => {
    expect(f(d("1e2"))).toBe("100");
    expect(f(d("1.5e-3"))).toBe("0.0015");
    expect(compare(d("1.10"), d("1.1"))).toBe(0);
    expect(compare(d("-0.5"), d("0.25"))).toBe(-1);
  });
  it("computes quotients at decimal_div's 9-digit-word precision", () => {
    expect(divRawScale(0, 0, 4)).toBe(9);
    expect(divRawScale(1, 0, 4)).toBe(9);
    expect(divRawScale(9, 0, 4)).toBe(18);
    expect(divRawScale(10, 0, 4)).toBe(18);
  });
});
