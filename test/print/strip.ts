// Compares ASTs modulo positions: offsets, the CREATE statements' source text, and keys whose value is undefined
// (the parser writes `alias: undefined` where a hand-built node simply leaves the key out).

const positional = new Set(["start", "end", "source"]);

export function stripOffsets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripOffsets);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (positional.has(k) || v === undefined) continue;
    out[k] = stripOffsets(v);
  }
  return out;
}
