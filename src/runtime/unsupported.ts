// The one way spbed refuses a statement it cannot run yet: MySQL's ER_NOT_SUPPORTED_YET (1235, 42000), so a script
// fails loudly instead of silently skipping work.

import { SqlError } from "../errors.ts";

export function notSupported(what: string): SqlError {
  return new SqlError(1235, "42000", `This version of spbed doesn't yet support '${what}'`);
}
