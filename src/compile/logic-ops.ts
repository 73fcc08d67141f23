// AND, OR, XOR, NOT and IS in three-valued logic; bit operators and shifts on unsigned 64-bit integers.

import { normInt, toUint64, truth } from "../values/coerce.ts";
import { makeNode, type Node, T_BOOL, T_UINT } from "./node.ts";
import type { Evaluator } from "./types.ts";

export function compileLogic(op: "AND" | "OR" | "XOR", left: Node, right: Node): Node {
  const L = left.eval;
  const R = right.eval;
  let evaluate: Evaluator;
  if (op === "AND") {
    // FALSE AND anything is FALSE without evaluating the right side, as MySQL short-circuits.
    evaluate = (ctx) => {
      const a = truth(L(ctx), ctx);
      if (a === false) return 0;
      const b = truth(R(ctx), ctx);
      if (b === false) return 0;
      return a === null || b === null ? null : 1;
    };
  } else if (op === "OR") {
    evaluate = (ctx) => {
      const a = truth(L(ctx), ctx);
      if (a === true) return 1;
      const b = truth(R(ctx), ctx);
      if (b === true) return 1;
      return a === null || b === null ? null : 0;
    };
  } else {
    evaluate = (ctx) => {
      const a = truth(L(ctx), ctx);
      if (a === null) return null;
      const b = truth(R(ctx), ctx);
      if (b === null) return null;
      return a !== b ? 1 : 0;
    };
  }
  return makeNode(evaluate, T_BOOL, left.constant && right.constant);
}

export function compileNot(operand: Node): Node {
  const E = operand.eval;
  return makeNode(
    (ctx) => {
      const a = truth(E(ctx), ctx);
      return a === null ? null : a ? 0 : 1;
    },
    T_BOOL,
    operand.constant,
  );
}

export function compileIs(operand: Node, what: "NULL" | "TRUE" | "FALSE" | "UNKNOWN", not: boolean): Node {
  const E = operand.eval;
  let evaluate: Evaluator;
  switch (what) {
    case "NULL":
    case "UNKNOWN":
      evaluate =
        what === "NULL"
          ? (ctx) => ((E(ctx) === null) !== not ? 1 : 0)
          : (ctx) => ((truth(E(ctx), ctx) === null) !== not ? 1 : 0);
      break;
    case "TRUE":
      evaluate = (ctx) => ((truth(E(ctx), ctx) === true) !== not ? 1 : 0);
      break;
    case "FALSE":
      evaluate = (ctx) => ((truth(E(ctx), ctx) === false) !== not ? 1 : 0);
      break;
  }
  return makeNode(evaluate, T_BOOL, operand.constant);
}

const U64 = 2n ** 64n - 1n;

export function compileBitOp(op: "|" | "&" | "^" | "<<" | ">>", left: Node, right: Node): Node {
  const L = left.eval;
  const R = right.eval;
  const evaluate: Evaluator = (ctx) => {
    const a = L(ctx);
    if (a === null) return null;
    const b = R(ctx);
    if (b === null) return null;
    // Small non-negative numbers: 32-bit JS operators are exact.
    if (typeof a === "number" && typeof b === "number" && a >= 0 && b >= 0 && a < 0x80000000 && b < 0x80000000) {
      if (op === "|") return a | b;
      if (op === "&") return a & b;
      if (op === "^") return a ^ b;
    }
    const x = toUint64(a, ctx) as bigint;
    const y = toUint64(b, ctx) as bigint;
    switch (op) {
      case "|":
        return normInt(x | y);
      case "&":
        return normInt(x & y);
      case "^":
        return normInt(x ^ y);
      case "<<":
        return y >= 64n ? 0 : normInt((x << y) & U64);
      case ">>":
        return y >= 64n ? 0 : normInt(x >> y);
    }
  };
  return makeNode(evaluate, T_UINT, left.constant && right.constant);
}

export function compileBitNot(operand: Node): Node {
  const E = operand.eval;
  return makeNode(
    (ctx) => {
      const a = E(ctx);
      if (a === null) return null;
      return normInt(~(toUint64(a, ctx) as bigint) & U64);
    },
    T_UINT,
    operand.constant,
  );
}
