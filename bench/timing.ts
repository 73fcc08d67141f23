// Timing helpers. A measurement repeats its work until it has run for a minimum time (or a maximum count), and
// reports the median, which is steadier than the mean on a shared 2-core machine.

export interface Measurement {
  /** Median milliseconds per run. */
  readonly ms: number;
  readonly runs: number;
}

export function measure(
  work: () => void,
  options: { minMs?: number; maxRuns?: number; warmup?: number } = {},
): Measurement {
  const { minMs = 500, maxRuns = 200, warmup = 1 } = options;
  for (let i = 0; i < warmup; i++) work();
  const times: number[] = [];
  const begin = performance.now();
  while (times.length < maxRuns && (times.length === 0 || performance.now() - begin < minMs)) {
    const t = performance.now();
    work();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] as number, runs: times.length };
}

/** Megabytes (10^6 bytes) per second. */
export function mbps(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}

export function fmt(n: number, digits = 2): string {
  if (!Number.isFinite(n)) return "-";
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toPrecision(digits + 1);
}

/** A plain-text table with right-aligned columns after the first. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
