// Running scripts: a fresh simulated server, one connection, and the statements of a mysql-client script run in
// order, the way `mysql < file.sql` (or `mysql --force`) runs them.

import type { ParsedStatement } from "../ast.ts";
import type { ExecContext, ResultSet, StatementOutcome } from "../compile/types.ts";
import { Server } from "../engine/server.ts";
import { ConnectionLost } from "../engine/types.ts";
import { lineColAt, type SourceFile, SqlError, SqlSyntaxError } from "../errors.ts";
import { registerBuiltin } from "../functions/registry.ts";
import { lambdaSync } from "../lambda/builtin.ts";
import { FIBONACCI_CONFIG, fibonacci } from "../lambda/fibonacci.ts";
import { FunctionService } from "../lambda/service.ts";
import { type ParsedChunk, parseScript, parseScriptChunks } from "../parse.ts";
import { isDiagnosticStatement } from "../runtime/diagnostics.ts";
import { isStrict } from "../runtime/frame.ts";
import { callStoredFunction } from "../runtime/routines.ts";
import { compileStatement, topLevelEnv } from "../runtime/statements.ts";
import { triggerRunner } from "../runtime/triggers.ts";
import { installDefaultRuntime } from "../runtime/wiring.ts";
import { type ClientCommandError, expandScript, type ScriptFile, type SourceOptions } from "../script/source.ts";
import type { ScriptChunk } from "../script/split.ts";
import { SimulatedClock } from "./clock.ts";
import { Connection } from "./connection.ts";
import { errorRecord, type JsonlRecord, resultSetRecord } from "./output.ts";

let wired = false;

/** Plugs spbed's compilers and engine into the runtime (once per process). */
export function wire(): void {
  if (wired) return;
  installDefaultRuntime();
  registerBuiltin(lambdaSync);
  wired = true;
}

export interface SpbedOptions {
  /** Start of the simulated clock, in microseconds since the epoch. */
  readonly startMicros?: number;
  readonly seed?: number;
}

/** A simulated server with its function service and clock: what a test or the CLI starts from. */
export class Spbed {
  readonly server = new Server();
  readonly clock: SimulatedClock;
  readonly functions: FunctionService;

  constructor(options: SpbedOptions = {}) {
    wire();
    this.clock = new SimulatedClock(options.startMicros);
    this.functions = new FunctionService(
      () => this.clock.realMicros(),
      (d) => this.clock.advanceMicros(d),
    );
    // The seed's function is always deployed, so that the seed's SQL runs as written.
    this.functions.register("fibonacci", fibonacci, FIBONACCI_CONFIG);
    this.server.triggerRunner = triggerRunner;
  }

  /** A new client connection. */
  connect(): Client {
    return new Client(this, new Connection(this.server.connect(), { clock: this.clock, functions: this.functions }));
  }
}

/** What a statement produced, or the error it raised. */
export type StatementResult =
  | { readonly ok: true; readonly outcome: StatementOutcome }
  | { readonly ok: false; readonly error: SqlError | ConnectionLost };

/** One client connection: runs parsed statements and whole scripts. */
export class Client {
  constructor(
    readonly spbed: Spbed,
    readonly connection: Connection,
  ) {
    connection.storedFunctionCaller = callStoredFunction;
  }

  /** Runs one statement; SQL errors come back as values, anything else is a bug and propagates. */
  execute(parsed: ParsedStatement, source: string): StatementResult {
    const conn = this.connection;
    const stmt = parsed.statement;
    if (!isDiagnosticStatement(stmt)) conn.diagnostics.clear();
    conn.beginStatement();
    try {
      if (conn.engine.lost) throw new ConnectionLost();
      const compiled = compileStatement(stmt, topLevelEnv(source));
      const sqlMode = conn.sqlMode;
      const ctx: ExecContext = { session: conn, slots: [], rows: [], strict: isStrict(sqlMode), sqlMode };
      const outcome = compiled(ctx);
      conn.rowCount = outcome.affectedRows;
      return { ok: true, outcome };
    } catch (error) {
      if (error instanceof SqlError) {
        conn.diagnostics.addError(error);
        conn.rowCount = -1;
        return { ok: false, error };
      }
      if (error instanceof ConnectionLost) return { ok: false, error };
      throw error;
    }
  }

  /** Runs SQL text (a script with DELIMITER lines is fine). Throws SqlSyntaxError when it does not parse. */
  run(text: string, name = "<sql>"): StatementResult[] {
    const file = { name, text };
    return parseScript(file).map((p) => this.execute(p, text));
  }

  /** Like run(), but throws the first SQL error: for tests and set-up code. */
  exec(text: string, name = "<sql>"): StatementOutcome[] {
    const file = { name, text };
    const out: StatementOutcome[] = [];
    for (const p of parseScript(file)) {
      const r = this.execute(p, text);
      if (!r.ok) throw r.error;
      out.push(r.outcome);
    }
    return out;
  }
}

/** Receives what a script run produces, statement by statement. */
export interface RunSink {
  resultSet(set: ResultSet): void;
  error(error: RunFailure): void;
}

/** What can fail in a script run: a statement on the server, its syntax, or a client command (`source`). */
export type RunFailure = SqlError | ConnectionLost | SqlSyntaxError | ClientCommandError;

/**
 * Runs a script on `client` the way `mysql < file` does: statement by statement, a syntax error failing only its own
 * statement, `source FILE` running the statements of FILE in place (src/script/source.ts). Stops at the first error
 * unless `force`. Returns false when anything failed. `file.path` (when the script is a file) lets `source` find
 * files next to it.
 */
export function runStatements(
  client: Client,
  file: ScriptFile,
  force: boolean,
  sink: RunSink,
  options: SourceOptions = {},
): boolean {
  let ok = true;
  // Each file is parsed once, on its first statement; its chunks are those the expansion walks, index for index.
  const parsedFiles = new Map<SourceFile, ParsedChunk[]>();
  for (const step of expandScript(file, options)) {
    if (step.kind === "error") {
      ok = false;
      sink.error(step.error);
      if (!force) return false;
      continue;
    }
    let chunk: ParsedChunk;
    let source = step.file.text;
    if (step.index >= 0) {
      let parsed = parsedFiles.get(step.file);
      if (parsed === undefined) {
        parsed = parseScriptChunks(step.file);
        parsedFiles.set(step.file, parsed);
      }
      chunk = parsed[step.index] as ParsedChunk;
    } else ({ chunk, source } = parseAlone(step.file, step.chunk));
    if ("error" in chunk) {
      ok = false;
      sink.error(chunk.error);
      if (!force) return false;
      continue;
    }
    for (const statement of chunk.statements) {
      const result = client.execute(statement, source);
      if (result.ok) {
        for (const set of result.outcome.resultSets) sink.resultSet(set);
        continue;
      }
      ok = false;
      sink.error(result.error);
      if (!force) return false;
    }
  }
  return ok;
}

/**
 * Parses one chunk split under a delimiter the file's own splitting does not know (left by a sourced file): as a text
 * that sets that delimiter and puts the chunk on its own line and column, so syntax errors point at the right place
 * (one line off when the chunk is on the file's first line). `source` is the text the statements' offsets point into.
 */
function parseAlone(file: SourceFile, chunk: ScriptChunk): { chunk: ParsedChunk; source: string } {
  const { line, column } = lineColAt(file.text, chunk.start);
  const lead = chunk.delimiter === ";" ? "" : `DELIMITER ${chunk.delimiter}`;
  const lines = lead === "" ? line - 1 : Math.max(line - 1, 1);
  const source = `${lead}${"\n".repeat(lines)}${" ".repeat(column - 1)}${chunk.text}`;
  const parsed = parseScriptChunks({ name: file.name, text: source });
  const statements = parsed.flatMap((p) => ("statements" in p ? p.statements : []));
  const error = parsed.find((p) => "error" in p);
  return { chunk: error ?? { statements }, source };
}

export interface RunOptions {
  /** Go on after errors, like `mysql --force`. */
  readonly force?: boolean;
  /** The server to run on; a fresh one when omitted. */
  readonly spbed?: Spbed;
}

export interface RunReport {
  readonly records: JsonlRecord[];
  /** False when a statement failed (with `force`, the run went on anyway). */
  readonly ok: boolean;
}

/** The jsonl record of any failure: a syntax error is the server's 1064. */
export function failureRecord(error: RunFailure): JsonlRecord {
  if (error instanceof SqlSyntaxError) return { error: { errno: 1064, sqlstate: "42000", message: error.message } };
  if (error instanceof SqlError) return errorRecord(error);
  return { error: { errno: error.errno, sqlstate: error.sqlstate, message: error.message } };
}

/** Runs a script on a fresh server and returns the jsonl records of the contract. */
export function runScript(file: ScriptFile, options: RunOptions = {}): RunReport {
  const client = (options.spbed ?? new Spbed()).connect();
  const records: JsonlRecord[] = [];
  const ok = runStatements(client, file, options.force === true, {
    resultSet: (set) => records.push(resultSetRecord(set)),
    error: (e) => records.push(failureRecord(e)),
  });
  return { records, ok };
}
