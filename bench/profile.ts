// Profiling entry: `node --import tsx --cpu-prof --cpu-prof-dir=DIR bench/profile.ts json|parse`, then
// `tsx bench/hotspots.ts DIR/*.cpuprofile` lists the functions with the most self time.

import { readFileSync } from "node:fs";
import { parseScript } from "../src/parse.ts";
import { makeDocument } from "./documents.ts";
import { spbedJsonParser } from "./json.ts";

const what = process.argv[2] ?? "json";
// enough repetitions that start-up (building the parser) is a small part of the profile
const reps = Number(process.argv[3] ?? 10);
if (what === "json") {
  const run = spbedJsonParser();
  const doc = makeDocument(100 * 1024);
  for (let i = 0; i < reps; i++) run(doc);
} else {
  const files = ["sql/json/20_json_extract_property.sql", "sql/seed/60_second_part.sql"].map((name) => ({
    name,
    text: readFileSync(name, "utf8"),
  }));
  for (let i = 0; i < reps * 20; i++) for (const f of files) parseScript(f);
}
