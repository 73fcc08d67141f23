// The recorded corpus: test/json/corpus/*.json and what MariaDB answered for them (test/json/expected.jsonl).

import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { CallOutcome } from "./mariadb.ts";

export const CORPUS_DIR = fileURLToPath(new URL("./corpus/", import.meta.url));
export const EXPECTED_FILE = fileURLToPath(new URL("./expected.jsonl", import.meta.url));

/** One recorded call: the document's file, the key, and what each entry point gave on the server. */
export interface ExpectedLine {
  readonly file: string;
  readonly key: string;
  readonly text: CallOutcome;
  readonly varchar32: CallOutcome;
}

export function corpusFiles(): string[] {
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith(".json") && f !== "biome.json")
    .sort();
}

export function readCorpusDocument(file: string): string {
  return readFileSync(CORPUS_DIR + file, "utf8");
}

/** Keys asked of a document: its top-level keys (per JSON.parse), 'output' and one that is missing. */
export function keysFor(doc: string): string[] {
  const keys = new Set<string>();
  try {
    const parsed: unknown = JSON.parse(doc.replaceAll("\r", "").replaceAll("\n", ""));
    if (parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)) {
      for (const k of Object.keys(parsed)) if (k.length <= 32) keys.add(k);
    }
  } catch {
    keys.add("a");
  }
  keys.add("output");
  keys.add("missing");
  return [...keys].slice(0, 14);
}

export function readExpected(): ExpectedLine[] {
  return readFileSync(EXPECTED_FILE, "utf8")
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as ExpectedLine);
}
