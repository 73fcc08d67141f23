import { describe, expect, test } from "vitest";
import { SimulatedClock } from "../../src/session/clock.ts";
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
    const ctx = testContext(testSession({ time_zone: "+02:00" }));
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

describe("temporal builtins added with the temporal differential cases", () => {
  test("FROM_UNIXTIME keeps the argument's fractional digits, formats, and is NULL out of range", () => {
    expect(evaluate("FROM_UNIXTIME(1543000000)").result).toBe("2018-11-23 19:06:40");
    expect(evaluate("FROM_UNIXTIME(1543000000.5)").result).toBe("2018-11-23 19:06:40.5");
    expect(evaluate("FROM_UNIXTIME(1543000000.1234567)").result).toBe("2018-11-23 19:06:40.123456");
    expect(evaluate("FROM_UNIXTIME(0, '%Y|%j|%w')").result).toBe("1970|001|4");
    expect(evaluate("FROM_UNIXTIME(-1)").result).toBeNull();
    expect(evaluate("FROM_UNIXTIME(32536771199)").result).toBe("3001-01-18 23:59:59");
    expect(evaluate("FROM_UNIXTIME(32536771200)").result).toBeNull();
  });

  test("the session's @@time_zone offset moves NOW() and FROM_UNIXTIME but not UTC_TIMESTAMP or UTC_TIME", () => {
    const s = testSession();
    s.sysVars.set("time_zone", "+05:30");
    const ctx = testContext(s);
    expect(evaluate("NOW()", ctx).result).toBe("2026-09-21 19:43:20");
    expect(evaluate("UTC_TIMESTAMP()", ctx).result).toBe("2026-09-21 14:13:20");
    expect(evaluate("UTC_TIME(2)", ctx).result).toBe("14:13:20.00");
    expect(evaluate("FROM_UNIXTIME(0)", ctx).result).toBe("1970-01-01 05:30:00");
    expect(evaluate("UNIX_TIMESTAMP('1970-01-01 05:30:00')", ctx).result).toBe("0");
    s.sysVars.set("time_zone", "-10:00");
    expect(evaluate("CURDATE()", ctx).result).toBe("2026-09-21");
    expect(evaluate("CURTIME()", ctx).result).toBe("04:13:20");
  });

  test("SYSDATE reads the wall clock, NOW the statement's or SET timestamp's time", () => {
    const clock = new SimulatedClock(1_790_000_000_000_000);
    const s = testSession();
    const ctx = testContext({ ...s, clock, nowMicros: () => clock.nowMicros() } as typeof s);
    clock.beginStatement();
    clock.advanceSeconds(2);
    expect(evaluate("NOW()", ctx).result).toBe("2026-09-21 14:13:20");
    expect(evaluate("SYSDATE()", ctx).result).toBe("2026-09-21 14:13:22");
  });

  test("HOUR, MINUTE, SECOND and MICROSECOND drop a negative time's sign; EXTRACT keeps it", () => {
    expect(evaluate("MINUTE('-12:34:56.5')").result).toBe("34");
    expect(evaluate("SECOND('-12:34:56.5')").result).toBe("56");
    expect(evaluate("MICROSECOND('-12:34:56.5')").result).toBe("500000");
    expect(evaluate("EXTRACT('MINUTE', '-12:34:56.5')").result).toBe("-34");
    expect(evaluate("EXTRACT('MICROSECOND', '-12:34:56.5')").result).toBe("-500000");
    expect(evaluate("EXTRACT('HOUR_SECOND', '-12:34:56')").result).toBe("-123456");
  });

  test("EXTRACT's microsecond units, with the day of a datetime in the DAY_ ones", () => {
    expect(evaluate("EXTRACT('SECOND_MICROSECOND', '2024-01-02 03:04:05.000007')").result).toBe("5000007");
    expect(evaluate("EXTRACT('MINUTE_MICROSECOND', '2024-01-02 03:04:05.25')").result).toBe("405250000");
    expect(evaluate("EXTRACT('HOUR_MICROSECOND', '2024-01-02 03:04:05.25')").result).toBe("30405250000");
    expect(evaluate("EXTRACT('DAY_MICROSECOND', '2024-01-02 03:04:05.25')").result).toBe("2030405250000");
  });

  test("a time argument that only starts with a number is read as that number, with warning 1292", () => {
    const r = evaluate("MICROSECOND('2024-01-02')");
    expect(r.result).toBe("0");
    expect(r.warnings).toEqual([1292]);
    expect(evaluate("MINUTE('2024-01-02')").result).toBe("20");
    expect(evaluate("MICROSECOND('garbage')").result).toBeNull();
  });
});

describe("STR_TO_DATE, TIME and DATE_FORMAT edge cases from the temporal differential cases", () => {
  test("STR_TO_DATE reads %r, %T, %D and %f as fractions, and skips spaces before numbers", () => {
    expect(evaluate("STR_TO_DATE('12:00:00 AM', '%r')").result).toBe("00:00:00");
    expect(evaluate("STR_TO_DATE('29th February 2024', '%D %M %Y')").result).toBe("2024-02-29");
    expect(evaluate("STR_TO_DATE('2024-02-29 13:05:09.5', '%Y-%m-%d %H:%i:%s.%f')").result).toBe(
      "2024-02-29 13:05:09.500000",
    );
    expect(evaluate("STR_TO_DATE('May 1, 2013', '%M %d,%Y')").result).toBe("2013-05-01");
    const trailing = evaluate("STR_TO_DATE('2024-01-02 extra', '%Y-%m-%d')");
    expect(trailing.result).toBe("2024-01-02");
    expect(trailing.warnings).toEqual([1292]);
  });

  test("TIME and SEC_TO_TIME clamp to 838:59:59 with warning 1292; fractions are kept", () => {
    const t = evaluate("TIME('839:00:00')");
    expect(t.result).toBe("838:59:59");
    expect(t.warnings).toEqual([1292]);
    expect(evaluate("SEC_TO_TIME(86399.5)").result).toBe("23:59:59.5");
    expect(evaluate("SEC_TO_TIME(3020400)").warnings).toEqual([1292]);
    expect(evaluate("TIME_TO_SEC('00:00:01.9')").result).toBe("1.9");
  });

  test("DATE_FORMAT with an empty format is NULL", () => {
    expect(evaluate("DATE_FORMAT('2024-05-06', '')").result).toBeNull();
  });
});

describe("day numbers and times from the temporal differential cases", () => {
  test("six-digit YYMMDD dates, datetimes without seconds, MAKEDATE past 9999 and MAKETIME with fractional seconds", () => {
    expect(evaluate("TO_DAYS(950501)").result).toBe("728779");
    expect(evaluate("TIMESTAMPDIFF('MINUTE', '2024-01-01 10:00', '2024-01-01 10:30')").result).toBe("30");
    expect(evaluate("MAKEDATE(9999, 365)").result).toBe("9999-12-31");
    expect(evaluate("MAKEDATE(9999, 366)").result).toBeNull();
    expect(evaluate("MAKETIME(12, 15, 30.5)").result).toBe("12:15:30.5");
    expect(evaluate("MAKETIME(12, 15, 60)").result).toBeNull();
  });

  test("FROM_DAYS(0) is the zero date whatever the sql_mode, as MySQL sends it (MariaDB: NULL under NO_ZERO_DATE)", () => {
    const zero = evaluate("FROM_DAYS(0)");
    expect(zero.result).toBe("0000-00-00");
    expect(zero.warnings).toEqual([]);
  });
});

describe("STR_TO_DATE range checking", () => {
  test("a day past the month's end is kept, as MySQL's extract_date_time checks only day <= 31", () => {
    const feb30 = evaluate("STR_TO_DATE('2024-02-30', '%Y-%m-%d')");
    expect(feb30.result).toBe("2024-02-30");
    expect(feb30.warnings).toEqual([]);
    expect(evaluate("STR_TO_DATE('31/04/2024 10:00', '%d/%m/%Y %H:%i')").result).toBe("2024-04-31 10:00:00");
    const feb32 = evaluate("STR_TO_DATE('2024-02-32', '%Y-%m-%d')");
    expect(feb32.result).toBeNull();
    expect(feb32.warnings).toEqual([1411]);
  });
});

describe("STR_TO_DATE with week-based formats", () => {
  test("a week number with a weekday gives the date; %V/%v need %X/%x", () => {
    expect(evaluate("STR_TO_DATE('Friday 2024 09', '%W %Y %u')").result).toBe("2024-03-01");
    expect(evaluate("STR_TO_DATE('Monday 2024 01', '%W %Y %U')").result).toBe("2024-01-08");
    expect(evaluate("STR_TO_DATE('Sunday 2021 01', '%W %X %V')").result).toBe("2021-01-03");
    expect(evaluate("STR_TO_DATE('Monday 2021 52', '%W %x %v')").result).toBe("2021-12-27");
    expect(evaluate("STR_TO_DATE('Tue 2024 10', '%a %Y %u')").result).toBe("2024-03-05");
    expect(evaluate("STR_TO_DATE('Sunday 2021 01', '%W %Y %V')").result).toBeNull();
  });
});
