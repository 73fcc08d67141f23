// The mysql client's `source FILE` (`\. FILE`) command: the statements of another file run in place of the command.
//
// The server never sees the command: the client reads the file and sends its statements. spbed's script runner
// (src/session/run.ts) and the differential harness's server runner (src/diff/script.ts) both walk a script through
// expandScript, so both run the same statements.
//
// - A relative name is looked up in the current directory first (as the mysql client does), then in the directory of
//   the script that holds the `source` line.
// - A file that cannot be read is an error record shaped like the client's message
//   (`Failed to open file 'x', error: 2`, the errno of the failure); `source` without a name is the client's usage
//   error. Both are errno 0 (the client prints no error number) and count as a failed statement: without --force
//   the run stops there.
// - Sourced files may source others. A file that is already being sourced (a cycle) is refused with an error
//   instead of recursing until the client runs out of file handles.
// - The delimiter is the client's, not the file's: a sourced file starts with the delimiter in force at the source
//   command, and a DELIMITER it leaves changed stays in force in the file that sourced it, as in the mysql client.

import { existsSync, readFileSync, realpathSync } from "node:fs";
import { constants } from "node:os";
import { dirname, isAbsolute, resolve } from "node:path";
import { lineColAt, type SourceFile } from "../errors.ts";
import { type ScriptChunk, scanScript } from "./split.ts";

/** A script: its text, its name in messages and, when it is a file on disk, its path (for relative sources). */
export interface ScriptFile extends SourceFile {
  readonly path?: string;
}

/** A client command that failed (`source` of a missing file, a cycle, a usage error): no server was asked. */
export class ClientCommandError extends Error {
  /** The mysql client prints no error number for its own errors. */
  readonly errno = 0;
  readonly sqlstate = "HY000";

  constructor(
    message: string,
    readonly file: SourceFile,
    readonly offset: number,
    /** True when the command sits in a sourced file (the client then names the file). */
    readonly nested: boolean,
  ) {
    super(message);
  }

  override get name(): string {
    return "ClientCommandError";
  }

  /** As the mysql client prints it in batch mode: `ERROR at line 5: Failed to open file 'x', error: 2`. */
  format(): string {
    const { line } = lineColAt(this.file.text, this.offset);
    const where = this.nested ? ` in file: '${this.file.name}'` : "";
    return `ERROR at line ${line}${where}: ${this.message}`;
  }
}

/** One step of a script with its sources expanded: a statement chunk of some file, or a failed client command. */
export type ScriptStep =
  | {
      readonly kind: "statement";
      readonly file: ScriptFile;
      /**
       * Index of the chunk in splitScript(file.text) (and so in parseScriptChunks(file)), or -1 when the chunk was
       * split under a delimiter a sourced file left behind (or the file was sourced under another delimiter than `;`).
       */
      readonly index: number;
      readonly chunk: ScriptChunk;
    }
  | { readonly kind: "error"; readonly error: ClientCommandError };

export interface SourceOptions {
  /** Directory that relative names are looked up in first; process.cwd() by default. */
  readonly cwd?: string;
}

function errnoOf(error: unknown): number {
  const code = (error as { code?: string }).code;
  const n = code === undefined ? undefined : (constants.errno as Record<string, number>)[code];
  return n ?? 5; // EIO for anything without an errno
}

/** Where `name` is found from a script at `from` (its path, or undefined for standard input). */
function locate(name: string, from: string | undefined, cwd: string): string {
  if (isAbsolute(name)) return name;
  const inCwd = resolve(cwd, name);
  if (existsSync(inCwd) || from === undefined) return inCwd;
  const besideScript = resolve(dirname(resolve(cwd, from)), name);
  return existsSync(besideScript) ? besideScript : inCwd;
}

/**
 * Walks `file` chunk by chunk, replacing each source command by the steps of the file it names. Lazy: a file is read
 * when its command is reached, so a consumer that stops at an error reads nothing after it.
 */
export function* expandScript(file: ScriptFile, options: SourceOptions = {}): Generator<ScriptStep> {
  const cwd = options.cwd ?? process.cwd();
  const top = file.path === undefined ? undefined : safeRealpath(resolve(cwd, file.path));
  yield* walk(file, cwd, top === undefined ? [] : [{ real: top, name: file.name }], false, ";");
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** A file being sourced: its real path, and its name as the source command wrote it (for the cycle message). */
interface Open {
  readonly real: string;
  readonly name: string;
}

/** Yields the steps of `file`, started under `delimiter`; returns the delimiter in force at its end. */
function* walk(
  file: ScriptFile,
  cwd: string,
  open: readonly Open[],
  nested: boolean,
  delimiter: string,
): Generator<ScriptStep, string> {
  let scan = scanScript(file.text, 0, delimiter);
  let aligned = delimiter === ";";
  for (let index = 0; index < scan.chunks.length; index++) {
    const chunk = scan.chunks[index] as ScriptChunk;
    if (chunk.command === undefined) {
      yield { kind: "statement", file, index: aligned ? index : -1, chunk };
      continue;
    }
    const fail = (message: string): ScriptStep => ({
      kind: "error",
      error: new ClientCommandError(message, file, chunk.start, nested),
    });
    const name = chunk.command.file;
    if (name === undefined) {
      yield fail("Usage: \\. <filename> | source <filename>");
      continue;
    }
    const path = locate(name, file.path, cwd);
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (error) {
      yield fail(`Failed to open file '${name}', error: ${errnoOf(error)}`);
      continue;
    }
    const real = safeRealpath(path);
    if (open.some((o) => o.real === real)) {
      const chain = [...open.map((o) => o.name), name].join(" -> ");
      yield fail(`Failed to source file '${name}': it is already being sourced (${chain})`);
      continue;
    }
    const shown = path === resolve(cwd, name) ? name : path;
    const after = yield* walk({ name: shown, text, path }, cwd, [...open, { real, name }], true, chunk.delimiter);
    if (after !== chunk.delimiter) {
      // The sourced file changed the delimiter: the rest of this file is split again under the new one.
      scan = scanScript(file.text, chunk.next ?? chunk.end, after);
      aligned = false;
      index = -1;
    }
  }
  return scan.delimiter;
}
