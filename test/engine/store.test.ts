// storeValue: the strict-mode errors and the non-strict clipped values, as MariaDB 10.11 stored them (messages in
// MySQL 8's form: `for column 'c'`, see docs/mysql-vs-mariadb.md).

import { describe, expect, it } from "vitest";
import type { ExecContext } from "../../src/compile/types.ts";
import { storeConverter, storeValue, storeValueOrClip } from "../../src/engine/store.ts";
import type { SqlError } from "../../src/errors.ts";
import { formatDoubleValue } from "../../src/values/numtext.ts";
import { type Bytes, Decimal, Double, Temporal, type Value } from "../../src/values/value.ts";
import { testSession } from "../support/session.ts";
import { dt } from "./harness.ts";

function ctxOf(strict: boolean) {
  const session = testSession();
  const ctx: ExecContext = { session, slots: [], rows: [], strict, sqlMode: strict ? "STRICT_TRANS_TABLES" : "" };
  return { ctx, warnings: session.warnings };
}

function strictError(v: Value, type: ReturnType<typeof dt>, column = "c"): [number, string, string] {
  try {
    storeValue(v, type, ctxOf(true).ctx, { column, row: 1 });
  } catch (e) {
    const x = e as SqlError;
    return [x.errno, x.sqlstate, x.message];
  }
  throw new Error("no error");
}

function lenient(v: Value, type: ReturnType<typeof dt>): [Value, string[]] {
  const { ctx, warnings } = ctxOf(false);
  const out = storeValue(v, type, ctx, { column: "c", row: 3 });
  return [out, warnings.map((w) => `${w.level} ${w.errno} ${w.message}`)];
}

describe("strict mode", () => {
  it("raises MySQL's errors with the column and row", () => {
    expect(strictError(200, dt("TINYINT"), "ti")).toEqual([
      1264,
      "22003",
      "Out of range value for column 'ti' at row 1",
    ]);
    expect(strictError(-1, dt("TINYINT", undefined, undefined, { unsigned: true }))[0]).toBe(1264);
    expect(strictError("abc", dt("INT"))).toEqual([
      1366,
      "HY000",
      "Incorrect integer value: 'abc' for column 'c' at row 1",
    ]);
    expect(strictError("", dt("INT"))[2]).toBe("Incorrect integer value: '' for column 'c' at row 1");
    expect(strictError("12abc", dt("INT"))).toEqual([1265, "01000", "Data truncated for column 'c' at row 1"]);
    expect(strictError("abcd", dt("VARCHAR", 3))).toEqual([1406, "22001", "Data too long for column 'c' at row 1"]);
    expect(strictError(12345, dt("DECIMAL", 5, 2))[0]).toBe(1264);
    expect(strictError("abc", dt("DECIMAL", 5, 2))[2]).toBe("Incorrect decimal value: 'abc' for column 'c' at row 1");
    expect(strictError("abc", dt("FLOAT"))[2]).toBe("Incorrect double value: 'abc' for column 'c' at row 1");
    expect(strictError(new Double(1e300), dt("FLOAT"))[0]).toBe(1264);
    expect(strictError("2020-13-01", dt("DATE"))).toEqual([
      1292,
      "22007",
      "Incorrect date value: '2020-13-01' for column 'c' at row 1",
    ]);
    expect(strictError("c", dt("ENUM", undefined, undefined, { values: ["a", "b"] }))[0]).toBe(1265);
    expect(strictError(2156, dt("YEAR"))[0]).toBe(1264);
  });

  it("converts good values to the column's kind", () => {
    const { ctx } = ctxOf(true);
    const s = (v: Value, t: ReturnType<typeof dt>) => storeValue(v, t, ctx, { column: "c", row: 1 });
    expect(s("2.5", dt("INT"))).toBe(3);
    expect(s("1e3", dt("INT"))).toBe(1000);
    expect(s(new Double(2.5), dt("INT"))).toBe(2);
    expect(s(new Double(3.5), dt("INT"))).toBe(4);
    expect(s(new Decimal(-25n, 1), dt("INT"))).toBe(-3);
    expect(s(" 12 ", dt("INT"))).toBe(12);
    expect(s(2n ** 63n - 1n, dt("BIGINT"))).toBe(2n ** 63n - 1n);
    expect(s(7, dt("VARCHAR", 5))).toBe("7");
    expect(s("A", dt("ENUM", undefined, undefined, { values: ["a", "b"] }))).toBe("a");
    expect(s(2, dt("ENUM", undefined, undefined, { values: ["a", "b"] }))).toBe("b");
    expect(s("2026-1-5", dt("DATE"))).toEqual(new Temporal("DATE", "2026-01-05"));
    expect(s("2026-01-05 7:08:09", dt("DATETIME"))).toEqual(new Temporal("DATETIME", "2026-01-05 07:08:09"));
    expect(s(69, dt("YEAR"))).toBe(2069);
    expect(s(70, dt("YEAR"))).toBe(1970);
    expect((s("a", dt("BINARY", 3)) as Bytes).bytes).toEqual(new Uint8Array([0x61, 0, 0]));
  });

  it("rounding a decimal and cutting trailing spaces are Notes, not errors", () => {
    const { ctx, warnings } = ctxOf(true);
    expect(storeValue(new Decimal(1234n, 3), dt("DECIMAL", 5, 2), ctx, { column: "d", row: 1 })).toEqual(
      new Decimal(123n, 2),
    );
    expect(storeValue("abc   ", dt("VARCHAR", 3), ctx, { column: "v", row: 1 })).toBe("abc");
    expect(warnings.map((w) => [w.level, w.errno, w.message])).toEqual([
      ["Note", 1265, "Data truncated for column 'd' at row 1"],
      ["Note", 1265, "Data truncated for column 'v' at row 1"],
    ]);
  });

  it("IGNORE turns errors into warnings", () => {
    const { ctx, warnings } = ctxOf(true);
    expect(storeValue(300, dt("TINYINT"), ctx, { column: "c", row: 2, ignore: true })).toBe(127);
    expect(warnings[0].message).toBe("Out of range value for column 'c' at row 2");
  });

  it("names a local variable like a column at row 1 (MySQL; MariaDB says row 0)", () => {
    const { ctx } = ctxOf(true);
    expect(() => storeConverter(300, dt("TINYINT"), ctx, "v", 1)).toThrow("Out of range value for column 'v' at row 1");
  });
});

describe("non-strict mode", () => {
  it("stores MySQL's clipped values with warnings", () => {
    expect(lenient(200, dt("TINYINT"))).toEqual([127, ["Warning 1264 Out of range value for column 'c' at row 3"]]);
    expect(lenient(-1, dt("TINYINT", undefined, undefined, { unsigned: true }))[0]).toBe(0);
    expect(lenient("12abc", dt("INT"))).toEqual([12, ["Warning 1265 Data truncated for column 'c' at row 3"]]);
    expect(lenient("abc", dt("INT"))).toEqual([
      0,
      ["Warning 1366 Incorrect integer value: 'abc' for column 'c' at row 3"],
    ]);
    expect(lenient("abcd", dt("VARCHAR", 3))).toEqual(["abc", ["Warning 1265 Data truncated for column 'c' at row 3"]]);
    expect(lenient(new Decimal(12345678n, 3), dt("DECIMAL", 5, 2))[0]).toEqual(new Decimal(99999n, 2));
    expect(lenient("c", dt("ENUM", undefined, undefined, { values: ["a"] }))[0]).toBe("");
    expect(lenient("2020-13-01", dt("DATE"))).toEqual([
      new Temporal("DATE", "0000-00-00"),
      ["Warning 1265 Data truncated for column 'c' at row 3"],
    ]);
  });
});

describe("dates under the sql_mode's date flags", () => {
  function store(v: Value, type: ReturnType<typeof dt>, sqlMode: string, ignore = false) {
    const session = testSession();
    const ctx: ExecContext = { session, slots: [], rows: [], strict: sqlMode.includes("STRICT"), sqlMode };
    try {
      const out = storeValue(v, type, ctx, { column: "d", row: 1, ignore });
      return [out instanceof Temporal ? out.text : out, ...session.warnings.map((w) => `${w.errno} ${w.message}`)];
    } catch (e) {
      return [`error ${(e as SqlError).errno} ${(e as SqlError).message}`];
    }
  }
  const DEFAULT = "STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE";

  it("strict mode takes zero dates and zero parts unless NO_ZERO_DATE / NO_ZERO_IN_DATE refuse them", () => {
    expect(store("0000-00-00", dt("DATE"), "STRICT_TRANS_TABLES")).toEqual(["0000-00-00"]);
    expect(store("2024-00-10", dt("DATE"), "STRICT_TRANS_TABLES")).toEqual(["2024-00-10"]);
    expect(store("0000-00-00 00:00:00", dt("DATETIME"), "STRICT_TRANS_TABLES")).toEqual(["0000-00-00 00:00:00"]);
    expect(store("0000-00-00", dt("DATE"), DEFAULT)).toEqual([
      "error 1292 Incorrect date value: '0000-00-00' for column 'd' at row 1",
    ]);
    expect(store("2024-05-00", dt("DATE"), DEFAULT)[0]).toMatch(/^error 1292/);
    // TIMESTAMP refuses zero parts whatever the mode (Field_timestamp's date flags)
    expect(store("2024-00-10 10:00:00", dt("TIMESTAMP"), "STRICT_TRANS_TABLES")[0]).toMatch(/^error 1292/);
  });

  it("warns 1264 for a refused zero or an impossible day and 1265 for a malformed text when not strict", () => {
    expect(store("0000-00-00", dt("DATE"), "NO_ZERO_DATE")).toEqual([
      "0000-00-00",
      "1264 Out of range value for column 'd' at row 1",
    ]);
    expect(store("2024-00-10", dt("DATE"), "NO_ZERO_IN_DATE")).toEqual([
      "0000-00-00",
      "1264 Out of range value for column 'd' at row 1",
    ]);
    expect(store("2024-02-30", dt("DATE"), "")).toEqual([
      "0000-00-00",
      "1264 Out of range value for column 'd' at row 1",
    ]);
    expect(store("2024-02-30 10:00:00", dt("DATETIME"), DEFAULT, true)).toEqual([
      "0000-00-00 00:00:00",
      "1264 Out of range value for column 'd' at row 1",
    ]);
    expect(store("garbage", dt("DATE"), "")).toEqual(["0000-00-00", "1265 Data truncated for column 'd' at row 1"]);
    expect(store("2024-13-01", dt("DATETIME"), "")[1]).toBe("1265 Data truncated for column 'd' at row 1");
    expect(store("2024-02-30", dt("DATE"), "ALLOW_INVALID_DATES")).toEqual(["2024-02-30"]);
  });

  it("TIME keeps a datetime's time, rounds, and clips with 1292 strictly or 1264 / 1265 otherwise", () => {
    expect(store("2024-02-29 13:14:15.678", dt("TIME"), DEFAULT)).toEqual(["13:14:16"]);
    expect(store("12:34:56.7", dt("TIME", undefined, 2), DEFAULT)).toEqual(["12:34:56.70"]);
    expect(store(new Temporal("DATETIME", "2024-02-29 13:14:15"), dt("TIME"), DEFAULT)).toEqual(["13:14:15"]);
    expect(store("900:00:00", dt("TIME"), DEFAULT)).toEqual([
      "error 1292 Incorrect time value: '900:00:00' for column 'd' at row 1",
    ]);
    expect(store("900:00:00", dt("TIME"), "")).toEqual([
      "838:59:59",
      "1264 Out of range value for column 'd' at row 1",
    ]);
    expect(store("12abc", dt("TIME"), "")).toEqual(["00:00:12", "1265 Data truncated for column 'd' at row 1"]);
    expect(store("garbage", dt("TIME"), "")).toEqual(["00:00:00", "1265 Data truncated for column 'd' at row 1"]);
    expect(store("garbage", dt("TIME"), DEFAULT)[0]).toMatch(/^error 1292 Incorrect time value/);
  });
});

describe("storeValueOrClip", () => {
  it("returns the clipped value together with the strict-mode error", () => {
    const { ctx, warnings } = ctxOf(true);
    const out = storeValueOrClip(3000000000, dt("INT"), ctx, { column: "value", row: 1 });
    expect(out.value).toBe(2147483647);
    expect(out.error?.message).toBe("Out of range value for column 'value' at row 1");
    expect(warnings).toEqual([]);
    expect(storeValueOrClip(5, dt("INT"), ctx, { column: "value", row: 1 })).toEqual({ value: 5 });
  });
});

describe("FLOAT and DOUBLE columns", () => {
  const render = (v: Value) => formatDoubleValue(v as Double);

  it("stores FLOAT as a single-precision value that prints 6 significant digits", () => {
    const [v] = lenient(new Double(Math.PI), dt("FLOAT"));
    expect(v).toEqual(new Double(Math.fround(Math.PI), undefined, true));
    expect(render(v)).toBe("3.14159");
    // FLOAT(p) above 24 bits is a DOUBLE.
    expect(render(lenient(new Double(Math.PI), dt("FLOAT", 30))[0])).toBe("3.141592653589793");
    expect(render(lenient(new Double(Math.PI), dt("FLOAT", 10))[0])).toBe("3.14159");
  });

  it("rounds FLOAT(M,D) and DOUBLE(M,D) to D places (half to even) and bounds them by 10^(M-D) - 10^-D", () => {
    expect(render(lenient(new Double(Math.PI), dt("FLOAT", 7, 2))[0])).toBe("3.14");
    expect(render(lenient(new Double(12345.6789), dt("DOUBLE", 8, 3))[0])).toBe("12345.679");
    expect(render(lenient(new Double(2.5), dt("FLOAT", 7, 0))[0])).toBe("2");
    expect(render(lenient(new Double(-0.004), dt("FLOAT", 7, 2))[0])).toBe("0.00");
    expect(render(lenient(new Double(99999.995), dt("FLOAT", 7, 2))[0])).toBe("99999.99");
    expect(strictError(new Double(99999.999), dt("FLOAT", 7, 2))[0]).toBe(1264);
    expect(lenient(new Double(1e6), dt("DOUBLE", 8, 3))).toEqual([
      new Double(99999.999, 3),
      ["Warning 1264 Out of range value for column 'c' at row 3"],
    ]);
  });
});
