// Numeric builtins. The result type follows the argument the way MySQL's Item_func_num1 does: integers stay integers,
// DECIMAL stays exact (half away from zero), and DOUBLE or strings compute in DOUBLE (rint(): ties to even).
// Dispatch is on the run-time value, since a user variable's static type is only known at run time.
//
// Two things the server's Item classes know at prepare time show up in the values here:
// - Arguments are read with val_decimal()/val_real(), which see a DECIMAL quotient at its internal precision:
//   ROUND(1/3, 6) is 0.333333 and SQRT(1/3) is the root of 0.333333333, although 1/3 prints 0.3333. The builtins
//   are therefore lazy (`num` below): they read an argument's unrounded value (the expression compiler's `raw`)
//   and round a DECIMAL result to the function's static scale themselves.
// - A DOUBLE result carries Item::decimals (Double.decimals): PI() prints 3.141593, ROUND(x, 1) prints one decimal.

import type { CompiledExpr, Evaluator, ExecContext, StaticType } from "../compile/types.ts";
import { SqlError } from "../errors.ts";
import { divisionByZero } from "../values/arith.ts";
import { normInt, toDecimal, toDouble, toInt64, toText } from "../values/coerce.ts";
import {
  atDisplayScale,
  compare as decCompare,
  mod as decMod,
  isZero,
  MAX_SCALE,
  pow10,
  rescale,
  roundDiv,
} from "../values/decimal.ts";
import { formatDouble, NOT_FIXED_DEC } from "../values/numtext.ts";
import { Bytes, Decimal, Double, Temporal, type Value } from "../values/value.ts";
import { argDouble, argInt, argText, caseSensitive, DOUBLE, INT } from "./args.ts";
import { compareText } from "./fold.ts";
import { log2 } from "./log2.ts";
import { roundDouble } from "./rounding.ts";
import type { Builtin, LazyBuiltin } from "./types.ts";

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

type Kind = "int" | "decimal" | "double";

function kindOf(t: StaticType): Kind {
  return t.kind === "int" ? "int" : t.kind === "decimal" ? "decimal" : "double";
}

/** The static type of a function that keeps its argument's numeric kind (ABS, ROUND, MOD, ...). */
function sameKind(args: readonly StaticType[]): StaticType {
  // a user variable or a stored function: the kind is the value's own, known only when it runs
  if (args[0]?.kind === "any") return args[0];
  let k: Kind = "int";
  let scale = 0;
  for (const t of args.slice(0, 1)) {
    const tk = kindOf(t);
    if (tk === "double") return DOUBLE;
    if (tk === "decimal") {
      k = "decimal";
      scale = Math.max(scale, t.kind === "decimal" ? t.scale : 0);
    }
  }
  return k === "int" ? (args[0]?.kind === "int" ? args[0] : INT) : { kind: "decimal", scale };
}

/** ROUND and TRUNCATE of a DECIMAL to a constant number of places have that many decimals (0 for negative places). */
function roundType(args: readonly StaticType[], constants?: readonly (Value | undefined)[]): StaticType {
  const t = sameKind(args);
  if (t.kind !== "decimal") return t;
  const d = args.length < 2 ? 0 : constants?.[1];
  if (typeof d !== "number") return t;
  return { kind: "decimal", scale: Math.min(Math.max(d, 0), MAX_SCALE) };
}

function isInt(v: Value): v is number | bigint {
  return typeof v === "number" || typeof v === "bigint";
}

type NumImpl = (
  args: readonly Value[],
  ctx: ExecContext,
  types: readonly StaticType[],
  constants: readonly boolean[],
) => Value;

/**
 * A numeric builtin: evaluates its arguments in order (returning NULL at the first NULL one unless
 * `nullPropagating` is false), reading each argument's unrounded value when the compiler provides one, and rounds a
 * DECIMAL result to the static scale of the result type unless `ownScale` (ROUND and TRUNCATE choose theirs).
 */
function num(
  name: string,
  minArgs: number,
  maxArgs: number,
  returnType: (args: readonly StaticType[]) => StaticType,
  impl: NumImpl,
  extra: { volatile?: boolean; nullPropagating?: boolean; ownScale?: boolean } = {},
): LazyBuiltin {
  const nullPropagating = extra.nullPropagating ?? true;
  return {
    form: "lazy",
    name,
    minArgs,
    maxArgs,
    returnType,
    volatile: extra.volatile,
    compile(args: readonly CompiledExpr[]): Evaluator {
      const evals = args.map((a) => a.raw ?? a.eval);
      const types = args.map((a) => a.type);
      const constants = args.map((a) => a.constant);
      const result = returnType(types);
      const scale = !extra.ownScale && result.kind === "decimal" ? result.scale : -1;
      const n = evals.length;
      return (ctx) => {
        const values: Value[] = new Array(n);
        for (let i = 0; i < n; i++) {
          const v = evals[i](ctx);
          if (v === null && nullPropagating) return null;
          values[i] = v;
        }
        const r = impl(values, ctx, types, constants);
        return scale >= 0 ? atDisplayScale(r, scale) : r;
      };
    },
  };
}

/** Item::decimals of an argument: 0 for integers, a DECIMAL's scale, a DOUBLE's own, 31 (not fixed) otherwise. */
function decimalsOf(v: Value): number {
  if (isInt(v)) return 0;
  if (v instanceof Decimal) return v.scale;
  if (v instanceof Double) return v.decimals ?? NOT_FIXED_DEC;
  return NOT_FIXED_DEC;
}

/** A DOUBLE result with display decimals `d` (none when 31 or more). */
function double(x: number, d: number): Double {
  return new Double(x, d >= NOT_FIXED_DEC ? undefined : d);
}

/** A DOUBLE result whose display decimals are the largest of the arguments' (aggregate_float_properties). */
function doubleOf(x: number, args: readonly Value[]): Double {
  let d = 0;
  for (const v of args) d = Math.max(d, decimalsOf(v));
  return double(x, d);
}

/** DOUBLE results must be finite: MySQL raises 1690 naming the expression. */
function checkDouble(x: number, what: () => string): Value {
  if (!Number.isFinite(x)) throw new SqlError(1690, "22003", `DOUBLE value is out of range in '${what()}'`);
  return new Double(x);
}

function sqlText(v: Value): string {
  if (v === null) return "NULL";
  if (typeof v === "string") return `'${v}'`;
  return v instanceof Double ? formatDouble(v.value) : toText(v);
}

function callText(name: string, args: readonly Value[]): string {
  return `${name}(${args.map(sqlText).join(",")})`;
}

function int64(b: bigint, name: string, args: readonly Value[]): number | bigint {
  if (b < INT64_MIN || b > INT64_MAX) {
    throw new SqlError(1690, "22003", `BIGINT value is out of range in '${callText(name, args)}'`);
  }
  return normInt(b);
}

function abs(a: readonly Value[], ctx: ExecContext): Value {
  const v = a[0];
  if (typeof v === "number") return Math.abs(v);
  if (typeof v === "bigint") return v > INT64_MAX ? v : int64(v < 0n ? -v : v, "abs", a);
  if (v instanceof Decimal) return v.unscaled < 0n ? new Decimal(-v.unscaled, v.scale) : v;
  // ABS of a FLOAT is a DOUBLE (MariaDB 10.11 prints ABS(f) with the double's digits), so `single` is not kept.
  if (v instanceof Double) return new Double(Math.abs(v.value), v.decimals);
  return new Double(Math.abs(argDouble(v, ctx)));
}

function sign(v: Value, ctx: ExecContext): number {
  if (typeof v === "number") return Math.sign(v) + 0;
  if (typeof v === "bigint") return v > 0n ? 1 : v < 0n ? -1 : 0;
  if (v instanceof Decimal) return v.unscaled > 0n ? 1 : v.unscaled < 0n ? -1 : 0;
  const x = argDouble(v, ctx);
  return x > 0 ? 1 : x < 0 ? -1 : 0;
}

/** CEILING and FLOOR: DECIMAL gives an integer, DOUBLE (and strings) a DOUBLE. */
function ceilFloor(v: Value, ctx: ExecContext, up: boolean): Value {
  if (isInt(v)) return v;
  if (v instanceof Decimal) {
    const p = pow10(v.scale);
    let q = v.unscaled / p;
    const r = v.unscaled - q * p;
    if (up && r > 0n) q += 1n;
    if (!up && r < 0n) q -= 1n;
    return normInt(q);
  }
  const x = argDouble(v, ctx);
  return new Double((up ? Math.ceil(x) : Math.floor(x)) + 0);
}

/** ROUND and TRUNCATE of an exact value to `d` places; a negative `d` zeroes digits left of the point. */
function roundExact(v: Decimal, d: number, truncate: boolean): Decimal {
  if (d >= 0) {
    const s = Math.min(d, MAX_SCALE);
    if (s >= v.scale) return rescale(v, s);
    const m = pow10(v.scale - s);
    return new Decimal(truncate ? v.unscaled / m : roundDiv(v.unscaled, m), s);
  }
  const m = pow10(v.scale - d);
  const q = truncate ? v.unscaled / m : roundDiv(v.unscaled, m);
  return new Decimal(q * pow10(-d), 0);
}

/**
 * ROUND and TRUNCATE (Item_func_round). With a constant `d` the result has d decimals (0 when d is negative); with a
 * `d` that varies per row it keeps the argument's decimals, rounding no further than those.
 */
function roundOrTruncate(
  a: readonly Value[],
  ctx: ExecContext,
  truncate: boolean,
  types: readonly StaticType[],
  constants: readonly boolean[],
): Value {
  const v = a[0];
  // Beyond 64 digits either way the answer no longer depends on d; clamping keeps 10^d small.
  const d = Math.max(-70, Math.min(70, a.length > 1 ? argInt(a[1], ctx) : 0));
  const constantD = a.length < 2 || constants[1];
  if (isInt(v)) {
    if (d >= 0) return v;
    const r = roundExact(new Decimal(BigInt(v), 0), d, truncate);
    // MySQL keeps ROUND of an integer an integer only when the argument has fewer than 19 digits of precision, and
    // rounds wider ones as DECIMAL; only such a wide argument can round past the BIGINT range, so a result out of
    // range is the DECIMAL (ROUND(9223372036854775807, -1) is 9223372036854775810), never 1690.
    const t = types[0];
    const unsigned = (typeof v === "bigint" && v > INT64_MAX) || (t.kind === "int" && t.unsigned);
    if (r.unscaled > (unsigned ? 2n ** 64n - 1n : INT64_MAX) || r.unscaled < -INT64_MAX - 1n) return r;
    return normInt(r.unscaled);
  }
  if (v instanceof Decimal) {
    if (constantD) return roundExact(v, d, truncate);
    const t = types[0];
    const scale = t.kind === "decimal" ? t.scale : v.scale;
    return rescale(roundExact(v, Math.min(d, scale), truncate), scale);
  }
  const x = argDouble(v, ctx);
  const decimals = constantD ? Math.max(d, 0) : decimalsOf(v);
  if (!truncate) return double(roundDouble(x, d), decimals);
  const f = 10 ** Math.abs(d);
  if (d >= 0) return double(Number.isFinite(x * f) ? Math.trunc(x * f) / f : x, decimals);
  return double(Number.isFinite(f) ? Math.trunc(x / f) * f : 0, decimals);
}

function mod(a: readonly Value[], ctx: ExecContext): Value {
  const [x, y] = a;
  if (isInt(x) && isInt(y)) {
    const bx = BigInt(x);
    const by = BigInt(y);
    if (by === 0n) return divisionByZero(ctx);
    return normInt(bx % by);
  }
  if ((x instanceof Decimal || isInt(x)) && (y instanceof Decimal || isInt(y))) {
    const dx = toDecimal(x, ctx) as Decimal;
    const dy = toDecimal(y, ctx) as Decimal;
    if (isZero(dy)) return divisionByZero(ctx);
    return decMod(dx, dy);
  }
  const fx = argDouble(x, ctx);
  const fy = argDouble(y, ctx);
  if (fy === 0) return divisionByZero(ctx);
  return doubleOf(fx % fy, a);
}

/** Logarithms return NULL with warning 3020 outside their domain (MySQL 8; MariaDB warns 1365 instead). */
function logarithm(x: number, ctx: ExecContext, f: (x: number) => number): Value {
  if (!(x > 0)) {
    ctx.session.warn(3020, "2201E", "Invalid argument for logarithm");
    return null;
  }
  return new Double(f(x));
}

/** MySQL's own RAND() generator (my_rnd), so that RAND(seed) gives the server's sequence. */
export class MysqlRandom {
  private static readonly MAX = 0x3fffffff;
  private s1: number;
  private s2: number;

  constructor(seed: bigint) {
    this.s1 = Number(BigInt.asUintN(32, seed * 0x10001n + 55555555n)) % MysqlRandom.MAX;
    this.s2 = Number(BigInt.asUintN(32, seed * 0x10000001n)) % MysqlRandom.MAX;
  }

  next(): number {
    this.s1 = (this.s1 * 3 + this.s2) % MysqlRandom.MAX;
    this.s2 = (this.s1 + this.s2 + 33) % MysqlRandom.MAX;
    return this.s1 / MysqlRandom.MAX;
  }
}

/**
 * RAND([seed]). A constant seed seeds the call's generator at its first evaluation in each statement, so the values
 * advance from row to row (Item_func_rand seeds once per execution); a seed that changes per row re-seeds each time.
 */
const rand: LazyBuiltin = {
  form: "lazy",
  name: "RAND",
  minArgs: 0,
  maxArgs: 1,
  returnType: () => DOUBLE,
  volatile: true,
  compile(args: readonly CompiledExpr[]): Evaluator {
    if (args.length === 0) return (ctx) => new Double(ctx.session.random());
    const seed = args[0] as CompiledExpr;
    const seeded = (ctx: ExecContext) => {
      const v = seed.eval(ctx);
      return new MysqlRandom(v === null ? 0n : (toInt64(v, ctx) ?? 0n));
    };
    if (!seed.constant) return (ctx) => new Double(seeded(ctx).next());
    let generator: MysqlRandom | undefined;
    let statement = -1;
    return (ctx) => {
      const now = ctx.session.statementSeq ?? -1;
      if (generator === undefined || now !== statement || now === -1) {
        generator = seeded(ctx);
        statement = now;
      }
      return new Double(generator.next());
    };
  },
};

/** PI() is M_PI shown with 6 decimals (MySQL creates it as Item_static_float_func(M_PI, 6, 8)). */
const PI = new Double(Math.PI, 6);

const DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/**
 * CONV(N, from, to) reads N's text as my_strntoull does (stops at the first bad digit, saturates), so a DECIMAL or
 * DOUBLE stops at its point (CONV(12.9, 10, 2) is '1100', CONV(-0.5, 10, 10) '0'); a negative base reads signed.
 */
function conv(a: readonly Value[], ctx: ExecContext): Value {
  const from = argInt(a[1], ctx);
  const to = argInt(a[2], ctx);
  const fb = Math.abs(from);
  const tb = Math.abs(to);
  if (fb < 2 || fb > 36 || tb < 2 || tb > 36) return null;
  let n: bigint;
  if (isInt(a[0])) {
    n = BigInt(a[0]);
  } else {
    const s = argText(a[0]).trim();
    // An empty string is NULL, not 0.
    if (s === "") return null;
    let i = 0;
    let neg = false;
    if (s[i] === "-" || s[i] === "+") neg = s[i++] === "-";
    n = 0n;
    let overflow = false;
    for (; i < s.length; i++) {
      const d = DIGITS.indexOf(s[i].toUpperCase());
      if (d < 0 || d >= fb) break;
      n = n * BigInt(fb) + BigInt(d);
      if (n > 2n ** 64n - 1n) overflow = true;
    }
    // A signed read (negative source base) saturates at the BIGINT bounds, as my_strntoll does.
    if (from < 0 && (neg ? n > 2n ** 63n : n > INT64_MAX)) overflow = true;
    if (overflow) n = from < 0 ? (neg ? INT64_MIN : INT64_MAX) : 2n ** 64n - 1n;
    else if (neg) n = -n;
  }
  n = to < 0 ? BigInt.asIntN(64, n) : BigInt.asUintN(64, n);
  const neg = n < 0n;
  const body = (neg ? -n : n).toString(tb).toUpperCase();
  return neg ? `-${body}` : body;
}

function isText(v: Value): boolean {
  return typeof v === "string" || v instanceof Bytes;
}

/**
 * GREATEST and LEAST aggregate their arguments' types like UNION does (MySQL 8.0.4 and later, Bug #83895): integers
 * compare as integers, exact values as DECIMAL, numbers with a DOUBLE as DOUBLE, DATE/DATETIME/TIME values (with
 * strings) as temporal values, and anything else that mixes in a string as strings under the collation, with no
 * conversion of the strings to numbers (GREATEST(10, '9') is '9').
 */
function extreme(a: readonly Value[], types: readonly StaticType[], ctx: ExecContext, greatest: boolean): Value {
  const allInt = a.every(isInt);
  const allExact = a.every((v) => isInt(v) || v instanceof Decimal);
  const allNumeric = a.every((v) => isInt(v) || v instanceof Decimal || v instanceof Double);
  const temporal =
    !allNumeric && a.some((v) => v instanceof Temporal) && a.every((v) => v instanceof Temporal || isText(v));
  const asText = !allNumeric && !temporal;
  const collationTypes = types.some((t) => t.kind === "string") ? types.filter((t) => t.kind === "string") : types;
  let best = 0;
  for (let i = 1; i < a.length; i++) {
    let c: number;
    const x = a[i];
    const y = a[best];
    if (allInt) c = (x as number) < (y as number) ? -1 : (x as number) > (y as number) ? 1 : 0;
    else if (allExact) c = decCompare(toDecimal(x, ctx) as Decimal, toDecimal(y, ctx) as Decimal);
    else if (temporal)
      c = compareText(toText(x as Exclude<Value, null>), toText(y as Exclude<Value, null>), [BINARY_T]);
    else if (asText) {
      c = compareText(
        isText(x) ? argText(x) : toText(x as Exclude<Value, null>),
        isText(y) ? argText(y) : toText(y as Exclude<Value, null>),
        caseSensitive(collationTypes) ? collationTypes : [types[i], types[best]],
      );
    } else c = argDouble(x, ctx) - argDouble(y, ctx);
    if (greatest ? c > 0 : c < 0) best = i;
  }
  const v = a[best];
  if (allInt || temporal) return v;
  if (asText) return isText(v) ? v : toText(v as Exclude<Value, null>);
  if (allExact) {
    // The result has the largest scale of the arguments: GREATEST(1.5, 2) is 2.0.
    const scale = Math.max(...a.map((x) => (x instanceof Decimal ? x.scale : 0)));
    return rescale(toDecimal(v, ctx) as Decimal, scale);
  }
  // FLOAT arguments only give a FLOAT (field_types_merge_rules: FLOAT with FLOAT is FLOAT), shown as a FLOAT.
  if (v instanceof Double && v.single && a.every((x) => x instanceof Double && x.single)) return v;
  return doubleOf(toDouble(v, ctx) ?? 0, a);
}

const BINARY_T: StaticType = { kind: "string", collation: "binary", binary: true };

function extremeType(args: readonly StaticType[]): StaticType {
  if (args.every((t) => t.kind === "int")) return INT;
  if (args.every((t) => t.kind === "double" && t.single)) return args[0] as StaticType;
  if (args.every((t) => t.kind === "string")) return args[0];
  if (args.every((t) => t.kind === "int" || t.kind === "decimal")) {
    return { kind: "decimal", scale: Math.max(...args.map((t) => (t.kind === "decimal" ? t.scale : 0))) };
  }
  if (args.every((t) => t.kind === "int" || t.kind === "decimal" || t.kind === "double" || t.kind === "null")) {
    return DOUBLE;
  }
  const temporal = args.find((t) => t.kind === "temporal");
  if (temporal && args.every((t) => t.kind === "temporal" || t.kind === "string" || t.kind === "null")) return temporal;
  const text = args.find((t) => t.kind === "string");
  if (text) return text;
  return DOUBLE;
}

const dbl = (name: string, f: (x: number) => number): Builtin =>
  num(
    name,
    1,
    1,
    () => DOUBLE,
    (a, ctx) => checkDouble(f(argDouble(a[0], ctx)), () => callText(name.toLowerCase(), a)),
  );

const ceil = num(
  "CEILING",
  1,
  1,
  (t) => (kindOf(t[0]) === "double" ? DOUBLE : INT),
  (a, ctx) => ceilFloor(a[0], ctx, true),
);
const pow = num(
  "POW",
  2,
  2,
  () => DOUBLE,
  (a, ctx) => checkDouble(argDouble(a[0], ctx) ** argDouble(a[1], ctx), () => callText("pow", a)),
);

/** ATAN(x), and ATAN(y, x) = ATAN2(y, x): the angle of the point (x, y). */
const atan = num(
  "ATAN",
  1,
  2,
  () => DOUBLE,
  (a, ctx) =>
    new Double(
      a.length === 1 ? Math.atan(argDouble(a[0], ctx)) : Math.atan2(argDouble(a[0], ctx), argDouble(a[1], ctx)),
    ),
);

export const numericBuiltins: readonly Builtin[] = [
  num("ABS", 1, 1, sameKind, (a, ctx) => abs(a, ctx)),
  num(
    "SIGN",
    1,
    1,
    () => INT,
    (a, ctx) => sign(a[0], ctx),
  ),
  ceil,
  { ...ceil, name: "CEIL" },
  num(
    "FLOOR",
    1,
    1,
    (t) => (kindOf(t[0]) === "double" ? DOUBLE : INT),
    (a, ctx) => ceilFloor(a[0], ctx, false),
  ),
  num("ROUND", 1, 2, roundType, (a, ctx, t, c) => roundOrTruncate(a, ctx, false, t, c), { ownScale: true }),
  num("TRUNCATE", 2, 2, roundType, (a, ctx, t, c) => roundOrTruncate(a, ctx, true, t, c), { ownScale: true }),
  num(
    "MOD",
    2,
    2,
    (t) => (kindOf(t[0]) === "int" && kindOf(t[1]) === "int" ? INT : sameKind([t[0].kind === "int" ? t[1] : t[0]])),
    (a, ctx) => mod(a, ctx),
  ),
  pow,
  { ...pow, name: "POWER" },
  num(
    "SQRT",
    1,
    1,
    () => DOUBLE,
    (a, ctx) => {
      const x = argDouble(a[0], ctx);
      return x < 0 ? null : new Double(Math.sqrt(x));
    },
  ),
  dbl("EXP", Math.exp),
  num(
    "LN",
    1,
    1,
    () => DOUBLE,
    (a, ctx) => logarithm(argDouble(a[0], ctx), ctx, Math.log),
  ),
  num(
    "LOG",
    1,
    2,
    () => DOUBLE,
    (a, ctx) => {
      if (a.length === 1) return logarithm(argDouble(a[0], ctx), ctx, Math.log);
      const b = argDouble(a[0], ctx);
      const x = argDouble(a[1], ctx);
      if (!(b > 0) || b === 1 || !(x > 0)) return logarithm(0, ctx, Math.log);
      return new Double(Math.log(x) / Math.log(b));
    },
  ),
  num(
    "LOG2",
    1,
    1,
    () => DOUBLE,
    (a, ctx) => logarithm(argDouble(a[0], ctx), ctx, log2),
  ),
  num(
    "LOG10",
    1,
    1,
    () => DOUBLE,
    (a, ctx) => logarithm(argDouble(a[0], ctx), ctx, Math.log10),
  ),
  num(
    "PI",
    0,
    0,
    () => DOUBLE,
    () => PI,
  ),
  rand,
  num("GREATEST", 2, Number.POSITIVE_INFINITY, extremeType, (a, ctx, t) => extreme(a, t, ctx, true)),
  num("LEAST", 2, Number.POSITIVE_INFINITY, extremeType, (a, ctx, t) => extreme(a, t, ctx, false)),
  num(
    "CONV",
    3,
    3,
    (t) => ({ kind: "string", collation: "utf8mb4_0900_ai_ci", binary: t[0]?.kind === "string" && t[0].binary }),
    conv,
  ),
  num(
    "BIT_COUNT",
    1,
    1,
    () => INT,
    (a, ctx) => {
      // A bit or hex literal (b'1011') counts the bits of its bytes, the number it spells.
      const v = a[0];
      if (v instanceof Bytes) {
        let bits = 0;
        for (const byte of v.bytes) for (let b = byte; b > 0; b >>= 1) bits += b & 1;
        return bits;
      }
      let n = BigInt.asUintN(64, toInt64(v, ctx) ?? 0n);
      let c = 0;
      while (n > 0n) {
        c += Number(n & 1n);
        n >>= 1n;
      }
      return c;
    },
  ),
  dbl("SIN", Math.sin),
  // ASIN and ACOS are NULL outside [-1, 1], without a warning (Item_func_asin::val_real).
  num(
    "ASIN",
    1,
    1,
    () => DOUBLE,
    (a, ctx) => {
      const x = argDouble(a[0], ctx);
      return x >= -1 && x <= 1 ? new Double(Math.asin(x)) : null;
    },
  ),
  num(
    "ACOS",
    1,
    1,
    () => DOUBLE,
    (a, ctx) => {
      const x = argDouble(a[0], ctx);
      return x >= -1 && x <= 1 ? new Double(Math.acos(x)) : null;
    },
  ),
  // COT(0) is infinite: 1690 DOUBLE value is out of range in 'cot(0)'.
  dbl("COT", (x) => 1 / Math.tan(x)),
  dbl("COS", Math.cos),
  dbl("TAN", Math.tan),
  atan,
  { ...atan, name: "ATAN2", minArgs: 2 },
  // Item_func_units: value * mul, with mul = 180/M_PI or M_PI/180 computed first (RADIANS(1.5) is 0.026179938779914945).
  dbl("DEGREES", (x) => x * (180 / Math.PI)),
  dbl("RADIANS", (x) => x * (Math.PI / 180)),
];
