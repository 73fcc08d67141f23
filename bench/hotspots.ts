// Reads a V8 .cpuprofile and prints the top functions by self time, mapped through the bundle's source map (when
// the profiled script was an esbuild bundle with --sourcemap) back to src file:line.
//
//   esbuild bench/profile.ts --bundle --platform=node --format=esm --packages=external --sourcemap --outfile=B.mjs
//   node --cpu-prof --cpu-prof-dir=DIR B.mjs json && tsx bench/hotspots.ts DIR/<main>.cpuprofile B.mjs.map

import { readFileSync } from "node:fs";
import { SourceMap } from "node:module";

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
}

const [file, mapFile, count] = process.argv.slice(2);
if (file === undefined) throw new Error("usage: tsx bench/hotspots.ts FILE.cpuprofile [BUNDLE.map] [N]");
const map = mapFile === undefined ? undefined : new SourceMap(JSON.parse(readFileSync(mapFile, "utf8")));
const profile = JSON.parse(readFileSync(file, "utf8")) as { nodes: ProfileNode[] };
const self = new Map<string, number>();
let total = 0;
for (const n of profile.nodes) {
  const hits = n.hitCount ?? 0;
  total += hits;
  const { functionName, url, lineNumber, columnNumber } = n.callFrame;
  let where = `${url}:${lineNumber + 1}`;
  if (map !== undefined && url.endsWith(".mjs") && lineNumber >= 0) {
    const entry = map.findEntry(lineNumber, columnNumber) as { originalSource?: string; originalLine?: number };
    if (entry.originalSource !== undefined)
      where = `${entry.originalSource.replace(/^.*?\/(src|grammar|bench)\//, "$1/")}:${(entry.originalLine ?? 0) + 1}`;
  }
  const key = `${functionName || "(anonymous)"}  ${where}`;
  self.set(key, (self.get(key) ?? 0) + hits);
}
for (const [key, hits] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(count ?? 30)))
  console.log(`${((100 * hits) / total).toFixed(1).padStart(5)}%  ${key}`);
