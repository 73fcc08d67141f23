// JSON documents of a chosen size for the JSON parser benchmark: a top-level object whose members mix every kind of
// value (nested objects and arrays, strings with escapes, numbers, literals), with the sought `output` member last so
// that finding it takes a walk over the whole document. Deterministic, so runs compare.

function member(i: number): string {
  switch (i % 5) {
    case 0:
      return `"name${i}": "value \\"${i}\\" with a tab\\t and \\u00e9 and some plain text to read"`;
    case 1:
      return `"n${i}": [${i}, -${i}.25, 1.5e${i % 10}, true, false, null]`;
    case 2:
      return `"obj${i}": {"a": {"b": [1, 2, {"c": "d"}]}, "e": "f\\/g", "h": ${i}}`;
    case 3:
      return `"text${i}": "Ünïcödé text ✓ ${"lorem ipsum ".repeat(3)}"`;
    default:
      return `"flag${i}": ${i % 2 === 0 ? "true" : "null"}`;
  }
}

/** A pretty-printed document of at least `bytes` UTF-8 bytes (it overshoots by less than one member). */
export function makeDocument(bytes: number): string {
  const tail = '  "output": "42"\n}';
  const parts: string[] = [];
  let size = 2 + tail.length;
  for (let i = 0; size < bytes; i++) {
    const m = `  ${member(i)},\n`;
    parts.push(m);
    size += Buffer.byteLength(m);
  }
  return `{\n${parts.join("")}${tail}`;
}
