// `spbed run [--format table|jsonl] [--force] FILE... | -`: runs mysql-client scripts on a fresh in-memory server.

import { readFileSync } from "node:fs";
import { SqlError } from "../errors.ts";
import type { ScriptFile } from "../script/source.ts";
import { formatError, formatTable, type JsonlRecord, resultSetRecord } from "../session/output.ts";
import { failureRecord, type RunSink, runStatements, Spbed } from "../session/run.ts";

const USAGE = "usage: spbed run [--format table|jsonl] [--force] FILE... | -\n";

interface Options {
  format: "table" | "jsonl";
  force: boolean;
  files: string[];
}

function parseArgs(args: readonly string[]): Options | string {
  const options: Options = { format: "table", force: false, files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--force" || arg === "-f") options.force = true;
    else if (arg === "--format" || arg.startsWith("--format=")) {
      const value = arg.includes("=") ? arg.slice("--format=".length) : args[++i];
      if (value !== "table" && value !== "jsonl") return `spbed run: unknown format '${value ?? ""}'`;
      options.format = value;
    } else if (arg.startsWith("-") && arg !== "-") return `spbed run: unknown option '${arg}'`;
    else options.files.push(arg);
  }
  if (options.files.length === 0) return "spbed run: no input (give files, or - for standard input)";
  return options;
}

function readInput(path: string): ScriptFile {
  if (path === "-") return { name: "<stdin>", text: readFileSync(0, "utf8") };
  return { name: path, text: readFileSync(path, "utf8"), path };
}

export async function runCommand(args: string[]): Promise<number> {
  const options = parseArgs(args);
  if (typeof options === "string") {
    process.stderr.write(`${options}\n${USAGE}`);
    return 2;
  }
  const out = (s: string) => process.stdout.write(s);
  const emit = (record: JsonlRecord) => out(`${JSON.stringify(record)}\n`);
  // One server for the whole run: files run in order on one connection, as `cat a.sql b.sql | mysql` would.
  const client = new Spbed().connect();
  const sink: RunSink =
    options.format === "jsonl"
      ? { resultSet: (set) => emit(resultSetRecord(set)), error: (e) => emit(failureRecord(e)) }
      : {
          resultSet: (set) => out(formatTable(set)),
          error: (e) => process.stderr.write(e instanceof SqlError ? formatError(e) : `${e.format()}\n`),
        };
  let failed = false;
  for (const path of options.files) {
    let file: ScriptFile;
    try {
      file = readInput(path);
    } catch (error) {
      process.stderr.write(`spbed run: cannot read ${path}: ${(error as Error).message}\n`);
      return 1;
    }
    if (!runStatements(client, file, options.force, sink)) {
      failed = true;
      if (!options.force) return 1;
    }
  }
  return failed ? 1 : 0;
}
