// The expression table: every case of cases.ts evaluated by spbed and compared with the server's answer recorded
// in cases.json (MariaDB 10.11), or MySQL 8's answer where cases.ts gives one. Warnings are compared in full
// (level, errno, message), errors by errno and message.
import { describe, expect, it } from "vitest";
import { compileExpr, emptyScope } from "../../src/compile/expr.ts";
import { SqlError } from "../../src/errors.ts";
import { parseExpression } from "../../src/parse.ts";
import { render } from "../../src/values/render.ts";
import type { Value } from "../../src/values/value.ts";
import { testContext, testSession } from "../support/session.ts";
import recorded from "./cases.json" with { type: "json" };
import { CASES, type Expected } from "./cases.ts";

interface Recorded {
  sql: string;
  value?: string | null;
  warnings?: string[];
  error?: string;
}

function run(sql: string, group: (typeof CASES)[number]): Expected {
  const session = testSession();
  for (const [k, v] of Object.entries(group.userVars ?? {})) session.userVars.set(k, v as Value);
  try {
    const compiled = compileExpr(parseExpression(sql), emptyScope, {
      collationConnection: group.collationConnection,
      divPrecisionIncrement: group.divPrecisionIncrement,
      // the recorder runs `SELECT <sql>`, whose item is named as written
      resultName: sql,
    });
    const value = render(compiled.eval(testContext(session)));
    return { value, warnings: session.warnings.map((w) => `${w.level} ${w.errno} ${w.message}`) };
  } catch (e) {
    if (e instanceof SqlError) return { error: `${e.errno} ${e.message}` };
    throw e;
  }
}

let index = 0;
for (const group of CASES) {
  describe(group.name, () => {
    for (const c of group.cases) {
      const sql = typeof c === "string" ? c : c.sql;
      const rec = (recorded as Recorded[])[index++];
      it(sql, () => {
        expect(rec.sql).toBe(sql);
        const want: Expected =
          typeof c !== "string" && c.mysql
            ? c.mysql
            : rec.error !== undefined
              ? { error: rec.error }
              : { value: rec.value, warnings: rec.warnings };
        expect(run(sql, group)).toEqual(want);
      });
    }
  });
}
