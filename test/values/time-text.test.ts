// The shared TIME-text reader (src/values/time-text.ts) and the three places that use it: CAST(... AS TIME), the TIME
// functions, and stores into TIME columns and variables.

import { describe, expect, it } from "vitest";
import { readingMicros, readTime, timeOf } from "../../src/values/time-text.ts";
import { evaluateSql } from "../functions/support.ts";

const asTime = (text: string, fsp = 0) => {
  const r = readTime(text, true);
  if (r === null) return null;
  const t = timeOf(r, fsp);
  return `${t.value.text}${t.clipped ? " clipped" : ""}${r.truncated ? " truncated" : ""}`;
};

describe("readTime", () => {
  it("reads the clock, day and digit forms", () => {
    expect(asTime("12:34:56")).toBe("12:34:56");
    expect(asTime(" -1:02:03 ")).toBe("-01:02:03");
    expect(asTime("12:34")).toBe("12:34:00");
    expect(asTime("1 10:00:00")).toBe("34:00:00");
    expect(asTime("101112")).toBe("10:11:12");
    expect(asTime("1234")).toBe("00:12:34");
    expect(asTime("34")).toBe("00:00:34");
    expect(asTime("-8380000")).toBe("-838:00:00");
  });

  it("keeps the time of a date and time, zero date parts allowed, an impossible day not", () => {
    expect(asTime("2024-02-29 13:14:15.678", 2)).toBe("13:14:15.68");
    expect(asTime("0000-00-00 10:00:00")).toBe("10:00:00");
    expect(asTime("20240102101112")).toBe("10:11:12");
    expect(asTime("2024-02-30 10:00:00")).toBeNull();
    // the carry of a rounded datetime goes into its date, which is dropped
    expect(asTime("2024-01-01 23:59:59.7")).toBe("00:00:00");
  });

  it("rounds to the precision, the seventh digit included, and clips past 838:59:59", () => {
    expect(asTime("12:34:56.7")).toBe("12:34:57");
    expect(asTime("12:34:56.7", 3)).toBe("12:34:56.700");
    expect(asTime("00:00:00.1234565", 6)).toBe("00:00:00.123457");
    expect(asTime("23:59:59.5")).toBe("24:00:00");
    expect(asTime("900:00:00")).toBe("838:59:59 clipped");
    expect(asTime("-1000:00:00", 2)).toBe("-838:59:59.00 clipped");
    expect(asTime("838:59:59.5")).toBe("838:59:59 clipped");
  });

  it("refuses minutes or seconds past 59 and reads a leading number only when asked", () => {
    expect(asTime("10:70:00")).toBeNull();
    expect(asTime("garbage")).toBeNull();
    expect(asTime("2024-01-02")).toBe("00:20:24 truncated");
    expect(readTime("2024-01-02")).toBeNull();
  });

  it("gives the functions the fraction cut at six digits, with the digits written", () => {
    const r = readTime("-00:00:01.1234567");
    expect(r === null ? null : [r.neg, readingMicros(r), r.digits]).toEqual([true, 1_123_456, 6]);
  });
});

describe("its users agree", () => {
  it("CAST, TIME() and TIME_TO_SEC read the same texts", () => {
    expect(evaluateSql("CAST('34' AS TIME)")).toEqual({ result: "00:00:34", warnings: [] });
    expect(evaluateSql("CAST('0000-00-00 10:00:00' AS TIME)")).toEqual({ result: "10:00:00", warnings: [] });
    expect(evaluateSql("CAST('2024-01-02' AS TIME)")).toEqual({ result: "00:20:24", warnings: [1292] });
    expect(evaluateSql("CAST('12:34:56.7' AS TIME)").result).toBe("12:34:57");
    expect(evaluateSql("TIME('20240102101112')")).toEqual({ result: "10:11:12", warnings: [] });
    expect(evaluateSql("TIME_TO_SEC('1 00:00:01')").result).toBe("86401");
  });
});
