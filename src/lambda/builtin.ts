// lambda_sync(arn, payload): Aurora MySQL's native function, backed by the session's simulated function service.
// Aurora returns the reply as a BLOB; spbed returns it as a binary string, so assigning it to a TEXT variable
// converts it as MySQL would.

import type { SessionState } from "../compile/types.ts";
import { SqlError } from "../errors.ts";
import type { EagerBuiltin } from "../functions/types.ts";
import { Bytes, type Value } from "../values/value.ts";
import type { FunctionService } from "./service.ts";

/** Sessions that can reach a function service expose it as `functions` (src/session/connection.ts does). */
function serviceOf(session: SessionState): FunctionService | undefined {
  return (session as { functions?: FunctionService }).functions;
}

function text(v: Value): string {
  if (typeof v === "string") return v;
  if (v instanceof Bytes) return new TextDecoder().decode(v.bytes);
  return String(v);
}

export const lambdaSync: EagerBuiltin = {
  form: "eager",
  name: "LAMBDA_SYNC",
  minArgs: 2,
  maxArgs: 2,
  volatile: true,
  nullPropagating: true,
  returnType: () => ({ kind: "string", collation: "binary", binary: true }),
  impl(args, ctx) {
    const service = serviceOf(ctx.session);
    if (service === undefined) {
      throw new SqlError(1305, "42000", `FUNCTION ${ctx.session.database ?? ""}.lambda_sync does not exist`);
    }
    const reply = service.invoke(text(args[0] ?? null), text(args[1] ?? null));
    return new Bytes(new TextEncoder().encode(reply));
  },
};
