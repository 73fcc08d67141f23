// Records expression results from the real server into test/expr/cases.json:
//   npx tsx test/expr/record.ts
// Each case runs as `SELECT <expr>` followed by SHOW WARNINGS on one connection, with MySQL 8's defaults set where
// MariaDB's differ (sql_mode; a NO PAD accent- and case-insensitive UCA collation for utf8mb4_0900_ai_ci).
// Cases whose MySQL 8 answer differs carry a `mysql` override in cases.ts, applied by the test, not here.

import { writeFileSync } from "node:fs";
import mysql from "mysql2/promise";
import { CASES } from "./cases.ts";

interface Recorded {
  sql: string;
  value?: string | null;
  warnings?: string[];
  error?: string;
}

const conn = await mysql.createConnection({
  socketPath: "/tmp/spbed-mariadb/mysqld.sock",
  user: "root",
  charset: "utf8mb4",
  rowsAsArray: true,
  typeCast: (field: { string(enc?: string): string | null }) => field.string("utf8"),
} as mysql.ConnectionOptions);

async function reset(): Promise<void> {
  await conn.query("SET NAMES utf8mb4 COLLATE utf8mb4_uca1400_nopad_ai_ci");
  await conn.query(
    "SET sql_mode = 'ONLY_FULL_GROUP_BY,STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'",
  );
  await conn.query("SET div_precision_increment = 4");
}

const out: Recorded[] = [];
for (const group of CASES) {
  for (const c of group.cases) {
    const sql = typeof c === "string" ? c : c.sql;
    await reset();
    if (group.setup) for (const s of group.setup) await conn.query(s);
    // MariaDB keeps the previous warnings across a SELECT without tables; a statement with a table clears them.
    await conn.query("SELECT 1 FROM (SELECT 1) AS t LIMIT 0");
    const rec: Recorded = { sql };
    try {
      const [rows] = (await conn.query(`SELECT ${sql}`)) as unknown as [string[][]];
      rec.value = rows[0][0];
      const [w] = (await conn.query("SHOW WARNINGS")) as unknown as [string[][]];
      rec.warnings = w.map((r) => `${r[0]} ${r[1]} ${r[2]}`);
    } catch (e) {
      const err = e as { errno: number; sqlMessage: string };
      rec.error = `${err.errno} ${err.sqlMessage}`;
    }
    out.push(rec);
  }
}
await conn.end();
writeFileSync(new URL("./cases.json", import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
console.log(`recorded ${out.length} cases`);
