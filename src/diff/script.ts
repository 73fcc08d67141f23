// Turns a mysql-client script into the statements a server receives, with the project's own splitter (DELIMITER
// lines, comments and quotes handled as the mysql client does), so that spbed and the server see the same statements.
// `source FILE` is the client's job, not the server's: it is expanded here (src/script/source.ts) exactly as spbed's
// script runner expands it, and a source command that fails becomes its error record without asking the server.

import { expandScript, type ScriptFile, type SourceOptions } from "../script/source.ts";
import type { JsonlRecord } from "../session/output.ts";

/** A statement to send, or the record of a client command that failed (sent nowhere). */
export type ScriptItem = string | { readonly clientError: JsonlRecord };

/** The statements of a script, its `source` commands replaced by the statements of the files they name. */
export function scriptItems(file: ScriptFile, options: SourceOptions = {}): ScriptItem[] {
  const items: ScriptItem[] = [];
  for (const step of expandScript(file, options)) {
    if (step.kind === "statement") items.push(step.chunk.text);
    else {
      const { errno, sqlstate, message } = step.error;
      items.push({ clientError: { error: { errno, sqlstate, message } } });
    }
  }
  return items;
}
