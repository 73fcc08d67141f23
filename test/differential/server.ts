// The server for the differential tests that need one: the server SPBED_MYSQL_URL or SPBED_MYSQL_SOCKET names, or
// else the private MariaDB that scripts/mariadb.sh starts (it is idempotent). Never any other server.

import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { connect, type ServerAddress } from "../../src/diff/server.ts";

const SCRIPT = fileURLToPath(new URL("../../scripts/mariadb.sh", import.meta.url));

function named(): ServerAddress | undefined {
  const url = process.env.SPBED_MYSQL_URL;
  if (url !== undefined && url !== "") return { url };
  const socket = process.env.SPBED_MYSQL_SOCKET;
  if (socket !== undefined && socket !== "") return { socket };
  return undefined;
}

/** Starts (or finds) the server and checks that it answers; throws with the reason when there is none. */
export async function testServer(): Promise<ServerAddress> {
  let address = named();
  if (address === undefined) {
    execFileSync("bash", [SCRIPT, "start"], { stdio: ["ignore", "ignore", "inherit"] });
    const env = execFileSync("bash", [SCRIPT, "env"], { encoding: "utf8" });
    const socket = /SPBED_MARIADB_SOCKET=(\S+)/.exec(env)?.[1];
    if (socket === undefined) throw new Error(`scripts/mariadb.sh env printed no socket: ${env}`);
    address = { socket };
  }
  const conn = await connect(address);
  await conn.end();
  return address;
}
