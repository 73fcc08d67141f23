// Compiling + - * / DIV % and unary minus. The operator is chosen at compile time from the static types; the integer
// case with a constant operand (the `i = i + 1` of every loop) is a closure with no allocation and no dispatch.

import { type ArithOp, type ArithSite, arith, intArith, negate } from "../values/arith.ts";
import { type Numeric, toDecimal, toNumeric } from "../values/coerce.ts";
import { Bytes, Decimal } from "../values/value.ts";
import {
  constantValue,
  displayRounder,
  makeNode,
  type Node,
  T_ANY,
  T_DOUBLE,
  T_INT,
  T_UINT,
  tDecimal,
} from "./node.ts";
import type { Evaluator, ExecContext, StaticType } from "./types.ts";

type NumKind = "int" | "uint" | "decimal" | "double" | "any" | "null";

function numKind(t: StaticType): NumKind {
  switch (t.kind) {
    case "int":
      return t.unsigned ? "uint" : "int";
    case "decimal":
      return "decimal";
    case "double":
    case "string":
    case "json":
      return "double";
    case "null":
      return "null";
    default:
      return "any";
  }
}

/** An INT_RESULT operand for DIV; a NULL literal is a string in MySQL 8 (Item_null), so NULL DIV x divides as DECIMAL. */
function intLike(t: StaticType): boolean {
  return t.kind === "int";
}

function scaleOf(t: StaticType): number {
  return t.kind === "decimal" ? t.scale : 0;
}

/** The static result type of `a op b`, MySQL's Item_num_op rules; `any` when an operand's kind is only known at run time. */
export function arithType(op: ArithOp, a: StaticType, b: StaticType, divIncrement: number): StaticType {
  const x = numKind(a);
  const y = numKind(b);
  if (x === "any" || y === "any") return T_ANY;
  if (x === "double" || y === "double") return op === "DIV" ? T_INT : T_DOUBLE;
  const ints = (x === "int" || x === "uint" || x === "null") && (y === "int" || y === "uint" || y === "null");
  if (op === "DIV") return x === "uint" || y === "uint" ? T_UINT : T_INT;
  if (op === "/") return tDecimal(Math.min(scaleOf(a) + divIncrement, 30));
  if (ints) {
    if (op === "%") return x === "uint" ? T_UINT : T_INT;
    return x === "uint" || y === "uint" ? T_UINT : T_INT;
  }
  const s = op === "*" ? Math.min(scaleOf(a) + scaleOf(b), 30) : Math.max(scaleOf(a), scaleOf(b));
  return tDecimal(s);
}

const MAX = Number.MAX_SAFE_INTEGER;
const MIN = Number.MIN_SAFE_INTEGER;

/** Numeric value of an operand: integers and DECIMAL/DOUBLE as they are, the rest converted (with warnings). */
function numeric(v: Exclude<ReturnType<Evaluator>, null>, ctx: ExecContext): Numeric {
  if (typeof v === "number" || typeof v === "bigint") return v;
  return toNumeric(v, ctx) as Numeric;
}

/** DIV reads a non-integer operand as a DECIMAL (Item_func_int_div), so a string warns 'Truncated incorrect DECIMAL'. */
function divOperand(v: Exclude<ReturnType<Evaluator>, null>, ctx: ExecContext): Numeric {
  if (typeof v === "string" || v instanceof Bytes) return toDecimal(v, ctx) as Decimal;
  return numeric(v, ctx);
}

export function compileArith(op: ArithOp, left: Node, right: Node, divIncrement: number, describe: () => string): Node {
  const type = arithType(op, left.type, right.type, divIncrement);
  const site: ArithSite = {
    op,
    leftUnsigned: left.type.kind === "int" && left.type.unsigned,
    rightUnsigned: right.type.kind === "int" && right.type.unsigned,
    divIncrement,
    describe,
  };
  const constant = left.constant && right.constant;
  const L = left.raw;
  const R = right.raw;
  // MySQL's real and integer operators read (and convert) both operands before testing for NULL, so `NULL + 'x'`
  // still warns about 'x'; the DECIMAL ones (and DIV over non-integers, which divides as DECIMAL) stop at a NULL
  // left operand without evaluating the right one.
  const rightAfterNull = !(type.kind === "decimal" || (op === "DIV" && !(intLike(left.type) && intLike(right.type))));
  const operand = op === "DIV" ? divOperand : numeric;
  const general: Evaluator = (ctx) => {
    const a = L(ctx);
    const x = a === null ? null : operand(a, ctx);
    if (x === null && !rightAfterNull) return null;
    const b = R(ctx);
    const y = b === null ? null : operand(b, ctx);
    if (x === null || y === null) return null;
    return arith(site, x, y, ctx);
  };

  // Signed integer + - * with a constant right operand: the loop counter path.
  if (type === T_INT && left.type.kind === "int" && (op === "+" || op === "-" || op === "*") && right.constant) {
    const k = constantValue(right);
    if (typeof k === "number") {
      const slow = (a: number | bigint, ctx: ExecContext) => intArith(site, a, k, ctx);
      let evaluate: Evaluator;
      if (op === "+") {
        evaluate = (ctx) => {
          const a = L(ctx);
          if (typeof a === "number") {
            const r = a + k;
            if (r <= MAX && r >= MIN) return r;
          }
          return a === null ? null : typeof a === "bigint" || typeof a === "number" ? slow(a, ctx) : general(ctx);
        };
      } else if (op === "-") {
        evaluate = (ctx) => {
          const a = L(ctx);
          if (typeof a === "number") {
            const r = a - k;
            if (r <= MAX && r >= MIN) return r;
          }
          return a === null ? null : typeof a === "bigint" || typeof a === "number" ? slow(a, ctx) : general(ctx);
        };
      } else {
        evaluate = (ctx) => {
          const a = L(ctx);
          return a === null ? null : typeof a === "bigint" || typeof a === "number" ? slow(a, ctx) : general(ctx);
        };
      }
      return makeNode(evaluate, type, constant);
    }
  }

  // Two signed integers: number fast path, exact BigInt otherwise.
  if (type === T_INT && op !== "/" && left.type.kind === "int" && right.type.kind === "int") {
    const evaluate: Evaluator = (ctx) => {
      const a = L(ctx);
      if (a === null) return general(ctx);
      const b = R(ctx);
      if (b === null) return null;
      if (typeof a === "number" && typeof b === "number" && op === "+") {
        const r = a + b;
        if (r <= MAX && r >= MIN) return r;
      }
      if ((typeof a === "number" || typeof a === "bigint") && (typeof b === "number" || typeof b === "bigint")) {
        return intArith(site, a, b, ctx);
      }
      return arith(site, operand(a, ctx), operand(b, ctx), ctx);
    };
    return makeNode(evaluate, type, constant);
  }

  if (type.kind === "decimal") {
    return makeNode(displayRounder(general, type.scale), type, constant, { raw: general });
  }
  if (type.kind === "any" && op === "/") {
    // The display scale of a quotient follows the dividend's scale, known here only at run time.
    const evaluate: Evaluator = (ctx) => {
      const a = L(ctx);
      if (a === null) return general(ctx);
      const x = operand(a, ctx);
      const b = R(ctx);
      if (b === null) return null;
      const r = arith(site, x, operand(b, ctx), ctx);
      if (r instanceof Decimal) {
        const scale = Math.min((x instanceof Decimal ? x.scale : 0) + divIncrement, 30);
        return displayRounder(() => r, scale)(ctx);
      }
      return r;
    };
    return makeNode(evaluate, type, constant, { raw: general });
  }
  return makeNode(general, type, constant);
}

export function compileNegate(operand: Node, describe: () => string): Node {
  const t = operand.type;
  const type: StaticType =
    t.kind === "int" ? T_INT : t.kind === "decimal" ? t : t.kind === "any" || t.kind === "temporal" ? T_ANY : T_DOUBLE;
  const unsigned = t.kind === "int" && t.unsigned;
  const site = { describe };
  const R = operand.raw;
  const raw: Evaluator = (ctx) => {
    const v = R(ctx);
    if (v === null) return null;
    if (typeof v === "number") return v === 0 ? 0 : -v;
    return negate(numeric(v, ctx), unsigned, site);
  };
  const evaluate = type.kind === "decimal" ? displayRounder(raw, type.scale) : raw;
  return makeNode(evaluate, type, operand.constant, { raw });
}
