// Replays corpus cases on a real server and compares the answers with the recordings.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { JsonlRecord } from "../session/output.ts";
import type { CorpusCase } from "./cases.ts";
import { formatJsonl } from "./jsonl.ts";
import { scriptItems } from "./script.ts";
import { runOnServer, type ServerAddress } from "./server.ts";

/**
 * Runs one case on the server from an empty state. The corpus always runs with --force: a case script lists many
 * statements, errors included, and every one of them is part of what is compared.
 */
export async function replayCase(address: ServerAddress, c: CorpusCase): Promise<JsonlRecord[]> {
  const text = readFileSync(c.sqlPath, "utf8");
  return runOnServer(address, scriptItems({ name: c.sqlPath, text, path: c.sqlPath }), { force: true, reset: "all" });
}

export type RecordingState = "fresh" | "stale" | "missing";

export interface RecordingResult {
  readonly case: CorpusCase;
  readonly state: RecordingState;
  readonly records: JsonlRecord[];
}

/** Replays a case and says whether its recording matches; with `write`, brings the recording up to date. */
export async function recordCase(
  address: ServerAddress,
  c: CorpusCase,
  options: { readonly write: boolean },
): Promise<RecordingResult> {
  const records = await replayCase(address, c);
  const text = formatJsonl(records);
  const exists = existsSync(c.expectedPath);
  const state: RecordingState = !exists ? "missing" : readFileSync(c.expectedPath, "utf8") === text ? "fresh" : "stale";
  if (options.write && state !== "fresh") {
    mkdirSync(dirname(c.expectedPath), { recursive: true });
    writeFileSync(c.expectedPath, text);
  }
  return { case: c, state, records };
}
