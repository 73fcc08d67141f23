// (a) Lexing and parsing throughput on the sql/ corpus.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sqlLexer } from "../grammar/tokens.ts";
import { parseScript } from "../src/parse.ts";
import { splitScript } from "../src/script/split.ts";
import { fmt, mbps, measure, table } from "./timing.ts";

function sqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sqlFiles(join(dir, d.name)) : d.name.endsWith(".sql") ? [join(dir, d.name)] : [],
  );
}

export function benchParsing(root: string): string {
  const files = sqlFiles(root)
    .sort()
    .map((name) => ({ name, text: readFileSync(name, "utf8") }));
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);
  const statements = files.reduce((n, f) => n + parseScript(f).length, 0);
  const chunks = files.flatMap((f) => splitScript(f.text));

  const split = measure(() => {
    for (const f of files) splitScript(f.text);
  });
  const lex = measure(
    () => {
      for (const c of chunks) sqlLexer.tokenize(c.text);
    },
    { warmup: 10 },
  );
  // the parser needs many runs before V8 has optimised it: a cold run is about 4 times slower
  const parse = measure(
    () => {
      for (const f of files) parseScript(f);
    },
    { warmup: 10, minMs: 1500 },
  );
  const row = (name: string, ms: number): string[] => [
    name,
    fmt(ms),
    fmt(mbps(bytes, ms)),
    fmt(statements / (ms / 1000), 3),
  ];
  return [
    `Corpus: ${files.length} files under ${root}/, ${(bytes / 1024).toFixed(1)} KB, ${statements} statements`,
    table(
      ["stage", "ms/corpus", "MB/s", "statements/s"],
      [row("split (DELIMITER, comments)", split.ms), row("lex", lex.ms), row("split + lex + parse to AST", parse.ms)],
    ),
  ].join("\n");
}
