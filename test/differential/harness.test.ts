// The differential harness itself: record comparison, known differences, jsonl round trips, case listing.

import { describe, expect, it } from "vitest";
import { listCases } from "../../src/diff/cases.ts";
import { compareRecords } from "../../src/diff/compare.ts";
import { formatJsonl, parseJsonl } from "../../src/diff/jsonl.ts";
import { expectationFor, type KnownDifferences, validateKnownDifferences } from "../../src/diff/known.ts";
import type { JsonlRecord } from "../../src/session/output.ts";

const set = (...values: (string | null)[]): JsonlRecord => ({ columns: ["c"], rows: values.map((v) => [v]) });
const err = (errno: number, message = "m", sqlstate = "HY000"): JsonlRecord => ({
  error: { errno, sqlstate, message },
});

describe("compareRecords", () => {
  it("agrees on identical runs", () => {
    const c = compareRecords([set("1"), err(1644)], [set("1"), err(1644)]);
    expect(c).toEqual({ rowsAgree: true, messagesAgree: true, diff: "" });
  });

  it("separates message-only differences from row differences", () => {
    const c = compareRecords([err(1062, "for key 'PRIMARY'", "23000")], [err(1062, "for key 't.PRIMARY'", "23000")]);
    expect(c.rowsAgree).toBe(true);
    expect(c.messagesAgree).toBe(false);
    expect(c.diff).toContain("message text only");
  });

  it("treats NULL and 'NULL', errno and SQLSTATE as differences", () => {
    expect(compareRecords([set(null)], [set("NULL")]).rowsAgree).toBe(false);
    expect(compareRecords([err(1644)], [err(1643)]).rowsAgree).toBe(false);
    expect(compareRecords([err(1644, "m", "45000")], [err(1644, "m", "HY000")]).rowsAgree).toBe(false);
    expect(compareRecords([{ columns: ["a"], rows: [] }], [{ columns: ["b"], rows: [] }]).rowsAgree).toBe(false);
  });

  it("shows a missing record as itself, not as a shift of every later record", () => {
    const c = compareRecords([set("1"), set("2"), set("3")], [set("1"), set("3")], {
      expected: "mysql",
      actual: "spbed",
    });
    expect(c.rowsAgree).toBe(false);
    expect(c.diff).toBe('record 2:\n  - mysql  {"columns":["c"],"rows":[["2"]]}');
  });
});

describe("jsonl", () => {
  it("round-trips records with a fixed key order", () => {
    const records = [set("a", null), err(1644, 'say "hi"\n', "45000")];
    const text = formatJsonl(records);
    expect(text.split("\n")[1]).toBe('{"error":{"errno":1644,"sqlstate":"45000","message":"say \\"hi\\"\\n"}}');
    expect(parseJsonl(text)).toEqual(records);
  });

  it("rejects lines that are not records", () => {
    expect(() => parseJsonl('{"rows":[]}', "f.jsonl")).toThrow("f.jsonl:1");
    expect(() => parseJsonl("nope", "f.jsonl")).toThrow("not JSON");
  });
});

describe("known differences", () => {
  const recorded = [set("1"), err(1062, "Duplicate entry '1' for key 'PRIMARY'", "23000"), set("2")];
  const entry = { reason: "MySQL 8 qualifies the key name", reference: "https://dev.mysql.com/doc/x.html" };

  it("rewrites exactly the listed record", () => {
    const known: KnownDifferences = {
      differences: [{ case: "a/b", record: 2, replace: [["'PRIMARY'", "'t.PRIMARY'"]], ...entry }],
    };
    const result = expectationFor("a/b", recorded, known);
    expect(result.stale).toEqual([]);
    expect(result.records[1]).toEqual(err(1062, "Duplicate entry '1' for key 't.PRIMARY'", "23000"));
    expect(result.records[0]).toEqual(set("1"));
    expect(expectationFor("other/case", recorded, known).records).toEqual(recorded);
  });

  it("replaces, removes and inserts whole records", () => {
    const known: KnownDifferences = {
      differences: [
        { case: "a/b", record: 1, mysql: [], ...entry },
        { case: "a/b", insertAfter: 3, mysql: [set("extra")], ...entry },
        { case: "a/b", record: 3, mysql: [set("x"), set("y")], ...entry },
      ],
    };
    const result = expectationFor("a/b", recorded, known);
    expect(result.records).toEqual([recorded[1], set("x"), set("y"), set("extra")]);
  });

  it("rewrites cells and the SQLSTATE of an error", () => {
    const known: KnownDifferences = {
      differences: [
        { case: "a/b", record: 2, replace: [["'PRIMARY'", "'t.PRIMARY'"]], sqlstate: "HY000", ...entry },
        { case: "a/b", record: 3, replace: [["2", "two"]], ...entry },
      ],
    };
    const result = expectationFor("a/b", recorded, known);
    expect(result.records[1]).toEqual(err(1062, "Duplicate entry '1' for key 't.PRIMARY'", "HY000"));
    expect(result.records[2]).toEqual(set("two"));
  });

  it("reports an entry that no longer matches the recording as stale", () => {
    const known: KnownDifferences = {
      differences: [
        { case: "a/b", record: 2, replace: [["'UNIQUE'", "'t.UNIQUE'"]], ...entry },
        { case: "a/b", record: 9, mysql: [], ...entry },
      ],
    };
    expect(expectationFor("a/b", recorded, known).stale).toHaveLength(2);
  });

  it("validates the shape of entries", () => {
    const bad = { differences: [{ case: "a/b", record: 1, reason: "", reference: "dev.mysql.com" }] };
    expect(validateKnownDifferences(bad as unknown as KnownDifferences)).toHaveLength(3);
  });
});

describe("listCases", () => {
  it("names cases by their path under cases/ and maps them to recordings", () => {
    const cases = listCases();
    const seed = cases.find((c) => c.name === "seed/fibonacci_trigger");
    expect(seed?.sqlPath.endsWith("cases/seed/fibonacci_trigger.sql")).toBe(true);
    expect(seed?.expectedPath.endsWith("expected/seed/fibonacci_trigger.jsonl")).toBe(true);
  });
});
