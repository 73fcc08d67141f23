// Rounding of DOUBLE values as MySQL does it (my_double_round): scale, rint(), scale back.

/** Rounds a double to `d` decimals with the C library's rint(), as MySQL's my_double_round does. */
export function roundDouble(x: number, d: number): number {
  const f = 10 ** Math.abs(d);
  if (d >= 0) {
    const y = x * f;
    if (!Number.isFinite(y)) return x;
    return rint(y) / f;
  }
  if (!Number.isFinite(f)) return 0;
  return rint(x / f) * f;
}

/** Round to nearest, ties to even (the default IEEE rounding mode rint() uses). */
export function rint(x: number): number {
  const r = Math.round(x);
  return r - x === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
