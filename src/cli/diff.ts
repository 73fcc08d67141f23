// `spbed diff [--server URL|--socket PATH] [--reset] [--known FILE] FILE...`: runs each script on spbed and on a
// real MySQL or MariaDB server and prints where they differ. Exit status 1 on any difference, 0 on agreement.
//
// The server is the one named on the command line, else SPBED_MYSQL_URL / SPBED_MYSQL_SOCKET, else the private
// server of scripts/mariadb.sh. A user's server keeps its databases: only databases the script creates are dropped
// afterwards. --reset drops every non-system database first instead, which is what a throwaway test server wants.

import { readFileSync } from "node:fs";
import { compareRecords } from "../diff/compare.ts";
import { expectationFor, type KnownDifferences, loadKnownDifferences } from "../diff/known.ts";
import { scriptItems } from "../diff/script.ts";
import { defaultServerAddress, describeAddress, runOnServer, type ServerAddress } from "../diff/server.ts";
import { runOnSpbed } from "../diff/spbed.ts";
import type { JsonlRecord } from "../session/output.ts";

const USAGE = "usage: spbed diff [--server URL|--socket PATH] [--reset] [--messages] FILE...\n";

interface Options {
  address: ServerAddress;
  reset: boolean;
  /** Also count message-text differences as differences. */
  messages: boolean;
  known?: string;
  files: string[];
}

function parseArgs(args: readonly string[]): Options | string {
  const options: Options = { address: defaultServerAddress(), reset: false, messages: true, files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    const value = (name: string): string | undefined =>
      arg.startsWith(`${name}=`) ? arg.slice(name.length + 1) : arg === name ? args[++i] : undefined;
    if (arg === "--server" || arg.startsWith("--server=")) {
      const url = value("--server");
      if (url === undefined || !/^mysql:\/\//.test(url))
        return "spbed diff: --server needs a mysql://user:pass@host:port/ URL";
      options.address = { url };
    } else if (arg === "--socket" || arg.startsWith("--socket=")) {
      const socket = value("--socket");
      if (socket === undefined || socket === "") return "spbed diff: --socket needs a path";
      options.address = { socket };
    } else if (arg === "--known" || arg.startsWith("--known=")) {
      options.known = value("--known");
      if (options.known === undefined) return "spbed diff: --known needs a file";
    } else if (arg === "--reset") options.reset = true;
    else if (arg === "--rows-only") options.messages = false;
    else if (arg === "--messages") options.messages = true;
    else if (arg.startsWith("-")) return `spbed diff: unknown option '${arg}'`;
    else options.files.push(arg);
  }
  if (options.files.length === 0) return "spbed diff: no files";
  return options;
}

export async function diffCommand(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === "string") {
    process.stderr.write(`${options}\n${USAGE}`);
    return 2;
  }
  let known: KnownDifferences = { differences: [] };
  if (options.known !== undefined) known = loadKnownDifferences(options.known);
  let differing = 0;
  for (const path of options.files) {
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      process.stderr.write(`spbed diff: cannot read ${path}: ${(error as Error).message}\n`);
      return 2;
    }
    let server: JsonlRecord[];
    try {
      server = await runOnServer(options.address, scriptItems({ name: path, text, path }), {
        force: true,
        reset: options.reset ? "all" : "created",
      });
    } catch (error) {
      process.stderr.write(
        `spbed diff: cannot run on the server (${describeAddress(options.address)}): ${(error as Error).message}\n`,
      );
      return 2;
    }
    const caseName = path.replace(/^.*cases\//, "").replace(/\.sql$/, "");
    const expected = expectationFor(caseName, server, known).records;
    const spbed = runOnSpbed(text, { force: true, name: path, path });
    const c = compareRecords(expected, spbed, { expected: "server", actual: "spbed" });
    const agrees = options.messages ? c.messagesAgree : c.rowsAgree;
    if (agrees) {
      process.stdout.write(`${path}: agree (${spbed.length} records)\n`);
      continue;
    }
    differing++;
    process.stdout.write(`${path}: differ\n${c.diff}\n`);
  }
  if (options.files.length > 1) {
    process.stdout.write(`${options.files.length - differing} of ${options.files.length} files agree\n`);
  }
  return differing > 0 ? 1 : 0;
}
