// A DECIMAL quotient handed on by FORMAT, IF/IFNULL/COALESCE/NULLIF and AVG keeps its internal precision for whatever
// computes with it (val_decimal), while it still shows at its scale. Expected texts measured on MariaDB 10.11.
import { describe, expect, it } from "vitest";
import { compileExpr, emptyScope } from "../../src/compile/expr.ts";
import { runOnSpbed } from "../../src/diff/spbed.ts";
import { parseExpression } from "../../src/parse.ts";
import { render } from "../../src/values/render.ts";
import { testContext } from "../support/session.ts";

function show(sql: string): string | null {
  return render(compileExpr(parseExpression(sql), emptyScope, { divPrecisionIncrement: 4 }).eval(testContext()));
}

describe("builtins that hand a quotient on", () => {
  it.each([
    ["FORMAT(1/3, 8)", "0.33333333"],
    ["FORMAT(2/3, 10)", "0.6666666660"],
    ["FORMAT(1/3, 2, 'de_DE')", "0,33"],
    ["COALESCE(1/3) * 3", "1.0000"],
    ["COALESCE(NULL, 2/3) * 3", "2.0000"],
    ["IFNULL(1/3, 0) * 3", "1.0000"],
    ["IF(1, 1/3, 0) * 3", "1.0000"],
    ["NULLIF(1/3, 0) * 3", "1.0000"],
    // Shown at the quotient's scale, and compared as shown, as `=` does.
    ["COALESCE(1/3)", "0.3333"],
    ["NULLIF(1/3, 0.333333333)", "0.3333"],
    ["NULLIF(1/3, 0.3333)", null],
  ])("%s is %s", (sql, text) => {
    expect(show(sql)).toBe(text);
  });
});

describe("AVG of exact values", () => {
  it("shows the quotient at scale + div_precision_increment and computes with its full precision", () => {
    const sql = `SELECT AVG(n) AS a, AVG(n) * 3 AS b, ROUND(AVG(n), 6) AS c, AVG(x) * 3 AS d
      FROM (SELECT 1 AS n, 1.5 AS x UNION ALL SELECT 2, 2.25 UNION ALL SELECT 4, 0.1) AS v`;
    expect(runOnSpbed(sql)).toEqual([
      { columns: ["a", "b", "c", "d"], rows: [["2.3333", "7.0000", "2.333333", "3.850000"]] },
    ]);
  });

  it("shows AVG(DISTINCT ...) at its scale too", () => {
    const sql = "SELECT AVG(DISTINCT n) AS a FROM (SELECT 1 AS n UNION ALL SELECT 2 UNION ALL SELECT 2) AS v";
    expect(runOnSpbed(sql)).toEqual([{ columns: ["a"], rows: [["1.5000"]] }]);
  });

  it("reads the full quotient in HAVING and ORDER BY too", () => {
    const sql = `SELECT n FROM (SELECT 1 AS n, 1 AS m UNION ALL SELECT 1, 2 UNION ALL SELECT 1, 4) AS v
      GROUP BY n HAVING AVG(m) * 3 = 7`;
    expect(runOnSpbed(sql)).toEqual([{ columns: ["n"], rows: [["1"]] }]);
  });
});
