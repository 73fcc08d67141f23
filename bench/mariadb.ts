// (c) MariaDB running the same procedure, when the private server (scripts/mariadb.sh) or SPBED_MYSQL_SOCKET is
// reachable. A size whose predicted time exceeds the budget is skipped and reported as such.

import { existsSync } from "node:fs";
import { JsonParserServer, socketPath } from "../test/json/mariadb.ts";
import type { Measurement } from "./timing.ts";

export type ServerResult = { readonly bytes: number } & (
  | { readonly measured: Measurement }
  | { readonly skipped: string }
);

const BUDGET_MS = 20_000;

export async function benchMariadb(documents: readonly string[]): Promise<ServerResult[] | string> {
  if (!existsSync(socketPath())) return `no server at ${socketPath()} (start one with: bash scripts/mariadb.sh start)`;
  let server: JsonParserServer;
  try {
    server = await JsonParserServer.open();
  } catch (e) {
    return `server at ${socketPath()} not reachable: ${(e as Error).message.split("\n")[0]}`;
  }
  const out: ServerResult[] = [];
  try {
    let last: { bytes: number; ms: number } | undefined;
    let slope = 1; // growth exponent seen so far: 1 linear, 2 quadratic
    for (const doc of documents) {
      const bytes = Buffer.byteLength(doc);
      const predicted = last === undefined ? 0 : last.ms * (bytes / last.bytes) ** slope;
      if (predicted > BUDGET_MS) {
        out.push({ bytes, skipped: `predicted ${(predicted / 1000).toFixed(0)} s > ${BUDGET_MS / 1000} s` });
        continue;
      }
      const t = performance.now();
      const r = await server.call("json_extract_property_text", doc, "output");
      const ms = performance.now() - t;
      if ("error" in r) throw new Error(`MariaDB failed on a ${bytes}-byte document: ${r.error.message}`);
      if (last !== undefined && ms > last.ms)
        slope = Math.max(1, Math.log(ms / last.ms) / Math.log(bytes / last.bytes));
      last = { bytes, ms };
      out.push({ bytes, measured: { ms, runs: 1 } });
    }
  } finally {
    await server.close();
  }
  return out;
}
