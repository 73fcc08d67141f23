// @@time_zone: one parser for SET's check and for every reader of the session zone.
import { describe, expect, it } from "vitest";
import { timeZoneName, timeZoneOffsetMinutes } from "../../src/values/timezone.ts";

describe("time_zone values", () => {
  it("reads SYSTEM as UTC and offsets from -13:59 to +14:00", () => {
    expect(timeZoneOffsetMinutes("SYSTEM")).toBe(0);
    expect(timeZoneOffsetMinutes("system")).toBe(0);
    expect(timeZoneOffsetMinutes("+05:30")).toBe(330);
    expect(timeZoneOffsetMinutes("-3:30")).toBe(-210);
    expect(timeZoneOffsetMinutes("-13:59")).toBe(-839);
    expect(timeZoneOffsetMinutes("+14:00")).toBe(840);
  });

  it("refuses what MySQL refuses with 1298", () => {
    for (const z of ["+14:01", "-14:00", "+05:60", "5:00", "Europe/Paris", " +01:00", "+1:5"])
      expect(timeZoneOffsetMinutes(z), z).toBeUndefined();
  });

  it("names an offset with two-digit hours, as @@time_zone shows it", () => {
    expect(timeZoneName("+5:00")).toBe("+05:00");
    expect(timeZoneName("-0:30")).toBe("-00:30");
    expect(timeZoneName("-00:00")).toBe("+00:00");
    expect(timeZoneName("system")).toBe("SYSTEM");
    expect(timeZoneName("UTC")).toBeUndefined();
  });
});
