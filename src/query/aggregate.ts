// Aggregate functions: one accumulator per group, fed row by row, finished once.
//
// Types follow MySQL (Item_sum_*): COUNT is BIGINT; SUM of an exact argument is DECIMAL with the argument's scale
// and of anything else DOUBLE; AVG of an exact argument is DECIMAL with scale + div_precision_increment; MIN/MAX keep
// the argument's type; BIT_* are BIGINT UNSIGNED; GROUP_CONCAT is a string cut at group_concat_max_len.

import type { AggregateCall, AggregateName } from "../ast.ts";
import type { CompiledExpr, ExecContext, Scope, StaticType } from "../compile/types.ts";
import { divRawScale } from "../values/arith.ts";
import { normInt, toDecimal, toDouble, toText, toUint64 } from "../values/coerce.ts";
import { add, pow10, rescale } from "../values/decimal.ts";
import { Decimal, Double, type Value } from "../values/value.ts";
import type { QueryEnv } from "./env.ts";
import { unknownColumn } from "./errors.ts";

export interface Accumulator {
  add(ctx: ExecContext): void;
  result(ctx: ExecContext): Value;
}

export interface CompiledAggregate {
  readonly type: StaticType;
  create(): Accumulator;
  /**
   * When the accumulator's result carries more digits than it shows (AVG's DECIMAL quotient), rounds it for display;
   * the unrounded result is what enclosing arithmetic reads (the expression's `raw`).
   */
  display?(v: Value, ctx: ExecContext): Value;
}

const BIGINT: StaticType = { kind: "int", unsigned: false };
const UBIGINT: StaticType = { kind: "int", unsigned: true };
const DOUBLE: StaticType = { kind: "double" };
const UINT64_MAX = 2n ** 64n - 1n;

const isExact = (t: StaticType): boolean => t.kind === "int" || t.kind === "decimal";
const scaleOf = (t: StaticType): number => (t.kind === "decimal" ? t.scale : 0);

function divPrecisionIncrement(ctx: ExecContext): number {
  const v = ctx.session.getSystemVar("div_precision_increment", "SESSION");
  return typeof v === "number" ? v : 4;
}

/** group_concat_max_len, 1024 by default; a session that does not keep the variable gets the default. */
function groupConcatMaxLen(ctx: ExecContext): number {
  try {
    const v = ctx.session.getSystemVar("group_concat_max_len", "SESSION");
    return typeof v === "number" ? v : 1024;
  } catch {
    return 1024;
  }
}

/** Wraps an accumulator so that it sees each distinct argument tuple once (the DISTINCT keyword). */
function distinctly(args: readonly CompiledExpr[], env: QueryEnv, inner: Accumulator): Accumulator {
  const seen = new Set<string>();
  return {
    add(ctx) {
      let key = "";
      for (const a of args) {
        const v = a.eval(ctx);
        if (v === null) return;
        key += `${env.values.groupKey(v, a.type)}\u0000`;
      }
      if (seen.has(key)) return;
      seen.add(key);
      inner.add(ctx);
    },
    result: (ctx) => inner.result(ctx),
  };
}

type Builder = (call: AggregateCall, args: readonly CompiledExpr[], env: QueryEnv, scope: Scope) => CompiledAggregate;

function count(call: AggregateCall, args: readonly CompiledExpr[]): CompiledAggregate {
  const star = call.args.length === 1 && call.args[0].kind === "Star";
  return {
    type: BIGINT,
    create() {
      let n = 0;
      return {
        add(ctx) {
          if (!star) for (const a of args) if (a.eval(ctx) === null) return;
          n++;
        },
        result: () => n,
      };
    },
  };
}

/** Shared by SUM and AVG: an exact running sum (as a scaled bigint) or a double one. */
function summing(arg: CompiledExpr, finish: (sum: Decimal | number, n: number, ctx: ExecContext) => Value) {
  const exact = isExact(arg.type);
  const scale = scaleOf(arg.type);
  return (): Accumulator => {
    let n = 0;
    let exactSum = new Decimal(0n, scale);
    let doubleSum = 0;
    return {
      add(ctx) {
        const v = arg.eval(ctx);
        if (v === null) return;
        n++;
        if (exact) exactSum = add(exactSum, toDecimal(v, ctx)!);
        else doubleSum += toDouble(v, ctx)!;
      },
      result: (ctx) => (n === 0 ? null : finish(exact ? exactSum : doubleSum, n, ctx)),
    };
  };
}

function sum(_call: AggregateCall, args: readonly CompiledExpr[]): CompiledAggregate {
  const arg = args[0];
  const exact = isExact(arg.type);
  const scale = scaleOf(arg.type);
  return {
    type: exact ? { kind: "decimal", scale } : DOUBLE,
    create: summing(arg, (s) => (typeof s === "number" ? new Double(s) : rescale(s, Math.max(scale, s.scale)))),
  };
}

/**
 * AVG of an exact argument divides as DECIMAL division does (my_decimal_div with div_precision_increment): the
 * quotient is truncated at 9-digit-word precision and shown rounded to the argument's scale plus the increment, so
 * AVG(n) * 3 over 1, 2, 4 is 7.0000, not 6.9999.
 */
function avg(_call: AggregateCall, args: readonly CompiledExpr[]): CompiledAggregate {
  const arg = args[0];
  const exact = isExact(arg.type);
  const scale = scaleOf(arg.type);
  return {
    type: exact ? { kind: "decimal", scale: scale + 4 } : DOUBLE,
    create: summing(arg, (s, n, ctx) => {
      if (typeof s === "number") return new Double(s / n);
      const raw = divRawScale(s.scale, 0, divPrecisionIncrement(ctx));
      return new Decimal((s.unscaled * pow10(raw - s.scale)) / BigInt(n), raw);
    }),
    display: (v, ctx) => {
      if (!(v instanceof Decimal)) return v;
      const target = Math.min(scale + divPrecisionIncrement(ctx), 30);
      return v.scale > target ? rescale(v, target) : v;
    },
  };
}

function extreme(sign: 1 | -1): Builder {
  return (_call, args, env) => {
    const arg = args[0];
    return {
      type: arg.type,
      create() {
        let best: Value = null;
        return {
          add(ctx) {
            const v = arg.eval(ctx);
            if (v === null) return;
            if (best === null || env.values.compare(v, best, arg.type) * sign > 0) best = v;
          },
          result: () => best,
        };
      },
    };
  };
}

function bits(initial: bigint, op: (a: bigint, b: bigint) => bigint): Builder {
  return (_call, args) => {
    const arg = args[0];
    return {
      type: UBIGINT,
      create() {
        let acc = initial;
        return {
          add(ctx) {
            const v = toUint64(arg.eval(ctx), ctx);
            if (v !== null) acc = op(acc, v);
          },
          result: () => normInt(acc),
        };
      },
    };
  };
}

function groupConcat(
  call: AggregateCall,
  args: readonly CompiledExpr[],
  env: QueryEnv,
  scope: Scope,
): CompiledAggregate {
  const separator = call.separator ?? ",";
  // ORDER BY n names GROUP_CONCAT's own n-th argument (MySQL resolves the positions against the argument list).
  const order = (call.orderBy ?? []).map((o) => {
    if (o.expr.kind === "Number" && o.expr.numberKind === "int") {
      const n = Number(o.expr.text);
      const arg = args[n - 1];
      if (arg === undefined || n < 1) throw unknownColumn(o.expr.text, "order clause");
      return { expr: arg, desc: o.desc };
    }
    return { expr: env.compileExpr(o.expr, scope), desc: o.desc };
  });
  const first = args[0]?.type;
  const type: StaticType =
    first?.kind === "string" ? first : { kind: "string", collation: "utf8mb4_0900_ai_ci", binary: false };
  return {
    type,
    create() {
      const items: { text: string; keys: Value[] }[] = [];
      return {
        add(ctx) {
          let text = "";
          for (const a of args) {
            const v = a.eval(ctx);
            if (v === null) return;
            text += toText(v);
          }
          items.push({ text, keys: order.map((o) => o.expr.eval(ctx)) });
        },
        result(ctx) {
          if (items.length === 0) return null;
          if (order.length > 0) {
            items.sort((x, y) => {
              for (let i = 0; i < order.length; i++) {
                const c = env.values.compare(x.keys[i], y.keys[i], order[i].expr.type);
                if (c !== 0) return order[i].desc ? -c : c;
              }
              return 0;
            });
          }
          const all = items.map((i) => i.text).join(separator);
          const max = groupConcatMaxLen(ctx);
          if (Buffer.byteLength(all, "utf8") <= max) return all;
          // MySQL names the row whose value did not fit any more.
          let bytes = 0;
          let row = items.length;
          for (let i = 0; i < items.length; i++) {
            bytes += Buffer.byteLength(items[i].text, "utf8") + (i > 0 ? Buffer.byteLength(separator, "utf8") : 0);
            if (bytes > max) {
              row = i + 1;
              break;
            }
          }
          ctx.session.warn(1260, "HY000", `Row ${row} was cut by GROUP_CONCAT()`);
          return Buffer.from(all, "utf8")
            .subarray(0, max)
            .toString("utf8")
            .replace(/\uFFFD$/, "");
        },
      };
    },
  };
}

const builders: { readonly [K in AggregateName]: Builder } = {
  COUNT: count,
  SUM: sum,
  AVG: avg,
  MIN: extreme(-1),
  MAX: extreme(1),
  GROUP_CONCAT: groupConcat,
  BIT_AND: bits(UINT64_MAX, (a, b) => a & b),
  BIT_OR: bits(0n, (a, b) => a | b),
  BIT_XOR: bits(0n, (a, b) => a ^ b),
};

/** Compiles an aggregate call; its arguments are compiled in `scope`, the row scope of the query's FROM. */
export function compileAggregate(call: AggregateCall, scope: Scope, env: QueryEnv): CompiledAggregate {
  const args = call.args.filter((a) => a.kind !== "Star").map((a) => env.compileExpr(a, scope));
  const compiled = builders[call.name](call, args, env, scope);
  if (!call.distinct) return compiled;
  return { ...compiled, create: () => distinctly(args, env, compiled.create()) };
}
