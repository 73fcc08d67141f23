// Strict mode in a data-changing statement (INSERT, REPLACE, UPDATE, DELETE without IGNORE): MySQL pushes one
// Strict_error_handler for the statement (sql/error_handler.cc), and every warning of the codes below that is raised
// while the statement runs, in its WHERE, its VALUES, a subquery or a store, becomes an error at the moment it is
// raised. So `INSERT INTO t VALUES ('x' + 0)` fails with 1292, and in `0 / ''` the 1292 about '' comes before the
// division by zero. A stored function or trigger body runs its statements with the handler out of play (their SET and
// SELECT substatements are not data-changing; their own INSERT/UPDATE/DELETE install it again).

import { SqlError } from "../errors.ts";

/** Codes Strict_error_handler::handle_condition raises as errors (those spbed can produce). */
const ESCALATED = new Set([
  1048, // ER_BAD_NULL_ERROR
  1071, // ER_TOO_LONG_KEY
  1260, // ER_CUT_VALUE_GROUP_CONCAT
  1261, // ER_WARN_TOO_FEW_RECORDS
  1262, // ER_WARN_TOO_MANY_RECORDS
  1263, // ER_WARN_NULL_TO_NOTNULL
  1264, // ER_WARN_DATA_OUT_OF_RANGE
  1265, // WARN_DATA_TRUNCATED
  1292, // ER_TRUNCATED_WRONG_VALUE
  1301, // ER_WARN_ALLOWED_PACKET_OVERFLOWED
  1364, // ER_NO_DEFAULT_FOR_FIELD
  1365, // ER_DIVISION_BY_ZERO
  1366, // ER_TRUNCATED_WRONG_VALUE_FOR_FIELD
  1406, // ER_DATA_TOO_LONG
  1411, // ER_WRONG_VALUE_FOR_TYPE
  1423, // ER_NO_DEFAULT_FOR_VIEW_FIELD
  1441, // ER_DATETIME_FUNCTION_OVERFLOW
  3020, // ER_INVALID_ARGUMENT_FOR_LOGARITHM
]);

/** The error a warning becomes under the strict handler, or undefined when it stays a warning. */
export function strictEscalation(
  active: boolean,
  level: "Note" | "Warning",
  errno: number,
  sqlstate: string,
  message: string,
): SqlError | undefined {
  if (!active || level !== "Warning" || !ESCALATED.has(errno)) return undefined;
  return new SqlError(errno, sqlstate, message);
}

/** What runs a statement under (or out of) the strict handler. */
export interface StrictHandlerHolder {
  strictHandler?: boolean;
}

/** Runs `fn` with the strict handler on or off, restoring the caller's state afterwards. */
export function withStrictHandler<T>(session: StrictHandlerHolder, on: boolean, fn: () => T): T {
  const saved = session.strictHandler;
  if (saved === on) return fn();
  session.strictHandler = on;
  try {
    return fn();
  } finally {
    session.strictHandler = saved;
  }
}
