// Runs a recorded case table: each expression's result, error number and warning numbers must match the server's,
// except where MySQL 8 is known to answer differently from MariaDB (see docs/mysql-vs-mariadb.md).

import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { evaluate, evaluateSql, type Outcome } from "./support.ts";

export interface Override extends Outcome {
  /** Why MySQL 8 differs from the recorded MariaDB answer. */
  readonly why: string;
}

export function caseTable(group: string, cases: readonly string[], overrides: Record<string, Override> = {}): void {
  const recorded = JSON.parse(readFileSync(new URL(`./recorded/${group}.json`, import.meta.url), "utf8")) as Record<
    string,
    Outcome
  >;
  const run = (sql: string, how: (sql: string) => Outcome) => {
    const expected = overrides[sql] ?? recorded[sql];
    expect(expected, `no recorded answer for ${sql}; run record.ts ${group}`).toBeDefined();
    const got = how(sql);
    if (expected.error !== undefined) {
      expect(got.error).toBe(expected.error);
    } else {
      expect(got.error).toBeUndefined();
      expect(got.result).toBe(expected.result);
      expect(got.warnings).toEqual(expected.warnings);
    }
  };
  test.each(cases.map((c) => [c]))("builtin %s", (sql) => run(sql, evaluate));
  test.each(cases.map((c) => [c]))("end to end: SELECT %s", (sql) => run(sql, evaluateSql));
}
