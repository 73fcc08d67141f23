// npm run grammar:diagrams: writes grammar/diagrams.html, the railroad diagrams of the grammar.
//
// Chevrotain's createSyntaxDiagramsCode links its scripts and stylesheet from unpkg.com. The file must work offline,
// so those links are replaced by the same resources inlined from node_modules/chevrotain/diagrams at generation time.

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { createSyntaxDiagramsCode } from "chevrotain";
import { sqlParser } from "../grammar/parser.ts";

// placeholders handed to Chevrotain, so that every link it writes is easy to find and replace
const BASE = "spbed-inline:/";
const CSS = "spbed-inline:/diagrams.css";

function diagramsDir(): string {
  const require = createRequire(import.meta.url);
  // chevrotain's package.json "exports" may hide the diagrams folder from require.resolve; go from the main entry up
  let dir = dirname(require.resolve("chevrotain"));
  while (!dir.endsWith("chevrotain")) dir = dirname(dir);
  return join(dir, "diagrams");
}

/** Inline text may not close its own element early. */
function guard(text: string, what: string): string {
  if (/<\/(script|style)/i.test(text)) throw new Error(`${what} contains a closing </script> or </style> tag`);
  return text;
}

export function diagramsHtml(): string {
  const dir = diagramsDir();
  const grammar = sqlParser.getSerializedGastProductions();
  guard(JSON.stringify(grammar), "the serialized grammar");
  let html = createSyntaxDiagramsCode(grammar, { resourceBase: BASE, css: CSS });
  html = html.replace(
    /<link rel='stylesheet' href='spbed-inline:\/diagrams\.css'>/,
    () => `<style>\n${guard(readFileSync(join(dir, "diagrams.css"), "utf8"), "diagrams.css")}\n</style>`,
  );
  html = html.replace(/<script src='spbed-inline:\/([^']+)'><\/script>/g, (_, path: string) => {
    const code = guard(readFileSync(join(dir, path), "utf8"), path);
    return `<script>\n// inlined from chevrotain/diagrams/${path}\n${code}\n</script>`;
  });
  if (html.includes("spbed-inline:") || /\b(src|href)\s*=\s*['"]?https?:/i.test(html))
    throw new Error("a link to an external resource is left in the diagrams page");
  return html;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = new URL("../grammar/diagrams.html", import.meta.url);
  writeFileSync(out, diagramsHtml());
  console.log(`wrote ${out.pathname}`);
}
