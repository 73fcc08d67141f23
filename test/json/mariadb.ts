// Runs the SQL JSON parser on the private MariaDB server (scripts/mariadb.sh). Used by the corpus recorder and by
// the *.mariadb.test.ts files. The parser lives in its own database; other tests reset the server (dropping every
// database), so a call that finds the routines gone loads them again and retries once.

import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import mysql from "mysql2/promise";
import { privateServerSocket } from "../../src/diff/server.ts";

export const SQL_FILES = ["10_json_helpers.sql", "20_json_extract_property.sql"].map((f) =>
  fileURLToPath(new URL(`../../sql/json/${f}`, import.meta.url)),
);

const DATABASE = "spbed_jsonp";

export function socketPath(): string {
  return process.env.SPBED_MYSQL_SOCKET ?? privateServerSocket();
}

/** What one CALL gave: the OUT values, or the error the server raised. */
export type CallOutcome =
  | { readonly value: string | null; readonly type: string | null }
  | { readonly error: { readonly errno: number; readonly sqlstate: string; readonly message: string } };

/** Loads sql/json/*.sql with the mysql client (it understands DELIMITER). */
export function loadParser(): void {
  const client = ["--no-defaults", `--socket=${socketPath()}`, "-uroot", "--default-character-set=utf8mb4"];
  execFileSync("mariadb", [...client, "-e", `CREATE DATABASE IF NOT EXISTS ${DATABASE} CHARACTER SET utf8mb4`]);
  for (const file of SQL_FILES) {
    execFileSync("mariadb", [...client, DATABASE], { input: readFileSync(file) });
  }
}

export class JsonParserServer {
  private constructor(private readonly conn: mysql.Connection) {}

  static async open(): Promise<JsonParserServer> {
    loadParser();
    const conn = await mysql.createConnection({
      socketPath: socketPath(),
      user: "root",
      charset: "UTF8MB4_GENERAL_CI",
      multipleStatements: false,
    });
    return new JsonParserServer(conn);
  }

  /** CALL `procedure`(doc, name, @v, @t) and read the OUT values back. */
  async call(procedure: "json_extract_property" | "json_extract_property_text", doc: string, name: string | null) {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.conn.query(`USE ${DATABASE}`);
        await this.conn.query(`CALL ${procedure}(?, ?, @v, @t)`, [doc, name]);
        const [rows] = await this.conn.query("SELECT @v AS v, @t AS t");
        const row = (rows as { v: string | Buffer | null; t: string | null }[])[0];
        const v = row?.v ?? null;
        return { value: Buffer.isBuffer(v) ? v.toString("utf8") : v, type: row?.t ?? null } as CallOutcome;
      } catch (error) {
        const e = error as { errno?: number; sqlState?: string; sqlMessage?: string };
        // 1049 unknown database, 1305 routine missing, 1046 no database: another test reset the server meanwhile.
        if ((e.errno === 1049 || e.errno === 1305 || e.errno === 1046) && attempt < 5) {
          loadParser();
          continue;
        }
        if (e.errno === undefined) throw error;
        return { error: { errno: e.errno, sqlstate: e.sqlState ?? "", message: e.sqlMessage ?? "" } } as CallOutcome;
      }
    }
  }

  async close(): Promise<void> {
    await this.conn.end();
  }
}
