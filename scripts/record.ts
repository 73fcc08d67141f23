// Records what the server answers for every differential case.
//
//   npx tsx scripts/record.ts [--check] [CASE_NAME_PREFIX...]
//
// Without --check it writes test/differential/expected/**/*.jsonl. With --check it writes nothing and exits 1 when a
// recording is missing or stale, or when a recording has no case. The server is the private one started by
// scripts/mariadb.sh, or the one SPBED_MYSQL_URL / SPBED_MYSQL_SOCKET names.

import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { EXPECTED_DIR, listCases } from "../src/diff/cases.ts";
import { recordCase } from "../src/diff/record.ts";
import { defaultServerAddress } from "../src/diff/server.ts";

function recordingsOnDisk(dir: string, out: string[] = []): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const entry of entries) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) recordingsOnDisk(path, out);
    else if (entry.endsWith(".jsonl")) out.push(path);
  }
  return out;
}

async function main(argv: string[]): Promise<number> {
  const check = argv.includes("--check");
  const prefixes = argv.filter((a) => !a.startsWith("--"));
  const all = listCases();
  const cases = prefixes.length === 0 ? all : all.filter((c) => prefixes.some((p) => c.name.startsWith(p)));
  const address = defaultServerAddress();
  let bad = 0;
  let written = 0;
  for (const c of cases) {
    const result = await recordCase(address, c, { write: !check });
    if (result.state === "fresh") continue;
    if (check) {
      bad++;
      process.stderr.write(`${result.state}: ${c.name}\n`);
    } else {
      written++;
      process.stdout.write(`${result.state === "missing" ? "recorded" : "updated"}: ${c.name}\n`);
    }
  }
  if (prefixes.length === 0) {
    const known = new Set(all.map((c) => c.expectedPath));
    for (const path of recordingsOnDisk(EXPECTED_DIR)) {
      if (known.has(path)) continue;
      bad++;
      process.stderr.write(`orphan recording (no case): ${relative(process.cwd(), path)}\n`);
    }
  }
  process.stdout.write(
    check
      ? `${cases.length} cases checked, ${bad} problems\n`
      : `${cases.length} cases replayed, ${written} recordings written\n`,
  );
  return bad > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`record: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
