// LOG2 as MySQL 8 computes it: std::log2, which glibc rounds correctly (to within a hair of half an ulp). V8's
// Math.log2 is off by one ulp for about 0.3% of arguments (LOG2(1375) is 10.425215903299385, glibc's
// 10.425215903299383), so the logarithm is computed here in double-double arithmetic (about 106 bits) and rounded
// once at the end.

/** A double-double: the unevaluated sum hi + lo with |lo| <= ulp(hi) / 2. */
type DD = readonly [number, number];

function twoSum(a: number, b: number): DD {
  const s = a + b;
  const v = s - a;
  return [s, a - (s - v) + (b - v)];
}

const SPLITTER = 134217729; // 2^27 + 1

/** a * b exactly, as hi + lo (Dekker's product; the operands here are far from overflow). */
function twoProd(a: number, b: number): DD {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

function add(x: DD, y: DD): DD {
  const [s, e] = twoSum(x[0], y[0]);
  return twoSum(s, e + x[1] + y[1]);
}

function mul(x: DD, y: DD): DD {
  const [p, e] = twoProd(x[0], y[0]);
  return twoSum(p, e + x[0] * y[1] + x[1] * y[0]);
}

function div(x: DD, y: DD): DD {
  const q1 = x[0] / y[0];
  const r = add(x, mul([-q1, 0], y));
  const q2 = r[0] / y[0];
  const r2 = add(r, mul([-q2, 0], y));
  return add(twoSum(q1, q2), [r2[0] / y[0], 0]);
}

/** 1 / k for the odd k of the atanh series below. */
const INVERSES: readonly DD[] = Array.from({ length: 23 }, (_, i) => div([1, 0], [2 * i + 3, 0]));

/** 1 / ln 2 as a double-double. */
const LOG2_E: DD = [Math.LOG2E, 2.0355273740931033e-17];

const view = new DataView(new ArrayBuffer(8));

/** log2(x) for a finite x > 0, correctly rounded except in cases closer to a tie than 2^-100 relative. */
export function log2(x: number): number {
  if (!Number.isFinite(x)) return Math.log2(x);
  let e = 0;
  // Subnormals: scale into the normal range first, so the exponent field is the binary exponent.
  if (x < 2 ** -1022) {
    x *= 2 ** 54;
    e = -54;
  }
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  e += ((hi >>> 20) & 0x7ff) - 1023;
  view.setUint32(0, (hi & 0x800fffff) | (1023 << 20));
  let m = view.getFloat64(0); // x = m * 2^e, 1 <= m < 2
  if (m > Math.SQRT2) {
    m /= 2;
    e += 1;
  }
  if (m === 1) return e;
  // ln m = 2 atanh(s) with s = (m - 1) / (m + 1), |s| <= 0.1716: s^2 <= 0.0295, 23 terms reach 2^-115.
  const s = div([m - 1, 0], twoSum(m, 1));
  const s2 = mul(s, s);
  let term = s;
  let sum: DD = s;
  for (const inverse of INVERSES) {
    term = mul(term, s2);
    const t = mul(term, inverse);
    sum = add(sum, t);
    if (Math.abs(t[0]) < Math.abs(sum[0]) * 2 ** -110) break;
  }
  const ln = mul(sum, [2, 0]);
  const r = add([e, 0], mul(ln, LOG2_E));
  return r[0] + r[1];
}
