// Turns a mysql-client script into the statements a server receives, with the project's own splitter (DELIMITER
// lines, comments and quotes handled as the mysql client does), so that spbed and the server see the same statements.

import { splitScript } from "../script/split.ts";

export function splitStatements(text: string): string[] {
  return splitScript(text).map((chunk) => chunk.text);
}
