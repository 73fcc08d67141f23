// Records what the real server answers for each case expression: `npx tsx test/functions/record.ts string`.
// Writes test/functions/recorded/<group>.json, which the tests compare against (after MySQL-specific overrides).

import { writeFileSync } from "node:fs";
import { connect, defaultServerAddress } from "../../src/diff/server.ts";

const group = process.argv[2];
const { cases } = (await import(`./cases/${group}.ts`)) as { cases: readonly string[] };
const conn = await connect(defaultServerAddress());
await conn.query("SET NAMES utf8mb4 COLLATE utf8mb4_general_ci");
await conn.query(
  "SET sql_mode = 'ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'",
);
await conn.query("SET time_zone = '+00:00'");
// A statement without tables and without conditions leaves the previous diagnostics in place, so each case starts
// with one that reads a table and therefore clears them.
const out: Record<string, unknown> = {};
for (const expr of cases) {
  await conn.query("SELECT 1 FROM mysql.db LIMIT 0");
  try {
    const [rows] = await conn.query(`SELECT ${expr}`);
    const [warns] = await conn.query("SHOW WARNINGS");
    out[expr] = {
      result: (rows as (string | null)[][])[0][0],
      warnings: (warns as string[][]).map((w) => Number(w[1])),
    };
  } catch (e) {
    out[expr] = { error: (e as { errno: number }).errno, message: (e as Error).message };
  }
}
await conn.end();
writeFileSync(new URL(`./recorded/${group}.json`, import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
console.log(`${Object.keys(out).length} cases recorded for ${group}`);
