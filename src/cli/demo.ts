// `spbed demo` (what `npm start` runs): the seed's scenario, end to end, on the in-memory server.
//
// It loads the JSON parser written in SQL and the seed's schema, chaos monkey and trigger from sql/, inserts one row
// per failure case of the blog, shows the table, and then plays the two fatal cases: the chaos monkey sleeps a minute
// and the "operator" kills the server during that minute, before and after the Lambda call.

import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { ResultSet } from "../compile/types.ts";
import { SqlError, SqlSyntaxError } from "../errors.ts";
import { formatTable } from "../session/output.ts";
import { type Client, Spbed } from "../session/run.ts";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const SETUP = [
  "sql/json",
  "sql/seed/10_fib_schema.sql",
  "sql/seed/30_chaos_monkey.sql",
  "sql/seed/40_fibonacci_trigger.sql",
];

function sqlFiles(path: string): string[] {
  const full = join(ROOT, path);
  if (!path.endsWith(".sql")) {
    return readdirSync(full)
      .filter((f) => f.endsWith(".sql"))
      .sort()
      .map((f) => join(full, f));
  }
  return [full];
}

const SHOW_TABLE = `SELECT fib, value, correlation_id, success, error_sqlstate,
  LEFT(REPLACE(error_msg, '\\n', ' '), 64) AS error_msg, error_errno
FROM fib.fibonacci ORDER BY fib DESC`;

function insert(fib: number): string {
  return `INSERT INTO fib.fibonacci VALUES (${fib}, NULL, '${fib}${Math.abs(fib)}', NULL, NULL, NULL, NULL)`;
}

function show(client: Client, sql: string): string {
  const sets: ResultSet[] = [];
  for (const outcome of client.exec(sql)) sets.push(...outcome.resultSets);
  return sets.map(formatTable).join("");
}

export async function demoCommand(): Promise<number> {
  const out = (s: string) => process.stdout.write(s);
  const spbed = new Spbed();
  let client = spbed.connect();
  out("spbed demo: the seed's BEFORE INSERT trigger, lambda_sync() and the chaos monkey, without Aurora\n\n");
  try {
    client.exec("CREATE DATABASE IF NOT EXISTS fib; USE fib");
    for (const file of SETUP.flatMap(sqlFiles)) {
      const results = client.run(readFileSync(file, "utf8"), relative(ROOT, file));
      const failed = results.find((r) => !r.ok);
      if (failed !== undefined && !failed.ok) throw failed.error;
      out(`loaded ${relative(ROOT, file)} (${results.length} statements)\n`);
    }

    out("\nOne insert per case of the blog: a success, then each non-fatal failure once.\n");
    for (const fib of [5, 10, -2, -3, -4, -5, -7]) {
      client.exec(insert(fib));
      out(`  ${insert(fib)}\n`);
    }
    out(`\n${show(client, SHOW_TABLE)}`);

    out("\nThe fatal cases: the chaos monkey sleeps a minute and the server is killed during the sleep.\n");
    for (const [fib, when] of [
      [-1, "before"],
      [-6, "after"],
    ] as const) {
      const started = spbed.clock.realMicros();
      spbed.server.onCheckpoint = () => {
        if (spbed.clock.realMicros() - started >= 60_000_000 && !spbed.server.down) spbed.server.crash();
      };
      const [result] = client.run(insert(fib));
      spbed.server.onCheckpoint = undefined;
      const seen =
        result === undefined || result.ok ? "no error" : `ERROR ${result.error.errno}: ${result.error.message}`;
      out(`  fib = ${fib} (crash ${when} the call): ${seen}\n`);
      spbed.server.restart();
      client = spbed.connect();
      const [count] = client.exec(`SELECT COUNT(*) FROM fib.fibonacci WHERE fib = ${fib}`);
      const n = count?.resultSets[0]?.rows[0]?.[0];
      out(`    after restart: ${String(n)} row(s) with fib = ${fib}: the insert was rolled back\n`);
    }

    out("\nWhat the function service saw (the insert for fib = -6 was rolled back, but the function had run):\n");
    for (const call of spbed.functions.log) {
      out(`  ${call.requestId}  ${call.payload.padEnd(12)} ${call.outcome.padEnd(14)} executed=${call.executed}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof SqlError) out(`${error.format()}\n`);
    else if (error instanceof SqlSyntaxError) out(`${error.format()}\n`);
    else throw error;
    return 1;
  }
}
