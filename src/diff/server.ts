// Runs mysql-client scripts on a real MySQL or MariaDB server and records what it answers, in the same jsonl form
// that `spbed run --format jsonl` prints, so the two can be compared line by line.

import mysql from "mysql2/promise";
import type { JsonlRecord } from "../session/output.ts";
import type { ScriptItem } from "./script.ts";

export interface ServerAddress {
  /** A unix socket path. */
  readonly socket?: string;
  /** mysql://user:password@host:port/ */
  readonly url?: string;
}

/** The socket of the server scripts/mariadb.sh starts; it follows the script's SPBED_MARIADB_DIR and TMPDIR. */
export function privateServerSocket(): string {
  const dir = process.env.SPBED_MARIADB_DIR;
  if (dir !== undefined && dir !== "") return `${dir}/mysqld.sock`;
  return `${process.env.TMPDIR ?? "/tmp"}/spbed-mariadb/mysqld.sock`;
}

/** The address of the private server started by scripts/mariadb.sh, unless the environment names another. */
export function defaultServerAddress(): ServerAddress {
  const url = process.env.SPBED_MYSQL_URL;
  if (url !== undefined && url !== "") return { url };
  const socket = process.env.SPBED_MYSQL_SOCKET ?? process.env.SPBED_MARIADB_SOCKET;
  return { socket: socket !== undefined && socket !== "" ? socket : privateServerSocket() };
}

export function describeAddress(address: ServerAddress): string {
  if (address.url !== undefined) return address.url.replace(/\/\/([^:@/]*):[^@/]*@/, "//$1:***@");
  return `socket ${address.socket ?? privateServerSocket()}`;
}

type Connection = mysql.Connection;

interface TypeCastField {
  string(encoding?: string): string | null;
}

export async function connect(address: ServerAddress, options: { multipleStatements?: boolean } = {}) {
  const common = {
    // Values come back exactly as the text protocol sends them, read as UTF-8 (the connection's character set)
    // whatever the column's charset says; NULL stays null.
    typeCast: (field: TypeCastField) => field.string("utf8"),
    rowsAsArray: true,
    multipleStatements: options.multipleStatements ?? false,
    // mysql2 asks for CLIENT_FOUND_ROWS by default, which makes UPDATE report matched rows instead of changed rows
    // (and ROW_COUNT() with it). The mysql client does not, and neither does spbed.
    flags: ["-FOUND_ROWS"] as string[],
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

async function userDatabases(conn: Connection): Promise<string[]> {
  const [rows] = await conn.query("SHOW DATABASES");
  return (rows as string[][])
    .map(([name]) => name)
    .filter((name): name is string => name !== undefined && !SYSTEM_DATABASES.has(name.toLowerCase()));
}

async function dropDatabase(conn: Connection, name: string): Promise<void> {
  await conn.query(`DROP DATABASE IF EXISTS \`${name.replaceAll("`", "``")}\``);
}

/** Drops every database that is not the server's own, so that each case starts from an empty server. */
export async function resetServer(conn: Connection): Promise<void> {
  for (const name of await userDatabases(conn)) await dropDatabase(conn, name);
}

interface MysqlError {
  readonly errno?: number;
  readonly sqlState?: string;
  readonly sqlMessage?: string;
  readonly message?: string;
}

/** The error record for a server error, or undefined for anything else (a lost connection, a bug). */
export function serverErrorRecord(error: unknown): JsonlRecord | undefined {
  const e = error as MysqlError;
  if (typeof e?.errno !== "number" || e.sqlState === undefined) return undefined;
  return { error: { errno: e.errno, sqlstate: e.sqlState, message: e.sqlMessage ?? e.message ?? "" } };
}

/**
 * How a run treats the databases already on the server:
 * - "all" drops every non-system database first (the private test server: each case starts empty);
 * - "created" leaves existing databases alone and drops, afterwards, only those the script created (a user's server).
 */
export type ResetMode = "all" | "created";

/**
 * Runs statements one by one on a fresh connection (so user variables and session settings start fresh) and returns
 * what the server answered. It goes on after errors when `force` is set, like `mysql --force`. A client error item
 * (a failed `source`, see scriptItems) is recorded in place and counts as a failed statement.
 */
export async function runOnServer(
  address: ServerAddress,
  statements: readonly ScriptItem[],
  options: { readonly force?: boolean; readonly reset?: ResetMode | boolean } = {},
): Promise<JsonlRecord[]> {
  const mode: ResetMode = options.reset === "created" ? "created" : "all";
  const conn = await connect(address);
  const out: JsonlRecord[] = [];
  try {
    const before = new Set(await userDatabases(conn));
    if (mode === "all" && options.reset !== false) await resetServer(conn);
    try {
      for (const item of statements) {
        if (typeof item !== "string") out.push(item.clientError);
        const ok = typeof item === "string" && (await runStatement(conn, item, out));
        if (!ok && options.force !== true) break;
      }
    } finally {
      if (mode === "created") {
        for (const name of await userDatabases(conn)) if (!before.has(name)) await dropDatabase(conn, name);
      }
    }
  } finally {
    await conn.end();
  }
  return out;
}

/** Runs one statement, appending its result sets or its error to `out`; false when it failed. */
export async function runStatement(conn: Connection, sql: string, out: JsonlRecord[]): Promise<boolean> {
  try {
    const [result, fields] = await conn.query({ sql, rowsAsArray: true });
    collect(result, fields, out);
    return true;
  } catch (error) {
    const record = serverErrorRecord(error);
    if (record === undefined) throw error;
    out.push(record);
    return false;
  }
}

function isResultSet(part: unknown): part is (string | null)[][] {
  return Array.isArray(part);
}

/** Appends the result sets of one answer: a CALL answers with several sets and an OK packet, a SELECT with one. */
export function collect(result: unknown, fields: unknown, out: JsonlRecord[]): void {
  if (!Array.isArray(result)) return;
  const multi = Array.isArray(fields) && Array.isArray(fields[0]);
  const sets = multi ? result : [result];
  const fieldLists = multi ? (fields as unknown[]) : [fields];
  sets.forEach((part, i) => {
    const list = fieldLists[i] as { name: string }[] | undefined;
    if (!isResultSet(part) || list === undefined || !Array.isArray(list)) return;
    out.push({
      columns: list.map((f) => f.name),
      rows: part.map((row) => row.map((v) => (v === null ? null : String(v)))),
    });
  });
}
