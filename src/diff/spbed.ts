// Runs a script on spbed the way the differential harness runs it on a server: statement by statement (the session's
// own script loop), so that a statement spbed cannot parse becomes one 1064 record, as the server's syntax error does,
// instead of ending the run.

import { type JsonlRecord, resultSetRecord } from "../session/output.ts";
import { failureRecord, runStatements, Spbed } from "../session/run.ts";

/** errno of the record that stands for a crash of spbed itself (not a SQL error): no server uses it. */
export const INTERNAL_ERRNO = -1;

/**
 * `name` names the script in messages; `path` is its file on disk, for `source` commands that name files next to it
 * (by default the name, unless it is a placeholder like `<script>`).
 */
export function runOnSpbed(
  text: string,
  options: { readonly force?: boolean; readonly name?: string; readonly path?: string; readonly spbed?: Spbed } = {},
): JsonlRecord[] {
  const client = (options.spbed ?? new Spbed()).connect();
  const records: JsonlRecord[] = [];
  const name = options.name ?? "<script>";
  const path = options.path ?? (name.startsWith("<") ? undefined : name);
  try {
    runStatements(client, { name, text, path }, options.force === true, {
      resultSet: (set) => records.push(resultSetRecord(set)),
      error: (e) => records.push(failureRecord(e)),
    });
  } catch (error) {
    // A bug in spbed: report it in place, so the comparison shows where it happened.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    records.push({ error: { errno: INTERNAL_ERRNO, sqlstate: "spbed", message: `internal error: ${message}` } });
  }
  return records;
}
