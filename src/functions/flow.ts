// Control-flow functions. IF, IFNULL and COALESCE evaluate only the arguments they need (a side effect or an error in
// the branch not taken never happens), so they are lazy builtins. Their result type is the aggregate of the branches,
// as MySQL's type aggregation gives it, and each branch's value is converted to it: IF(c, 1, 2.5) is 1.0.

import { comparesAsDouble } from "../compile/compare-ops.ts";
import type { CompiledExpr, Evaluator, ExecContext, StaticType } from "../compile/types.ts";
import { toDecimal, toDouble, toText, truth } from "../values/coerce.ts";
import { atDisplayScale, compare as decCompare, rescale } from "../values/decimal.ts";
import { Bytes, Decimal, Double, type Value } from "../values/value.ts";
import { argText, DOUBLE, INT, TEXT } from "./args.ts";
import { compareText } from "./fold.ts";
import type { Builtin, LazyBuiltin } from "./types.ts";

/** MySQL's aggregation of result types for IF/IFNULL/COALESCE/CASE branches. */
export function aggregateType(types: readonly StaticType[]): StaticType {
  const known = types.filter((t) => t.kind !== "null");
  if (known.length === 0) return types[0] ?? TEXT;
  if (known.some((t) => t.kind === "any")) return { kind: "any" };
  if (known.every((t) => t.kind === known[0].kind && t.kind !== "decimal")) {
    if (known[0].kind === "int") {
      // A mix of signed and unsigned integers may not fit either BIGINT, so it aggregates to DECIMAL(20,0).
      const unsigned = known.filter((t) => t.kind === "int" && t.unsigned).length;
      if (unsigned > 0 && unsigned < known.length) return { kind: "decimal", scale: 0 };
      return { kind: "int", unsigned: unsigned > 0 };
    }
    const first = known[0];
    if (first.kind === "temporal")
      return known.every((t) => t.kind === "temporal" && t.type === first.type) ? first : TEXT;
    // FLOAT branches give a FLOAT; a DOUBLE among them makes the result a DOUBLE, printed with the double's digits.
    if (first.kind === "double") return known.every((t) => t.kind === "double" && t.single) ? first : DOUBLE;
    return known[0];
  }
  const str = known.find((t) => t.kind === "string" || t.kind === "temporal" || t.kind === "json");
  if (str) return known.find((t) => t.kind === "string" && t.binary) ?? (str.kind === "string" ? str : TEXT);
  if (known.some((t) => t.kind === "double")) return DOUBLE;
  return { kind: "decimal", scale: Math.max(...known.map((t) => (t.kind === "decimal" ? t.scale : 0))) };
}

/**
 * Converts a branch value to the aggregated type, so that rendering and later arithmetic see one type. `pad` false
 * leaves a DECIMAL with fewer digits than the aggregated scale as it is: MySQL's CASE prints the chosen branch's own
 * text (Item_func_case::val_str), where IF and COALESCE format at the aggregated scale.
 */
export function conform(v: Value, t: StaticType, ctx: ExecContext, pad = true): Value {
  if (v === null) return null;
  switch (t.kind) {
    case "string":
      return typeof v === "string" || v instanceof Bytes ? v : toText(v);
    case "double":
      if (v instanceof Double) return v.single && !t.single ? new Double(v.value, v.decimals) : v;
      return new Double(toDouble(v, ctx) ?? 0);
    case "decimal": {
      if (typeof v !== "number" && typeof v !== "bigint" && !(v instanceof Decimal)) return v;
      const d = toDecimal(v, ctx) as Decimal;
      return pad && d.scale < t.scale ? rescale(d, t.scale) : d;
    }
    default:
      return v;
  }
}

/**
 * A lazy builtin compiled from one function of the arguments' evaluators: with their displayed values for `compile`
 * and with their unrounded ones (`raw`) for `compileRaw`, so that COALESCE(1/3) hands on the quotient's full
 * precision to enclosing arithmetic, as MySQL's val_decimal does, while it still shows 0.3333.
 */
function lazy(
  name: string,
  minArgs: number,
  maxArgs: number,
  returnType: (t: readonly StaticType[]) => StaticType,
  build: (args: readonly CompiledExpr[], read: readonly Evaluator[]) => Evaluator,
): LazyBuiltin {
  return {
    form: "lazy",
    name,
    minArgs,
    maxArgs,
    returnType,
    compile: (args) =>
      build(
        args,
        args.map((a) => a.eval),
      ),
    compileRaw: (args) =>
      build(
        args,
        args.map((a) => a.raw ?? a.eval),
      ),
  };
}

function compileIf(args: readonly CompiledExpr[], read: readonly Evaluator[]): Evaluator {
  const [c, a, b] = read;
  const t = aggregateType([args[1].type, args[2].type]);
  return (ctx: ExecContext) => conform(truth(c(ctx), ctx) ? a(ctx) : b(ctx), t, ctx);
}

function compileCoalesce(args: readonly CompiledExpr[], read: readonly Evaluator[]): Evaluator {
  const t = aggregateType(args.map((a) => a.type));
  return (ctx: ExecContext) => {
    for (const a of read) {
      const v = a(ctx);
      if (v !== null) return conform(v, t, ctx);
    }
    return null;
  };
}

/** Equality as NULLIF sees it: strings under the collation, integers and decimals exactly, the rest as doubles. */
function equal(x: Value, y: Value, types: readonly StaticType[], ctx: ExecContext): boolean {
  const isText = (v: Value) => typeof v === "string" || v instanceof Bytes;
  if (isText(x) && isText(y)) return compareText(argText(x), argText(y), types) === 0;
  const exact = (v: Value) => typeof v === "number" || typeof v === "bigint" || v instanceof Decimal;
  if (exact(x) && exact(y)) return decCompare(toDecimal(x, ctx) as Decimal, toDecimal(y, ctx) as Decimal) === 0;
  return toDouble(x, ctx) === toDouble(y, ctx);
}

/**
 * NULLIF(a, b) compares a as it shows (as `=` does: NULLIF(1/3, 0.3333) is NULL) and returns it, shown at its static
 * scale or unrounded for enclosing arithmetic (`raw`): NULLIF(1/3, 0) * 3 is 1.0000.
 */
function compileNullif(args: readonly CompiledExpr[], raw: boolean): Evaluator {
  const a = args[0].raw ?? args[0].eval;
  const b = args[1].eval;
  const types = [args[0].type, args[1].type];
  const t = args[0].type;
  const scale = t.kind === "decimal" ? t.scale : -1;
  const asDouble = comparesAsDouble(types[0], types[1]);
  return (ctx: ExecContext) => {
    const x = a(ctx);
    const shown = scale >= 0 ? atDisplayScale(x, scale) : x;
    const y = b(ctx);
    if (shown === null) return shown;
    if (y === null) {
      // Compared as DOUBLE (a string and a number), MySQL reads the first argument as a double before it finds the
      // second NULL (Arg_comparator::compare_real), so a string that is no number still warns.
      if (asDouble) toDouble(shown, ctx);
      return shown;
    }
    if (equal(shown, y, types, ctx)) return null;
    return raw ? x : shown;
  };
}

export const flowBuiltins: readonly Builtin[] = [
  lazy("IF", 3, 3, (t) => aggregateType([t[1], t[2]]), compileIf),
  lazy("IFNULL", 2, 2, aggregateType, compileCoalesce),
  lazy("COALESCE", 1, Number.POSITIVE_INFINITY, aggregateType, compileCoalesce),
  {
    form: "lazy",
    name: "NULLIF",
    minArgs: 2,
    maxArgs: 2,
    returnType: (t) => t[0],
    compile: (args) => compileNullif(args, false),
    compileRaw: (args) => compileNullif(args, true),
  },
  // ISNULL(x) is x IS NULL: 1 or 0, never NULL.
  {
    form: "eager",
    name: "ISNULL",
    minArgs: 1,
    maxArgs: 1,
    returnType: () => INT,
    impl: (a) => (a[0] === null ? 1 : 0),
    nullPropagating: false,
  },
];
