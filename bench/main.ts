// npm run bench: parsing throughput on sql/, then the SQL JSON parser run by spbed beside the TypeScript reference,
// JSON.parse and (when reachable) MariaDB, with a linearity check. It reports; it asserts no timings.

import { makeDocument } from "./documents.ts";
import { benchJson } from "./json.ts";
import { benchMariadb } from "./mariadb.ts";
import { benchParsing } from "./parsing.ts";
import { fmt, mbps, table } from "./timing.ts";

const KB = 1024;
const sizes = [KB, 10 * KB, 100 * KB, 1024 * KB];
const label = (bytes: number): string =>
  bytes >= 1e6 ? `${(bytes / 1048576).toFixed(1)} MB` : `${(bytes / 1024).toFixed(0)} KB`;

console.log(`spbed benchmark, node ${process.version}, ${new Date().toISOString()}\n`);
console.log("(a) Lexing and parsing\n");
console.log(benchParsing("sql"));

console.log("\n(b) JSON parser: CALL json_extract_property_text(doc, 'output', @v, @t)\n");
const documents = sizes.map(makeDocument);
const rows = benchJson(documents);
const server = await benchMariadb(documents.slice(0, 3));
const serverMs = (bytes: number): string => {
  if (typeof server === "string") return "-";
  const r = server.find((s) => s.bytes === bytes);
  if (r === undefined) return "-";
  return "measured" in r ? fmt(mbps(bytes, r.measured.ms), 3) : "skipped";
};
console.log(
  table(
    [
      "document",
      "spbed MB/s",
      "TS ref MB/s",
      "JSON.parse MB/s",
      "MariaDB MB/s",
      "ref/spbed",
      "JSON.parse/spbed",
      "spbed runs",
    ],
    rows.map((r) => [
      label(r.bytes),
      fmt(mbps(r.bytes, r.spbed.ms), 3),
      fmt(mbps(r.bytes, r.reference.ms)),
      fmt(mbps(r.bytes, r.jsonParse.ms)),
      serverMs(r.bytes),
      `${fmt(r.spbed.ms / r.reference.ms)}x`,
      `${fmt(r.spbed.ms / r.jsonParse.ms)}x`,
      String(r.spbed.runs),
    ]),
  ),
);
if (typeof server === "string") console.log(`\nMariaDB: ${server}`);
else
  for (const s of server)
    if ("skipped" in s) console.log(`MariaDB ${label(s.bytes)}: skipped (${s.skipped})`);
    else console.log(`MariaDB ${label(s.bytes)}: ${fmt(s.measured.ms)} ms`);

console.log("\n(d) Linearity: milliseconds per KB\n");
const perKb = (bytes: number, ms: number): number => ms / (bytes / 1024);
console.log(
  table(
    ["document", "spbed ms/KB", "TS ref ms/KB", "MariaDB ms/KB"],
    rows.map((r) => {
      const s = typeof server === "string" ? undefined : server.find((x) => x.bytes === r.bytes);
      return [
        label(r.bytes),
        fmt(perKb(r.bytes, r.spbed.ms), 3),
        fmt(perKb(r.bytes, r.reference.ms), 3),
        s !== undefined && "measured" in s ? fmt(perKb(r.bytes, s.measured.ms), 3) : "-",
      ];
    }),
  ),
);
const at10 = rows[1];
const at1m = rows[3];
if (at10 !== undefined && at1m !== undefined) {
  const ratio = perKb(at1m.bytes, at1m.spbed.ms) / perKb(at10.bytes, at10.spbed.ms);
  console.log(
    `\nspbed: 1 MB costs ${fmt(ratio)}x per KB what 10 KB costs: ${ratio > 3 ? "NOT LINEAR (over 3x)" : "linear (within 3x)"}`,
  );
}
