// Runs a script on spbed the way the differential harness runs it on a server: statement by statement, so that a
// statement spbed cannot parse becomes one 1064 record (as the server's syntax error does) instead of ending the run.

import type { ParsedStatement } from "../ast.ts";
import { SqlError, SqlSyntaxError } from "../errors.ts";
import { parseStatement } from "../parse.ts";
import { splitScript } from "../script/split.ts";
import { errorRecord, type JsonlRecord, resultSetRecord } from "../session/output.ts";
import { Spbed } from "../session/run.ts";

/** errno of the record that stands for a crash of spbed itself (not a SQL error): no server uses it. */
export const INTERNAL_ERRNO = -1;

export function runOnSpbed(
  text: string,
  options: { readonly force?: boolean; readonly name?: string; readonly spbed?: Spbed } = {},
): JsonlRecord[] {
  const client = (options.spbed ?? new Spbed()).connect();
  const records: JsonlRecord[] = [];
  for (const chunk of splitScript(text)) {
    let parsed: ParsedStatement;
    try {
      const statement = parseStatement(chunk.text, options.name);
      parsed = {
        statement,
        start: statement.start,
        end: statement.end,
        text: chunk.text.slice(statement.start, statement.end),
      };
    } catch (error) {
      if (!(error instanceof SqlSyntaxError)) throw error;
      records.push({ error: { errno: 1064, sqlstate: "42000", message: error.message } });
      if (options.force !== true) break;
      continue;
    }
    let ok: boolean;
    try {
      const result = client.execute(parsed, chunk.text);
      if (result.ok) {
        for (const set of result.outcome.resultSets) records.push(resultSetRecord(set));
        ok = true;
      } else {
        const e = result.error;
        records.push(
          e instanceof SqlError
            ? errorRecord(e)
            : { error: { errno: e.errno, sqlstate: e.sqlstate, message: e.message } },
        );
        ok = false;
      }
    } catch (error) {
      // A bug in spbed: report it in place, so the comparison shows where it happened, and stop.
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      records.push({ error: { errno: INTERNAL_ERRNO, sqlstate: "spbed", message: `internal error: ${message}` } });
      break;
    }
    if (!ok && options.force !== true) break;
  }
  return records;
}
