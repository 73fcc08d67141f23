import { describe, expect, it } from "vitest";
import { SimulatedClock } from "../../src/session/clock.ts";

describe("SimulatedClock", () => {
  it("follows the wall clock until a statement start or SET timestamp fixes NOW()", () => {
    const clock = new SimulatedClock(1_000_000);
    clock.advanceSeconds(1);
    expect(clock.nowMicros()).toBe(2_000_000);
    clock.beginStatement();
    clock.advanceSeconds(1);
    expect(clock.nowMicros()).toBe(2_000_000);
    expect(clock.realMicros()).toBe(3_000_000);
    clock.beginStatement();
    expect(clock.nowMicros()).toBe(3_000_000);
  });

  it("SET timestamp fixes NOW() however long the session sleeps; 0 goes back to the wall clock", () => {
    const clock = new SimulatedClock(1_000_000);
    clock.set(5_000_000_000);
    expect(clock.fixed).toBe(true);
    clock.advanceSeconds(10);
    clock.beginStatement();
    expect(clock.nowMicros()).toBe(5_000_000_000);
    expect(clock.realMicros()).toBe(11_000_000);
    clock.set(0);
    expect(clock.fixed).toBe(false);
    expect(clock.nowMicros()).toBe(11_000_000);
  });
});
