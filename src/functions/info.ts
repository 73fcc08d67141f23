// Information functions: they read the session (and LAST_INSERT_ID(expr) writes it), so none is constant-folded.
//
// VERSION() says '8.0.36-spbed': the MySQL release whose semantics spbed follows, marked as not being a real server.

import type { StaticType } from "../compile/types.ts";
import { toInteger } from "../values/coerce.ts";
import { TEXT, UINT } from "./args.ts";
import { fn } from "./define.ts";
import type { Builtin } from "./types.ts";

export const SPBED_VERSION = "8.0.36-spbed";

const text = (): StaticType => TEXT;
const uint = (): StaticType => UINT;
const int = (): StaticType => ({ kind: "int", unsigned: false });
const volatile = { volatile: true, nullPropagating: false };

const database = fn("DATABASE", 0, 0, text, (_a, ctx) => ctx.session.database, volatile);
const user = fn("USER", 0, 0, text, (_a, ctx) => ctx.session.user, volatile);

export const infoBuiltins: readonly Builtin[] = [
  fn(
    "LAST_INSERT_ID",
    0,
    1,
    uint,
    (a, ctx) => {
      if (a.length === 0) return ctx.session.lastInsertId;
      // LAST_INSERT_ID(expr) returns expr and makes it the value the next LAST_INSERT_ID() returns.
      const v = a[0] === null ? 0 : (toInteger(a[0], ctx) ?? 0);
      ctx.session.lastInsertId =
        typeof v === "bigint" && v < 0n ? BigInt.asUintN(64, v) : v < 0 ? BigInt.asUintN(64, BigInt(v)) : v;
      return a[0] === null ? null : ctx.session.lastInsertId;
    },
    volatile,
  ),
  fn("ROW_COUNT", 0, 0, int, (_a, ctx) => ctx.session.rowCount, volatile),
  fn("FOUND_ROWS", 0, 0, int, (_a, ctx) => ctx.session.foundRows, volatile),
  database,
  { ...database, name: "SCHEMA" },
  user,
  { ...user, name: "SESSION_USER" },
  { ...user, name: "SYSTEM_USER" },
  fn("CURRENT_USER", 0, 0, text, (_a, ctx) => ctx.session.user, volatile),
  fn("VERSION", 0, 0, text, () => SPBED_VERSION),
  fn("CONNECTION_ID", 0, 0, uint, (_a, ctx) => ctx.session.connectionId, volatile),
];
