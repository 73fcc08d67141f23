// Runs mysql-client scripts on a real MySQL or MariaDB server and records what it answers, in the same jsonl form
// that `spbed run --format jsonl` prints, so the two can be compared line by line.

import mysql from "mysql2/promise";
import type { JsonlRecord } from "../session/output.ts";

export interface ServerAddress {
  /** A unix socket path. */
  readonly socket?: string;
  /** mysql://user:password@host:port/ */
  readonly url?: string;
}

/** The address of the private server started by scripts/mariadb.sh, unless the environment names another. */
export function defaultServerAddress(): ServerAddress {
  const url = process.env.SPBED_MYSQL_URL;
  if (url !== undefined && url !== "") return { url };
  return { socket: process.env.SPBED_MYSQL_SOCKET ?? "/tmp/spbed-mariadb/mysqld.sock" };
}

type Connection = mysql.Connection;

export async function connect(address: ServerAddress): Promise<Connection> {
  const common = {
    // Values come back exactly as the text protocol sends them; NULL stays null.
    typeCast: (field: { string(): string | null }) => field.string(),
    rowsAsArray: true,
    multipleStatements: false,
  } as const;
  const conn =
    address.url !== undefined
      ? await mysql.createConnection({ uri: address.url, ...common })
      : await mysql.createConnection({ socketPath: address.socket, user: "root", ...common });
  // Talk to the server in its own default collation: a client collation that differs from the server's creates
  // "Illegal mix of collations" errors that spbed's users would never see.
  const [rows] = await conn.query("SELECT @@collation_server");
  const collation = (rows as string[][])[0]?.[0] ?? "utf8mb4_general_ci";
  await conn.query(`SET NAMES utf8mb4 COLLATE ${collation}`);
  return conn;
}

const SYSTEM_DATABASES = new Set(["mysql", "information_schema", "performance_schema", "sys"]);

/** Drops every database that is not the server's own, so that each case starts from an empty server. */
export async function resetServer(conn: Connection): Promise<void> {
  const [rows] = await conn.query("SHOW DATABASES");
  for (const [name] of rows as string[][]) {
    if (name !== undefined && !SYSTEM_DATABASES.has(name.toLowerCase())) {
      await conn.query(`DROP DATABASE \`${name.replaceAll("`", "``")}\``);
    }
  }
}

interface MysqlError {
  readonly errno?: number;
  readonly sqlState?: string;
  readonly sqlMessage?: string;
  readonly code?: string;
  readonly message?: string;
}

function isResultSet(part: unknown): part is string[][] {
  return Array.isArray(part);
}

/**
 * Runs statements one by one on a fresh connection. Returns the records and whether the run stopped at an error
 * (it goes on after errors when `force` is set, like `mysql --force`).
 */
export async function runOnServer(
  address: ServerAddress,
  statements: readonly string[],
  options: { readonly force?: boolean; readonly reset?: boolean } = {},
): Promise<JsonlRecord[]> {
  const conn = await connect(address);
  const out: JsonlRecord[] = [];
  try {
    if (options.reset !== false) await resetServer(conn);
    for (const sql of statements) {
      try {
        const [result, fields] = await conn.query({ sql, rowsAsArray: true });
        collect(result, fields, out);
      } catch (error) {
        const e = error as MysqlError;
        if (e.errno === undefined) throw error;
        out.push({
          error: { errno: e.errno, sqlstate: e.sqlState ?? "HY000", message: e.sqlMessage ?? e.message ?? "" },
        });
        if (options.force !== true) break;
      }
    }
  } finally {
    await conn.end();
  }
  return out;
}

function collect(result: unknown, fields: unknown, out: JsonlRecord[]): void {
  if (!Array.isArray(result)) return;
  // A CALL answers with several result sets followed by an OK packet; a plain SELECT with one set.
  const sets = Array.isArray(fields) && Array.isArray(fields[0]) ? result : [result];
  const fieldLists = Array.isArray(fields) && Array.isArray(fields[0]) ? fields : [fields];
  sets.forEach((part, i) => {
    const list = fieldLists[i] as { name: string }[] | undefined;
    if (!isResultSet(part) || list === undefined) return;
    out.push({
      columns: list.map((f) => f.name),
      rows: part.map((row) => row.map((v) => (v === null ? null : String(v)))),
    });
  });
}
