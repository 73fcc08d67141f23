// Records what the real MariaDB server answers for every corpus document and key into test/json/expected.jsonl.
// Run after changing the corpus or the SQL: `npx tsx test/json/record-expected.ts`.

import { writeFileSync } from "node:fs";
import { corpusFiles, EXPECTED_FILE, type ExpectedLine, keysFor, readCorpusDocument } from "./corpus.ts";
import { JsonParserServer } from "./mariadb.ts";

const server = await JsonParserServer.open();
const lines: string[] = [];
try {
  for (const file of corpusFiles()) {
    const doc = readCorpusDocument(file);
    for (const key of keysFor(doc)) {
      const line: ExpectedLine = {
        file,
        key,
        text: await server.call("json_extract_property_text", doc, key),
        // The seed's TEXT parameter holds 65,535 bytes: a larger document is error 1406 there (strict mode).
        varchar32: await server.call("json_extract_property", doc, key),
      };
      lines.push(JSON.stringify(line));
    }
  }
} finally {
  await server.close();
}
writeFileSync(EXPECTED_FILE, `${lines.join("\n")}\n`);
console.log(`recorded ${lines.length} calls into ${EXPECTED_FILE}`);
