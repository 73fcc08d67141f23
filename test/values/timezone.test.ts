// @@time_zone: one parser for SET's check and for every reader of the session zone.
import { describe, expect, it } from "vitest";
import type { ExecContext } from "../../src/compile/types.ts";
import { SqlError } from "../../src/errors.ts";
import {
  epochSecondsText,
  sessionTimestamp,
  shiftDateTime,
  timeZoneName,
  timeZoneOffsetMinutes,
} from "../../src/values/timezone.ts";
import { Temporal } from "../../src/values/value.ts";

/** A context whose only session state is @@time_zone (or none at all: 1193). */
function zoned(zone: string | undefined): ExecContext {
  const getSystemVar = () => {
    if (zone === undefined) throw new SqlError(1193, "HY000", "Unknown system variable 'time_zone'");
    return zone;
  };
  return { session: { getSystemVar } } as unknown as ExecContext;
}

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

describe("TIMESTAMP instants", () => {
  it("moves a DATETIME text by minutes across days and years, keeping the fraction", () => {
    expect(shiftDateTime("2024-01-01 12:00:00", -300)).toBe("2024-01-01 07:00:00");
    expect(shiftDateTime("2024-12-31 23:30:00.125", 45)).toBe("2025-01-01 00:15:00.125");
    expect(shiftDateTime("2024-03-01 01:00:00", -120)).toBe("2024-02-29 23:00:00");
  });

  it("keeps years below 100 literal and refuses to leave years 0000-9999", () => {
    expect(shiftDateTime("0050-06-01 00:00:00", 60)).toBe("0050-06-01 01:00:00");
    expect(shiftDateTime("0000-01-01 01:00:00", -120)).toBeUndefined();
    expect(shiftDateTime("9999-12-31 23:00:00", 120)).toBeUndefined();
  });

  it("leaves the zero date alone: it is no instant", () => {
    expect(shiftDateTime("0000-00-00 00:00:00", 300)).toBe("0000-00-00 00:00:00");
  });

  it("shows a stored UTC value in the session zone, and NULL as NULL", () => {
    const utc = new Temporal("DATETIME", "2024-01-01 07:00:00");
    expect((sessionTimestamp(utc, zoned("+05:00")) as Temporal).text).toBe("2024-01-01 12:00:00");
    expect((sessionTimestamp(utc, zoned("-03:30")) as Temporal).text).toBe("2024-01-01 03:30:00");
    expect(sessionTimestamp(utc, zoned("SYSTEM"))).toBe(utc);
    expect(sessionTimestamp(utc, zoned(undefined))).toBe(utc);
    expect(sessionTimestamp(null, zoned("+05:00"))).toBeNull();
  });

  it("counts the seconds of a UTC text since the epoch, keeping its fraction", () => {
    expect(epochSecondsText("2024-01-01 07:00:00")).toBe("1704092400");
    expect(epochSecondsText("1970-01-01 00:00:01.50")).toBe("1.50");
  });
});
