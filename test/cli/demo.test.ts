import { afterEach, describe, expect, it, vi } from "vitest";
import { demoCommand } from "../../src/cli/demo.ts";

describe("spbed demo (npm start)", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("plays the seed's scenario: values, recorded failures, and crashes that roll the insert back", async () => {
    let text = "";
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      text += String(chunk);
      return true;
    });
    expect(await demoCommand()).toBe(0);
    // fib(5) = 5 and fib(10) = 55 came back through lambda_sync and the SQL JSON parser.
    expect(text).toMatch(/\|\s+5 \|\s+5 \| 55\s+\|\s+1 \|/);
    expect(text).toMatch(/\|\s+10 \|\s+55 \| 1010\s+\|\s+1 \|/);
    // The blog's failure rows: the chaos monkey's signals and the function's errors, as 45000/1091 etc.
    expect(text).toMatch(
      /\|\s+-2 \| NULL\s+\| -22\s+\|\s+0 \| 45000\s+\| Signal before function invocation\s+\|\s+1091 \|/,
    );
    expect(text).toMatch(/\|\s+-3 \| NULL\s+\| -33\s+\|\s+0 \| HY000\s+\| Lambda API returned error: Unhandled\./);
    expect(text).toMatch(
      /\|\s+-7 \| NULL\s+\| -77\s+\|\s+0 \| 45000\s+\| Signal after function invocation\s+\|\s+1092 \|/,
    );
    // The fatal cases: lost connection, then no row after the restart.
    expect(text).toContain(
      "fib = -1 (crash before the call): ERROR 2013: Lost connection to MySQL server during query",
    );
    expect(text).toContain("after restart: 0 row(s) with fib = -1");
    expect(text).toContain("after restart: 0 row(s) with fib = -6");
    // The function ran for -6 although the insert was rolled back; for -1 it never ran.
    expect(text).toMatch(/\{"fib": -6\}\s+ok\s+executed=true/);
    expect(text).not.toContain('{"fib": -1}');
  });
});
