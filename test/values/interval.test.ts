import { describe, expect, it } from "vitest";
import { addInterval } from "../../src/values/interval.ts";
import { testContext } from "../support/session.ts";

describe("addInterval", () => {
  it("keeps years 1..99 (Date.UTC would read them as 19xx) and leaves years 1..9999 with NULL", () => {
    const ctx = testContext();
    expect((addInterval("0001-01-02", 1, "DAY", -1, ctx) as { text: string }).text).toBe("0001-01-01");
    expect((addInterval("0099-03-01", 1, "DAY", -1, ctx) as { text: string }).text).toBe("0099-02-28");
    expect((addInterval("0004-02-28", 1, "DAY", 1, ctx) as { text: string }).text).toBe("0004-02-29");
    expect(addInterval("0001-01-01", 1, "DAY", -1, ctx)).toBeNull();
    expect(addInterval("9999-12-31", 1, "DAY", 1, ctx)).toBeNull();
  });
});
