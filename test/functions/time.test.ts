import { describe, expect, test } from "vitest";
import { cases } from "./cases/time.ts";
import { evaluate, testContext, testSession } from "./support.ts";
import { caseTable } from "./table.ts";

describe("time builtins (recorded on the server)", () => {
  caseTable("time", cases, {
    "UNIX_TIMESTAMP('1960-01-01')": {
      result: "0",
      warnings: [],
      why: "MySQL 8 returns 0 for a date outside the TIMESTAMP range (date-and-time-functions.html); MariaDB NULL",
    },
  });
});

describe("time builtins on the simulated clock", () => {
  // The test session's clock stands at 1_790_000_000_000_000 µs: 2026-09-21 14:13:20 UTC.
  test("NOW and its synonyms read the session clock in the session time zone", () => {
    expect(evaluate("NOW()").result).toBe("2026-09-21 14:13:20");
    expect(evaluate("CURRENT_TIMESTAMP(3)").result).toBe("2026-09-21 14:13:20.000");
    expect(evaluate("LOCALTIME()").result).toBe("2026-09-21 14:13:20");
    expect(evaluate("SYSDATE()").result).toBe("2026-09-21 14:13:20");
    expect(evaluate("CURDATE()").result).toBe("2026-09-21");
    expect(evaluate("CURTIME()").result).toBe("14:13:20");
    expect(evaluate("UNIX_TIMESTAMP()").result).toBe("1790000000");
    const east = { ...testSession(), timeZoneOffsetMinutes: 120 };
    const ctx = testContext(east as ReturnType<typeof testSession>);
    expect(evaluate("NOW()", ctx).result).toBe("2026-09-21 16:13:20");
    expect(evaluate("UTC_TIMESTAMP()", ctx).result).toBe("2026-09-21 14:13:20");
  });

  test("fractional seconds are truncated to the requested precision; more than 6 is error 1426", () => {
    const s = testSession();
    const ctx = testContext({ ...s, nowMicros: () => 1_790_000_000_123_456 } as typeof s);
    expect(evaluate("NOW(6)", ctx).result).toBe("2026-09-21 14:13:20.123456");
    expect(evaluate("NOW(2)", ctx).result).toBe("2026-09-21 14:13:20.12");
    expect(evaluate("NOW(7)").error).toBe(1426);
  });

  test("SLEEP advances the simulated clock and returns 0", () => {
    const slept: number[] = [];
    const s = testSession();
    const ctx = testContext({ ...s, sleep: (n: number) => slept.push(n) } as typeof s);
    expect(evaluate("SLEEP(1.5)", ctx).result).toBe("0");
    expect(slept).toEqual([1.5]);
  });
});
