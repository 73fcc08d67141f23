// FLOAT typing through SQL: GREATEST/LEAST of FLOATs stay FLOAT (MySQL's field_types_merge_rules: FLOAT with FLOAT is
// FLOAT), and FLOAT(p) above 24 bits is described as a DOUBLE column.

import { describe, expect, it } from "vitest";
import { Spbed } from "../../src/session/run.ts";
import { render } from "../../src/values/render.ts";

function client() {
  const c = new Spbed().connect();
  c.exec("CREATE DATABASE d; USE d; CREATE TABLE t (f FLOAT, g FLOAT, d DOUBLE, p FLOAT(30), q FLOAT(10))");
  c.exec("INSERT INTO t VALUES (1.1, 2.2, 3.3, 5.5, 6.6)");
  return c;
}

function texts(sql: string): (string | null)[] {
  const [out] = client().exec(sql);
  return (out?.resultSets[0]?.rows[0] ?? []).map((v) => render(v));
}

describe("GREATEST and LEAST of FLOAT columns", () => {
  it("give a FLOAT, shown with FLOAT's digits; a DOUBLE among them makes a DOUBLE", () => {
    expect(texts("SELECT GREATEST(f, g), LEAST(f, g), GREATEST(f, d), LEAST(f, d) FROM t")).toEqual([
      "2.2",
      "1.1",
      "3.3",
      "1.100000023841858",
    ]);
  });
});

describe("FLOAT(p)", () => {
  it("is a DOUBLE column above 24 bits and a FLOAT up to 24, without precision in its description", () => {
    const [out] = client().exec("SHOW CREATE TABLE t");
    const text = String(out?.resultSets[0]?.rows[0]?.[1]);
    expect(text).toContain("`p` double DEFAULT NULL");
    expect(text).toContain("`q` float DEFAULT NULL");
    expect(texts("SELECT DATA_TYPE FROM information_schema.COLUMNS WHERE COLUMN_NAME = 'p'")).toEqual(["double"]);
  });
});
