// Compiling comparisons (= <=> <> < <= > >=), BETWEEN, IN (list), LIKE and the simple CASE's matching.
//
// The comparison function is chosen at compile time: two integers compare as integers; two character strings under
// the aggregated collation, with a fold-free `===` path when one side is a constant without letters (`c = '{'`);
// anything else through compareDynamic, which applies MySQL's conversion rules to the runtime kinds.

import { SqlError } from "../errors.ts";
import { type NonNullValue, toDouble, toText } from "../values/coerce.ts";
import { type Collation, equalsUnfolded, needsNoFolding } from "../values/collation.ts";
import { compareDynamic, compareInts } from "../values/compare.ts";
import { checkDateConstant } from "../values/date-constant.ts";
import { compileLike, type LikeMatcher } from "../values/like.ts";
import { Bytes, Double, type Value } from "../values/value.ts";
import { aggregateCollation } from "./collate.ts";
import { constantValue, isNumericType, makeNode, type Node, T_BOOL } from "./node.ts";
import { onResolve } from "./resolve.ts";
import type { Evaluator, ExecContext, StaticType } from "./types.ts";

export type CompareOp = "=" | "<=>" | "<>" | "<" | "<=" | ">" | ">=";

/** A comparison of two non-NULL values: negative, zero or positive. */
export type Comparer = (a: NonNullValue, b: NonNullValue, ctx: ExecContext) => number;

function isText(v: Value): v is string {
  return typeof v === "string";
}

/** Chooses the comparison for two operands from their static types. */
export function chooseComparer(
  left: Node,
  right: Node,
  connection: string,
  op: string,
): { cmp: Comparer; coll: Collation } {
  const { collation: coll } = aggregateCollation([left, right], connection, op);
  const lt = left.type;
  const rt = right.type;
  if (lt.kind === "int" && rt.kind === "int") {
    return {
      cmp: (a, b, ctx) =>
        (typeof a === "number" || typeof a === "bigint") && (typeof b === "number" || typeof b === "bigint")
          ? compareInts(a, b)
          : compareDynamic(a, b, coll, ctx),
      coll,
    };
  }
  if (lt.kind === "string" && rt.kind === "string" && !lt.binary && !rt.binary) {
    return {
      cmp: (a, b, ctx) => (isText(a) && isText(b) ? coll.compare(a, b) : compareDynamic(a, b, coll, ctx)),
      coll,
    };
  }
  return { cmp: (a, b, ctx) => compareDynamic(a, b, coll, ctx), coll };
}

function test(op: CompareOp, c: number): number {
  switch (op) {
    case "=":
    case "<=>":
      return c === 0 ? 1 : 0;
    case "<>":
      return c !== 0 ? 1 : 0;
    case "<":
      return c < 0 ? 1 : 0;
    case "<=":
      return c <= 0 ? 1 : 0;
    case ">":
      return c > 0 ? 1 : 0;
    case ">=":
      return c >= 0 ? 1 : 0;
  }
}

/** Whether `op` holds for a comparison's result (negative, zero or positive): 1 or 0. */
export const holds = test;

/** `a = 'const'` (or <>) where the constant needs no case folding: `===` for ASCII input, no Intl call. */
function unfoldedEquality(op: "=" | "<>" | "<=>", operand: Node, k: string, coll: Collation, cmp: Comparer): Evaluator {
  const E = operand.eval;
  const yes = op === "<>" ? 0 : 1;
  const no = 1 - yes;
  return (ctx) => {
    const a = E(ctx);
    if (a === null) return op === "<=>" ? 0 : null;
    if (typeof a === "string") return equalsUnfolded(a, k, coll) ? yes : no;
    return (cmp(a, k, ctx) === 0) === (op !== "<>") ? 1 : 0;
  };
}

/**
 * A DATE or DATETIME operand against a constant string: the string must read as a date in the statement's sql_mode
 * (checkDateConstant). MySQL checks when it prepares the comparison (Arg_comparator::set_cmp_func), so this is a
 * resolve step; only an expression compiled outside any statement checks at its first evaluation, once per sql_mode.
 * `names` are the operands' column names where they are columns. BETWEEN and IN do not check: MySQL compares their
 * constants as dates without the prepare-time conversion (set_datetime_cmp_func, cmp_item_datetime).
 */
function dateConstantGuard(
  left: Node,
  right: Node,
  names: readonly (string | undefined)[],
): ((ctx: ExecContext) => void) | undefined {
  const pairs = [
    [left, right, names[0]],
    [right, left, names[1]],
  ] as const;
  for (const [date, str, name] of pairs) {
    if (date.type.kind !== "temporal" || date.type.type === "TIME" || str.type.kind !== "string") continue;
    const k = constantValue(str);
    if (typeof k !== "string") continue;
    const target = date.type.timestamp ? "TIMESTAMP" : date.type.type;
    if (onResolve((ctx) => checkDateConstant(k, target, name, ctx))) return undefined;
    let passed: string | undefined;
    return (ctx) => {
      if (ctx.sqlMode === passed) return;
      checkDateConstant(k, target, name, ctx);
      passed = ctx.sqlMode;
    };
  }
  return undefined;
}

export function compileCompare(
  op: CompareOp,
  left: Node,
  right: Node,
  connection: string,
  names: readonly (string | undefined)[] = [],
): Node {
  const node = compareNode(op, left, right, connection);
  const guard = dateConstantGuard(left, right, names);
  if (guard === undefined) return node;
  const E = node.eval;
  return makeNode(
    (ctx) => {
      guard(ctx);
      return E(ctx);
    },
    T_BOOL,
    node.constant,
  );
}

function compareNode(op: CompareOp, left: Node, right: Node, connection: string): Node {
  if (left.type.kind === "string" && right.type.kind === "string" && (op === "=" || op === "<>" || op === "<=>")) {
    const { cmp, coll } = chooseComparer(left, right, connection, op);
    const rk = constantValue(right);
    if (typeof rk === "string" && needsNoFolding(rk, coll)) {
      return makeNode(unfoldedEquality(op, left, rk, coll, cmp), T_BOOL, left.constant);
    }
    const lk = constantValue(left);
    if (typeof lk === "string" && needsNoFolding(lk, coll)) {
      return makeNode(unfoldedEquality(op, right, lk, coll, cmp), T_BOOL, right.constant);
    }
  }
  const { cmp } = chooseComparer(left, right, connection, op);
  const L = left.eval;
  const R = right.eval;
  // A string compared with a number is read as a double before the other side is known to be NULL
  // (Arg_comparator::compare_real and compare_e_real read both sides first), so it still warns.
  const lone = comparesAsDouble(left.type, right.type)
    ? (v: Value, ctx: ExecContext) => {
        if (v !== null) stringAsDouble(v, ctx);
      }
    : undefined;
  let evaluate: Evaluator;
  if (op === "<=>") {
    evaluate = (ctx) => {
      const a = L(ctx);
      const b = R(ctx);
      if (a === null || b === null) {
        lone?.(a, ctx);
        lone?.(b, ctx);
        return a === b ? 1 : 0;
      }
      return cmp(a, b, ctx) === 0 ? 1 : 0;
    };
  } else {
    evaluate = (ctx) => {
      const a = L(ctx);
      if (a === null) return null;
      const b = R(ctx);
      if (b === null) {
        lone?.(a, ctx);
        return null;
      }
      return test(op, cmp(a, b, ctx));
    };
  }
  return makeNode(evaluate, T_BOOL, left.constant && right.constant);
}

/**
 * Row comparison `(a, b) op (c, d)`. = and <> are decided pairwise (NULL when undecided); the ordering operators
 * are lexicographic: the first pair that is not equal decides, and a NULL before that makes the result NULL.
 */
export function compileRowCompare(
  op: CompareOp,
  left: readonly Node[],
  right: readonly Node[],
  connection: string,
): Node {
  if (left.length !== right.length)
    throw new SqlError(1241, "21000", `Operand should contain ${left.length} column(s)`);
  const constant = left.every((n) => n.constant) && right.every((n) => n.constant);
  if (op === "=" || op === "<>" || op === "<=>") {
    const pairs = left.map((l, i) => compileCompare(op === "<=>" ? "<=>" : "=", l, right[i], connection));
    const evaluate: Evaluator = (ctx) => {
      let unknown = false;
      for (const p of pairs) {
        const r = p.eval(ctx);
        if (r === 0) return op === "<>" ? 1 : 0;
        if (r === null) unknown = true;
      }
      if (unknown) return null;
      return op === "<>" ? 0 : 1;
    };
    return makeNode(evaluate, T_BOOL, constant);
  }
  const comparers = left.map((l, i) => chooseComparer(l, right[i], connection, op).cmp);
  const evaluate: Evaluator = (ctx) => {
    for (let i = 0; i < left.length; i++) {
      const a = left[i].eval(ctx);
      const b = right[i].eval(ctx);
      if (a === null || b === null) return null;
      const c = comparers[i](a, b, ctx);
      if (c !== 0) return test(op, c);
    }
    return test(op, 0);
  };
  return makeNode(evaluate, T_BOOL, constant);
}

export function compileBetween(operand: Node, low: Node, high: Node, not: boolean, connection: string): Node {
  const lo = chooseComparer(operand, low, connection, "between").cmp;
  const hi = chooseComparer(operand, high, connection, "between").cmp;
  const A = operand.eval;
  const B = low.eval;
  const C = high.eval;
  // Against a numeric bound MySQL compares as DOUBLE and reads a string operand once (val_real), so it warns once.
  const numeric = isNumericType(low.type) || isNumericType(high.type);
  const evaluate: Evaluator = (ctx) => {
    let a = A(ctx);
    if (a === null) return null;
    if (numeric) a = stringAsDouble(a, ctx);
    const b = B(ctx);
    const c = C(ctx);
    const r1 = b === null ? null : lo(a, b, ctx) >= 0;
    const r2 = c === null ? null : hi(a, c, ctx) <= 0;
    // r1 AND r2 in three-valued logic, then NOT if asked.
    const r = r1 === false || r2 === false ? false : r1 === null || r2 === null ? null : true;
    if (r === null) return null;
    return r !== not ? 1 : 0;
  };
  return makeNode(evaluate, T_BOOL, operand.constant && low.constant && high.constant);
}

/**
 * A string operand compared with a number, read once as DOUBLE (MySQL's val_real), so that it warns once however
 * many comparisons follow; any other value as it is.
 */
export function stringAsDouble(a: NonNullValue, ctx: ExecContext): NonNullValue {
  return typeof a === "string" || a instanceof Bytes ? new Double(toDouble(a, ctx) ?? 0) : a;
}

/** Whether two operands compare as DOUBLE because one is a (non-temporal) string and the other a number. */
export function comparesAsDouble(a: StaticType, b: StaticType): boolean {
  const num = (t: StaticType) => t.kind === "int" || t.kind === "decimal" || t.kind === "double";
  return (a.kind === "string" && num(b)) || (num(a) && b.kind === "string");
}

type CmpResult = "string" | "int" | "decimal" | "real";

/** MySQL's result type of an operand of IN (Item::result_type; DATE and TIME are strings), or undefined (JSON, any). */
function cmpResult(t: StaticType): CmpResult | "null" | undefined {
  switch (t.kind) {
    case "int":
      return "int";
    case "decimal":
      return "decimal";
    case "double":
      return "real";
    case "string":
    case "temporal":
      return "string";
    case "null":
      return "null";
    default:
      return undefined;
  }
}

/** item_cmp_type: the type `left` and one item of the list compare as. */
function itemCmpType(left: CmpResult, item: CmpResult): CmpResult {
  if (left === item) return left;
  const exact = (r: CmpResult) => r === "int" || r === "decimal";
  return exact(left) && exact(item) ? "decimal" : "real";
}

/**
 * The one comparison type of an IN list whose items are all constant (Item_func_in::resolve_type's bisection case:
 * one type among the non-NULL items, no JSON), or undefined when the list is compared item by item.
 */
function constantListType(operand: Node, list: readonly Node[]): CmpResult | undefined {
  const left = cmpResult(operand.type);
  if (left === undefined || left === "null" || !list.every((n) => n.constant)) return undefined;
  const found = new Set<CmpResult>();
  for (const item of list) {
    const r = cmpResult(item.type);
    if (r === undefined) return undefined;
    if (r !== "null") found.add(itemCmpType(left, r));
  }
  if (found.size > 1) return undefined;
  return found.size === 0 ? left : [...found][0];
}

/** Item values by position, for one evaluation of an IN. */
type ItemSource = (i: number, ctx: ExecContext) => Value;

/**
 * Compares the operand with the items in order, up to the first match: NULL when nothing matched and an item was
 * NULL. A string operand meets a numeric item as DOUBLE, read once per evaluation (cmp_item::store_value).
 */
function inOrder(
  operand: Evaluator,
  items: ItemSource,
  count: number,
  comparers: readonly Comparer[],
  numeric: readonly boolean[],
  yes: number,
): Evaluator {
  return (ctx) => {
    const a = operand(ctx);
    if (a === null) return null;
    let asNumber: NonNullValue | undefined;
    let unknown = false;
    for (let i = 0; i < count; i++) {
      const b = items(i, ctx);
      if (b === null) {
        unknown = true;
        continue;
      }
      let x = a;
      if (typeof a === "string" && numeric[i]) {
        asNumber ??= stringAsDouble(a, ctx);
        x = asNumber;
      }
      if (comparers[i](x, b, ctx) === 0) return yes;
    }
    return unknown ? null : 1 - yes;
  };
}

/**
 * `x IN (list)`. When every item is constant and all compare alike, MySQL evaluates the whole list when it resolves
 * the statement (Item_func_in::resolve_type fills its in_vector): an item that fails fails the statement even where
 * the IN is never evaluated, and items compared as DOUBLE are converted (warning for each bad string) once, whatever
 * matches. Here that is a resolve step (src/compile/resolve.ts); the lookup is then a scan of the converted values,
 * which answers as MySQL's bisection does. Other lists are evaluated item by item up to the first match.
 */
export function compileIn(operand: Node, list: readonly Node[], not: boolean, connection: string): Node {
  const comparers = list.map((item) => chooseComparer(operand, item, connection, "in").cmp);
  const yes = not ? 0 : 1;
  const listType = constantListType(operand, list);
  if (listType === undefined) {
    const numeric = list.map((item) => isNumericType(item.type));
    const evaluate = inOrder(operand.eval, (i, ctx) => list[i].eval(ctx), list.length, comparers, numeric, yes);
    return makeNode(evaluate, T_BOOL, operand.constant && list.every((n) => n.constant));
  }
  const asDouble = listType === "real";
  let values: Value[] | undefined;
  const fill = (ctx: ExecContext): void => {
    values = list.map((item) => {
      const v = item.eval(ctx);
      return v === null || !asDouble ? v : stringAsDouble(v, ctx);
    });
  };
  const numeric = list.map((item) => asDouble || isNumericType(item.type));
  const lookup = inOrder(operand.eval, (i) => (values as Value[])[i], list.length, comparers, numeric, yes);
  // Outside any statement (an expression compiled on its own) the first evaluation fills the list.
  onResolve(fill);
  const evaluate: Evaluator = (ctx) => {
    if (values === undefined) fill(ctx);
    return lookup(ctx);
  };
  return makeNode(evaluate, T_BOOL, operand.constant && list.every((n) => n.constant));
}

function textOf(v: NonNullValue): string {
  return typeof v === "string" ? v : v instanceof Bytes ? new TextDecoder().decode(v.bytes) : toText(v);
}

export function compileLikeOp(
  operand: Node,
  pattern: Node,
  escapeChar: Node | undefined,
  not: boolean,
  connection: string,
): Node {
  const { collation: coll } = aggregateCollation([operand, pattern], connection, "like");
  let escapeUnit = 92;
  if (escapeChar !== undefined) {
    const e = constantValue(escapeChar);
    if (e === undefined) throw new SqlError(1210, "HY000", "Incorrect arguments to ESCAPE");
    const text = e === null ? "" : textOf(e);
    if (text.length > 1) throw new SqlError(1210, "HY000", "Incorrect arguments to ESCAPE");
    // An empty (or NULL) escape string leaves backslash as the escape character, as MySQL's Item_func_like does
    escapeUnit = text.length === 0 ? 92 : text.charCodeAt(0);
  }
  const A = operand.eval;
  const P = pattern.eval;
  const yes = not ? 0 : 1;
  const no = 1 - yes;
  const kp = constantValue(pattern);
  let evaluate: Evaluator;
  if (kp !== undefined && kp !== null) {
    const match = compileLike(textOf(kp), escapeUnit, coll);
    evaluate = (ctx) => {
      const a = A(ctx);
      if (a === null) return null;
      return match(typeof a === "string" ? a : textOf(a)) ? yes : no;
    };
  } else {
    let lastPattern: string | undefined;
    let lastMatch: LikeMatcher | undefined;
    evaluate = (ctx) => {
      const a = A(ctx);
      if (a === null) return null;
      const p = P(ctx);
      if (p === null) return null;
      const text = textOf(p);
      if (text !== lastPattern || lastMatch === undefined) {
        lastMatch = compileLike(text, escapeUnit, coll);
        lastPattern = text;
      }
      return lastMatch(typeof a === "string" ? a : textOf(a)) ? yes : no;
    };
  }
  return makeNode(evaluate, T_BOOL, operand.constant && pattern.constant);
}
