// The recorded corpus: test/differential/cases/**/*.sql and their recordings under test/differential/expected.

import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const DIFFERENTIAL_DIR = fileURLToPath(new URL("../../test/differential/", import.meta.url));
export const CASES_DIR = join(DIFFERENTIAL_DIR, "cases");
export const EXPECTED_DIR = join(DIFFERENTIAL_DIR, "expected");
export const KNOWN_DIFFERENCES_FILE = join(DIFFERENTIAL_DIR, "known-differences.json");
export const PENDING_FILE = join(DIFFERENTIAL_DIR, "pending.json");

/**
 * Cases where spbed is known not to agree yet, by name, with the reason: open work, listed in the README. Tests
 * assert that these still disagree, so a fix shows up as a failure that asks for the entry to be removed.
 */
export function loadPending(): Map<string, string> {
  const entries = JSON.parse(readFileSync(PENDING_FILE, "utf8")) as { case: string; reason: string }[];
  return new Map(entries.map((p) => [p.case, p.reason]));
}

export interface CorpusCase {
  /** Path under cases/ without `.sql`, with forward slashes: "handlers/precedence". */
  readonly name: string;
  readonly sqlPath: string;
  readonly expectedPath: string;
}

function walk(dir: string, out: string[]): void {
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (entry.endsWith(".sql")) out.push(path);
  }
}

/** Every case, sorted by name. */
export function listCases(casesDir = CASES_DIR, expectedDir = EXPECTED_DIR): CorpusCase[] {
  const files: string[] = [];
  walk(casesDir, files);
  return files.map((sqlPath) => {
    const name = relative(casesDir, sqlPath).slice(0, -".sql".length).split(sep).join("/");
    return { name, sqlPath, expectedPath: join(expectedDir, `${name}.jsonl`) };
  });
}
