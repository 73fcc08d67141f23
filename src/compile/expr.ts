// The expression compiler: an AST expression becomes a closure over the execution context.
//
// Names are resolved once, here, through the Scope (locals, columns, NEW/OLD); operators are chosen from static
// types; constant subtrees are evaluated once (unless evaluating them warns or fails, which must happen at run time).
// The handler table below has one entry per Expr kind and TypeScript checks that it is complete, so a new node kind
// cannot be silently ignored.

import type { ColumnRef, Expr } from "../ast.ts";
import { SqlError } from "../errors.ts";
import { aggregateType, conform } from "../functions/flow.ts";
import { lookupBuiltin } from "../functions/registry.ts";
import { castStaticType, castValue } from "../values/cast.ts";
import {
  doublePrefix,
  type NonNullValue,
  normInt,
  textToBytes,
  toText,
  truth as truthValue,
  userVarValue,
} from "../values/coerce.ts";
import { DEFAULT_COLLATION_NAME, defaultCollationOf, findCollation } from "../values/collation.ts";
import { compareDynamic } from "../values/compare.ts";
import { MAX_PRECISION, parseDecimal } from "../values/decimal.ts";
import { addInterval, isIntervalUnit } from "../values/interval.ts";
import { parseTemporal } from "../values/temporal.ts";
import { Bytes, Double, type Value } from "../values/value.ts";
import { compileArith, compileNegate } from "./arith-ops.ts";
import { aggregateCollation } from "./collate.ts";
import {
  chooseComparer,
  compileBetween,
  compileCompare,
  compileIn,
  compileLikeOp,
  stringAsDouble,
} from "./compare-ops.ts";
import { compileBitNot, compileBitOp, compileIs, compileLogic, compileNot } from "./logic-ops.ts";
import {
  asNode,
  Coercibility,
  constantValue,
  constNode,
  fold,
  isNumericType,
  makeNode,
  type Node,
  T_ANY,
  T_BINARY,
  T_BOOL,
  T_DOUBLE,
  T_INT,
  T_NULL,
  T_UINT,
  tDecimal,
  tString,
} from "./node.ts";
import { printExpr } from "./print.ts";
import {
  compileExists,
  compileInSubquery,
  compileQuantified,
  compileRowishComparison,
  compileScalarSubquery,
  type SubqueryCompiler,
} from "./subquery.ts";
import type { CompiledExpr, Evaluator, ExecContext, Scope } from "./types.ts";
import { readAs, type UserVarTypes } from "./user-vars.ts";

export interface CompileOptions {
  /** collation_connection when the statement is compiled: the collation of string literals. */
  readonly collationConnection?: string;
  /** div_precision_increment when the statement is compiled. */
  readonly divPrecisionIncrement?: number;
  /** The clause named in error 1054 (`Unknown column 'x' in 'field list'`). */
  readonly clause?: string;
  /** The select item's name: a stored function that is the whole item stores its result into a field so named. */
  readonly resultName?: string;
  /** The text the AST's offsets point into, for messages that quote an expression as written. */
  readonly source?: string;
  /** The session's user variables when the statement is compiled: `@v` takes the type its entry has then. */
  readonly userVars?: UserVarTypes;
}

/** The scope of `SELECT expr` without FROM: no names. */
export const emptyScope: Scope = { resolve: () => undefined };

interface Compiler extends SubqueryCompiler {
  readonly scope: Scope;
  readonly collation: string;
  readonly divIncrement: number;
  readonly clause: string;
  /** How name references print in error messages. */
  readonly names: WeakMap<ColumnRef, string>;
  compile(e: Expr): Node;
  describe(e: Expr): () => string;
  /** The expression compileExpr was called with, and the name its result goes by (CompileOptions.resultName). */
  readonly root: Expr | undefined;
  readonly resultName: string | undefined;
  readonly source: string | undefined;
  readonly userVars: UserVarTypes | undefined;
}

const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;

function notSupported(what: string): SqlError {
  return new SqlError(1235, "42000", `This version of MySQL doesn't yet support '${what}'`);
}

// ---------------------------------------------------------------------------------------------------------------
// Literals

function numberLiteral(text: string, kind: "int" | "decimal" | "double"): Node {
  if (kind === "double") {
    const x = Number(text);
    if (!Number.isFinite(x)) throw new SqlError(1367, "22007", `Illegal double '${text}' value found during parsing`);
    return constNode(new Double(x), T_DOUBLE, Coercibility.NUMERIC);
  }
  if (kind === "int") {
    const b = BigInt(text);
    if (b <= INT64_MAX) return constNode(normInt(b), T_INT, Coercibility.NUMERIC);
    if (b <= UINT64_MAX) return constNode(b, T_UINT, Coercibility.NUMERIC);
  }
  const d = parseDecimal(text);
  if (d.unscaled.toString().replace("-", "").length > MAX_PRECISION) {
    // MySQL reads a literal too long for DECIMAL as a DOUBLE.
    return constNode(new Double(Number(text)), T_DOUBLE, Coercibility.NUMERIC);
  }
  return constNode(d, tDecimal(d.scale), Coercibility.NUMERIC);
}

function hexBytes(digits: string): Bytes {
  const even = digits.length % 2 === 1 ? `0${digits}` : digits;
  const out = new Uint8Array(even.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(even.slice(2 * i, 2 * i + 2), 16);
  return new Bytes(out);
}

function bitBytes(digits: string): Bytes {
  const n = digits === "" ? 0n : BigInt(`0b${digits}`);
  const len = Math.max(1, Math.ceil(digits.length / 8));
  const out = new Uint8Array(len);
  let x = n;
  for (let i = len - 1; i >= 0; i--) {
    out[i] = Number(x & 255n);
    x >>= 8n;
  }
  return new Bytes(out);
}

/** A hex or bit literal's integer value, which it has in numeric contexts (0x41 + 0 is 65). */
function bytesAsUnsigned(b: Bytes): number | bigint {
  let x = 0n;
  for (const byte of b.bytes.slice(-8)) x = (x << 8n) | BigInt(byte);
  return normInt(x);
}

// ---------------------------------------------------------------------------------------------------------------
// Handlers, one per Expr kind

type Handlers = { [K in Expr["kind"]]: (e: Extract<Expr, { kind: K }>, c: Compiler) => Node };

/** An operand of an arithmetic or bit operator: a hex or bit literal acts as an unsigned integer there. */
function numericOperand(e: Expr, c: Compiler): Node {
  if (e.kind === "Hex") return constNode(bytesAsUnsigned(hexBytes(e.digits)), T_UINT, Coercibility.NUMERIC);
  if (e.kind === "Bit") return constNode(bytesAsUnsigned(bitBytes(e.digits)), T_UINT, Coercibility.NUMERIC);
  if (e.kind === "UserVar" && !isNumericType(c.userVars?.typeOf(e.name.toLowerCase()) ?? T_ANY)) {
    // A user variable holding a string converts to a number silently (user_var_entry::val_real uses my_atof).
    const key = e.name.toLowerCase();
    return makeNode(
      (ctx) => {
        const v = ctx.session.userVars.get(key) ?? null;
        if (typeof v === "string") return new Double(doublePrefix(v));
        if (v instanceof Bytes) return new Double(doublePrefix(toText(v)));
        return v;
      },
      T_ANY,
      false,
    );
  }
  return c.compile(e);
}

/** An operand read for its truth (AND, OR, XOR, NOT, IS): a user variable's string converts silently there too. */
function truthOperand(e: Expr, c: Compiler): Node {
  return e.kind === "UserVar" ? numericOperand(e, c) : c.compile(e);
}

const isBitsLiteral = (e: Expr) => e.kind === "Hex" || e.kind === "Bit";

/** Operands of a comparison: a hex or bit literal compared with a number is the number it spells (0x41 = 65). */
/** The name MySQL gives a column operand in messages (its item name, as written); undefined for anything else. */
function columnName(e: Expr): string | undefined {
  return e.kind === "ColumnRef" ? e.name : undefined;
}

function comparisonOperands(left: Expr, right: Expr, c: Compiler): [Node, Node] {
  const l = c.compile(left);
  const r = c.compile(right);
  if (isBitsLiteral(left) && isNumericType(r.type)) return [numericOperand(left, c), r];
  if (isBitsLiteral(right) && isNumericType(l.type)) return [l, numericOperand(right, c)];
  return [l, r];
}

/** `base + INTERVAL n unit` / `base - INTERVAL n unit`. */
function compileInterval(
  baseExpr: Expr,
  interval: Extract<Expr, { kind: "Interval" }>,
  sign: 1 | -1,
  c: Compiler,
): Node {
  if (!isIntervalUnit(interval.unit)) throw new SqlError(1064, "42000", `Unknown interval unit '${interval.unit}'`);
  const base = c.compile(baseExpr);
  const amount = c.compile(interval.value);
  const unit = interval.unit;
  const B = base.eval;
  const A = amount.eval;
  const dateOnly =
    base.type.kind === "temporal" &&
    base.type.type === "DATE" &&
    /^(DAY|WEEK|MONTH|QUARTER|YEAR|YEAR_MONTH)$/i.test(unit);
  return makeNode(
    (ctx) => {
      const b = B(ctx);
      if (b === null) return null;
      const a = A(ctx);
      if (a === null) return null;
      return addInterval(b, a, unit, sign, ctx);
    },
    { kind: "temporal", type: dateOnly ? "DATE" : "DATETIME" },
    base.constant && amount.constant,
  );
}

/** A row constructor, or a subquery that may return a row: comparisons with these go to compileRowishComparison. */
const isRowish = (e: Expr): boolean => e.kind === "Row" || e.kind === "ScalarSubquery";

const DATE_ARITH: Record<string, 1 | -1> = { DATE_ADD: 1, ADDDATE: 1, DATE_SUB: -1, SUBDATE: -1 };

function compileCall(e: Extract<Expr, { kind: "FunctionCall" }>, c: Compiler): Node {
  const dateSign = e.schema === undefined ? DATE_ARITH[e.name.toUpperCase()] : undefined;
  if (dateSign !== undefined && e.args.length === 2) {
    // DATE_ADD(d, INTERVAL n unit); ADDDATE(d, n) means n days.
    const [base, second] = e.args;
    const interval: Extract<Expr, { kind: "Interval" }> =
      second.kind === "Interval"
        ? second
        : { kind: "Interval", value: second, unit: "DAY", start: second.start, end: second.end };
    return compileInterval(base, interval, dateSign, c);
  }
  if (e.schema === undefined && e.name.toUpperCase() === "TIMESTAMPADD" && e.args.length === 3) {
    // TIMESTAMPADD(unit, n, d) is d + INTERVAL n unit; the parser made the unit a string.
    const [unit, amount, base] = e.args;
    if (unit.kind === "String") {
      return compileInterval(
        base,
        { kind: "Interval", value: amount, unit: unit.value, start: e.start, end: e.end },
        1,
        c,
      );
    }
  }
  const name = e.trim === "LEADING" ? "TRIM_LEADING" : e.trim === "TRAILING" ? "TRIM_TRAILING" : e.name;
  const builtin = e.schema === undefined ? lookupBuiltin(name) : undefined;
  // CHAR() reads each argument with val_int, so a hex or bit literal is its integer there, not its bytes
  const args =
    builtin?.name === "CHAR"
      ? e.args.map((a) => (isBitsLiteral(a) ? numericOperand(a, c) : c.compile(a)))
      : e.args.map((a) => c.compile(a));
  if (builtin === undefined) {
    // A stored function, looked up when called: it may be created after this statement was compiled.
    const schema = e.schema;
    // Routine names are case-insensitive, but 1305 and the other messages use the spelling the user wrote.
    const fname = e.written ?? e.name;
    const evals = args.map((a) => a.raw);
    const field = e === c.root ? c.resultName : undefined;
    const evaluate: Evaluator = (ctx) => {
      const values = evals.map((f) => f(ctx));
      return ctx.session.callFunction(schema, fname, values, ctx, field);
    };
    return makeNode(evaluate, T_ANY, false);
  }
  if (args.length < builtin.minArgs || args.length > builtin.maxArgs) {
    throw new SqlError(1582, "42000", `Incorrect parameter count in the call to native function '${e.name}'`);
  }
  const types = args.map((a) => a.type);
  const type = builtin.returnType(
    types,
    args.map((a) => constantValue(a)),
  );
  const constant = !builtin.volatile && args.every((a) => a.constant);
  if (builtin.form === "lazy") {
    const raw = builtin.compileRaw?.(args);
    return makeNode(builtin.compile(args), type, constant, { raw, coercibility: builtin.coercibility });
  }
  const impl = builtin.impl;
  const evals = args.map((a) => a.eval);
  let evaluate: Evaluator;
  if (builtin.nullPropagating) {
    // The argument array is reused between calls: all arguments are evaluated into locals first (an argument may
    // re-enter this node through a stored function), and impl does not keep the array.
    if (evals.length === 1) {
      const [A] = evals;
      const buf: Value[] = [null];
      evaluate = (ctx) => {
        const a = A(ctx);
        if (a === null) return null;
        buf[0] = a;
        return impl(buf, ctx, types);
      };
    } else if (evals.length === 2) {
      const [A, B] = evals;
      const buf: Value[] = [null, null];
      evaluate = (ctx) => {
        const a = A(ctx);
        if (a === null) return null;
        const b = B(ctx);
        if (b === null) return null;
        buf[0] = a;
        buf[1] = b;
        return impl(buf, ctx, types);
      };
    } else if (evals.length === 3) {
      // SUBSTRING(doc, i, 1) of the character loop lands here.
      const [A, B, C] = evals;
      const buf: Value[] = [null, null, null];
      evaluate = (ctx) => {
        const a = A(ctx);
        if (a === null) return null;
        const b = B(ctx);
        if (b === null) return null;
        const d = C(ctx);
        if (d === null) return null;
        buf[0] = a;
        buf[1] = b;
        buf[2] = d;
        return impl(buf, ctx, types);
      };
    } else {
      evaluate = (ctx) => {
        const values: Value[] = [];
        for (const f of evals) {
          const v = f(ctx);
          if (v === null) return null;
          values.push(v);
        }
        return impl(values, ctx, types);
      };
    }
  } else {
    evaluate = (ctx) =>
      impl(
        evals.map((f) => f(ctx)),
        ctx,
        types,
      );
  }
  const coercibility =
    type.kind === "string" ? Math.min(Coercibility.COERCIBLE, ...args.map((a) => a.coercibility)) : undefined;
  return makeNode(evaluate, type, constant, { coercibility });
}

function compileCase(e: Extract<Expr, { kind: "CaseExpr" }>, c: Compiler): Node {
  const thens = e.whens.map((w) => c.compile(w.then));
  const elseNode = e.else === undefined ? undefined : c.compile(e.else);
  const type = aggregateType([...thens.map((t) => t.type), elseNode?.type ?? T_NULL]);
  const whens = e.whens.map((w) => c.compile(w.when));
  const constant = whens.every((w) => w.constant) && thens.every((t) => t.constant) && (elseNode?.constant ?? true);
  const E = elseNode?.eval;
  let evaluate: Evaluator;
  if (e.operand === undefined) {
    evaluate = (ctx) => {
      for (let i = 0; i < whens.length; i++) {
        const v = whens[i].eval(ctx);
        if (v !== null && truthOf(v, ctx)) return conform(thens[i].eval(ctx), type, ctx, false);
      }
      return E === undefined ? null : conform(E(ctx), type, ctx, false);
    };
  } else {
    const operand = c.compile(e.operand);
    const comparers = whens.map((w) => chooseComparer(operand, w, c.collation, "case").cmp);
    // MySQL (Item_func_case::find_item) converts the operand to each comparison type once, before it evaluates the
    // WHEN value, and skips a literal NULL WHEN without converting: a string operand against a numeric WHEN warns
    // 1292 once, even when that WHEN value turns out NULL.
    const skip = e.whens.map((w) => w.when.kind === "Null");
    const numeric = whens.map((w) => isNumericType(w.type));
    const coll = chooseComparer(operand, operand, c.collation, "case").coll;
    evaluate = (ctx) => {
      const a = operand.eval(ctx);
      if (a !== null) {
        let asNumber: NonNullValue | undefined;
        for (let i = 0; i < whens.length; i++) {
          if (skip[i]) continue;
          if (numeric[i]) {
            asNumber ??= stringAsDouble(a, ctx);
            const b = whens[i].eval(ctx);
            if (b !== null && compareDynamic(asNumber, b, coll, ctx) === 0)
              return conform(thens[i].eval(ctx), type, ctx, false);
            continue;
          }
          const b = whens[i].eval(ctx);
          if (b !== null && comparers[i](a, b, ctx) === 0) return conform(thens[i].eval(ctx), type, ctx, false);
        }
      }
      return E === undefined ? null : conform(E(ctx), type, ctx, false);
    };
    return makeNode(evaluate, type, constant && operand.constant);
  }
  return makeNode(evaluate, type, constant);
}

/**
 * The limits MySQL checks when it parses a CAST (validate_cast_type_and_extract_length): DECIMAL precision 65 and
 * scale 30, M >= D, and fractional seconds up to 6. Messages quote the CAST as written.
 */
function checkCastType(e: Extract<Expr, { kind: "Cast" }>, c: Compiler): void {
  const t = e.target;
  const written = () => c.source?.slice(e.start, e.end) ?? (e === c.root ? c.resultName : undefined) ?? printExpr(e);
  if (t.name === "DECIMAL" && t.length !== undefined) {
    const scale = t.scale ?? 0;
    if (t.length > MAX_PRECISION) {
      throw new SqlError(1426, "42000", `Too-big precision ${t.length} specified for '${written()}'. Maximum is 65.`);
    }
    if (scale > 30) {
      throw new SqlError(1425, "42000", `Too big scale ${scale} specified for column '${written()}'. Maximum is 30.`);
    }
    if (scale > t.length) {
      throw new SqlError(1427, "42000", "For float(M,D), double(M,D) or decimal(M,D), M must be >= D (column '').");
    }
  }
  if ((t.name === "TIME" || t.name === "DATETIME") && t.scale !== undefined && t.scale > 6) {
    throw new SqlError(1426, "42000", `Too-big precision ${t.scale} specified for 'CAST'. Maximum is 6.`);
  }
}

/** A typed literal keeps the fractional digits it was written with; a malformed one fails the statement (1525). */
function temporalLiteral(e: Extract<Expr, { kind: "TemporalLiteral" }>): Node {
  const type = e.type === "TIMESTAMP" ? "DATETIME" : e.type;
  const fsp = type === "DATE" ? 0 : Math.min(6, /\.(\d*)\s*$/.exec(e.text)?.[1]?.length ?? 0);
  const value = parseTemporal(e.text, type, fsp);
  if (value === null) throw new SqlError(1525, "HY000", `Incorrect ${type} value: '${e.text}'`);
  return constNode(value, { kind: "temporal", type }, Coercibility.NUMERIC);
}

function truthOf(v: Value, ctx: ExecContext): boolean {
  if (typeof v === "number") return v !== 0;
  return truthValue(v, ctx) === true;
}

const handlers: Handlers = {
  Null: () => constNode(null, T_NULL, Coercibility.IGNORABLE),
  Bool: (e) => constNode(e.value ? 1 : 0, T_BOOL, Coercibility.NUMERIC),
  Number: (e) => numberLiteral(e.text, e.numberKind),
  String: (e, c) => {
    if (e.charset?.toLowerCase() === "binary") return constNode(textToBytes(e.value), T_BINARY, Coercibility.COERCIBLE);
    const coll = e.charset ? (defaultCollationOf(e.charset) ?? c.collation) : c.collation;
    return constNode(e.value, tString(coll), Coercibility.COERCIBLE);
  },
  Hex: (e) => constNode(hexBytes(e.digits), T_BINARY, Coercibility.COERCIBLE),
  Bit: (e) => constNode(bitBytes(e.digits), T_BINARY, Coercibility.COERCIBLE),
  TemporalLiteral: (e) => temporalLiteral(e),
  ColumnRef: (e, c) => {
    const r = c.scope.resolve(e);
    if (r === undefined) {
      const shown = [...e.qualifier, e.name].join(".");
      throw new SqlError(1054, "42S22", `Unknown column '${shown}' in '${c.clause}'`);
    }
    if (r.text !== undefined) c.names.set(e, r.text);
    return asNode(r, r.type.kind === "string" ? Coercibility.IMPLICIT : undefined);
  },
  UserVar: (e, c) => {
    // User variable names are case-insensitive; an unset variable is NULL. The type is the one the variable has when
    // the statement is compiled (user-vars.ts); a value assigned since is read converted to it.
    const key = e.name.toLowerCase();
    const type = c.userVars?.typeOf(key) ?? T_ANY;
    const read: Evaluator =
      type.kind === "any"
        ? (ctx) => ctx.session.userVars.get(key) ?? null
        : (ctx) => readAs(ctx.session.userVars.get(key) ?? null, type);
    return makeNode(read, type, false, { coercibility: Coercibility.IMPLICIT });
  },
  SystemVar: (e) => {
    const { name, scope } = e;
    return makeNode((ctx) => ctx.session.getSystemVar(name, scope), T_ANY, false, {
      coercibility: Coercibility.SYSCONST,
    });
  },
  AssignUserVar: (e, c) => {
    const key = e.name.toLowerCase();
    const value = c.compile(e.value);
    const R = value.raw;
    const type = value.type;
    return makeNode(
      (ctx) => {
        const v = R(ctx);
        ctx.session.userVars.assign(key, userVarValue(v), type);
        return v;
      },
      value.type,
      false,
    );
  },
  Unary: (e, c) => {
    switch (e.op) {
      case "-":
        if (e.operand.kind === "Number") {
          // -9223372036854775808 is a BIGINT literal, not the negation of an out-of-range one.
          return numberLiteral(`-${e.operand.text}`, e.operand.numberKind);
        }
        return compileNegate(numericOperand(e.operand, c), c.describe(e));
      case "+":
        return c.compile(e.operand);
      case "~":
        return compileBitNot(numericOperand(e.operand, c));
      case "!":
      case "NOT":
        return compileNot(truthOperand(e.operand, c));
      case "BINARY": {
        const inner = c.compile(e.operand);
        const E = inner.eval;
        return makeNode(
          (ctx) => {
            const v = E(ctx);
            return v === null || v instanceof Bytes ? v : textToBytes(toText(v));
          },
          T_BINARY,
          inner.constant,
          { coercibility: Coercibility.IMPLICIT },
        );
      }
    }
  },
  Binary: (e, c) => {
    switch (e.op) {
      case "AND":
      case "OR":
      case "XOR":
        return compileLogic(e.op, truthOperand(e.left, c), truthOperand(e.right, c));
      case "=":
      case "<=>":
      case "<>":
      case "<":
      case "<=":
      case ">":
      case ">=": {
        if (isRowish(e.left) || isRowish(e.right)) return compileRowishComparison(e.op, e.left, e.right, c);
        return compileCompare(e.op, ...comparisonOperands(e.left, e.right, c), c.collation, [
          columnName(e.left),
          columnName(e.right),
        ]);
      }
      case "|":
      case "&":
      case "^":
      case "<<":
      case ">>":
        return compileBitOp(e.op, numericOperand(e.left, c), numericOperand(e.right, c));
      case "+":
      case "-":
        if (e.right.kind === "Interval") return compileInterval(e.left, e.right, e.op === "+" ? 1 : -1, c);
        if (e.left.kind === "Interval") {
          if (e.op === "-") throw new SqlError(1064, "42000", "You have an error in your SQL syntax near 'INTERVAL'");
          return compileInterval(e.right, e.left, 1, c);
        }
        return compileArith(e.op, numericOperand(e.left, c), numericOperand(e.right, c), c.divIncrement, c.describe(e));
      case "*":
      case "/":
      case "DIV":
      case "%":
        return compileArith(e.op, numericOperand(e.left, c), numericOperand(e.right, c), c.divIncrement, c.describe(e));
    }
  },
  Is: (e, c) => compileIs(truthOperand(e.operand, c), e.test, e.not),
  Like: (e, c) =>
    compileLikeOp(
      c.compile(e.operand),
      c.compile(e.pattern),
      e.escape === undefined ? undefined : c.compile(e.escape),
      e.not,
      c.collation,
    ),
  Regexp: (e, c) => {
    const call = compileCall(
      { kind: "FunctionCall", name: "REGEXP_LIKE", args: [e.operand, e.pattern], start: e.start, end: e.end },
      c,
    );
    return e.not ? compileNot(call) : call;
  },
  Between: (e, c) => compileBetween(c.compile(e.operand), c.compile(e.low), c.compile(e.high), e.not, c.collation),
  InList: (e, c) =>
    compileIn(
      c.compile(e.operand),
      e.list.map((x) => c.compile(x)),
      e.not,
      c.collation,
    ),
  InSubquery: (e, c) => compileInSubquery(e, c),
  Quantified: (e, c) => compileQuantified(e, c),
  Exists: (e, c) => compileExists(e.query, c),
  ScalarSubquery: (e, c) => compileScalarSubquery(e.query, c),
  CaseExpr: (e, c) => compileCase(e, c),
  FunctionCall: (e, c) => compileCall(e, c),
  AggregateCall: (e, c) => {
    const r = c.scope.aggregate?.(e);
    if (r === undefined) throw new SqlError(1111, "HY000", "Invalid use of group function");
    return asNode(r);
  },
  Cast: (e, c) => {
    checkCastType(e, c);
    const inner =
      e.target.name === "SIGNED" || e.target.name === "UNSIGNED" ? numericOperand(e.operand, c) : c.compile(e.operand);
    const target = e.target;
    const type = castStaticType(target, c.collation);
    // The out-of-range warning names the item (Item_typecast_decimal's item_name): the select item's name when the
    // CAST is the whole item, and nothing, printed "(null)", anywhere else.
    const itemName = e === c.root ? c.resultName : undefined;
    const describe = () => itemName ?? "(null)";
    // Numeric targets read the unrounded value (val_decimal), text targets the displayed one (val_str).
    const numericTarget = ["SIGNED", "UNSIGNED", "DECIMAL", "DOUBLE", "FLOAT"].includes(target.name);
    const R = numericTarget ? inner.raw : inner.eval;
    return makeNode(
      (ctx) => {
        const v = R(ctx);
        return v === null ? null : castValue(v, target, ctx, describe);
      },
      type,
      inner.constant,
      { coercibility: type.kind === "string" ? Coercibility.IMPLICIT : undefined },
    );
  },
  ConvertUsing: (e, c) => {
    const inner = c.compile(e.operand);
    const coll = defaultCollationOf(e.charset);
    if (coll === undefined) throw new SqlError(1115, "42000", `Unknown character set: '${e.charset}'`);
    const E = inner.eval;
    const binary = coll === "binary";
    return makeNode(
      (ctx) => {
        const v = E(ctx);
        if (v === null) return null;
        if (binary) return v instanceof Bytes ? v : textToBytes(toText(v));
        return typeof v === "string" ? v : toText(v);
      },
      tString(coll),
      inner.constant,
      { coercibility: Coercibility.IMPLICIT },
    );
  },
  Collate: (e, c) => {
    const inner = c.compile(e.operand);
    const coll = findCollation(e.collation);
    if (coll === undefined) throw new SqlError(1273, "HY000", `Unknown collation: '${e.collation}'`);
    if (inner.type.kind === "string" && inner.type.binary && coll.name !== "binary") {
      throw new SqlError(1253, "42000", `COLLATION '${e.collation}' is not valid for CHARACTER SET 'binary'`);
    }
    const E = inner.eval;
    return makeNode(
      (ctx) => {
        const v = E(ctx);
        return v === null || typeof v === "string" ? v : toText(v);
      },
      tString(coll.name),
      inner.constant,
      { coercibility: Coercibility.EXPLICIT },
    );
  },
  Interval: () => {
    throw notSupported("INTERVAL outside DATE_ADD/DATE_SUB and + / -");
  },
  Row: () => {
    throw new SqlError(1241, "21000", "Operand should contain 1 column(s)");
  },
  Default: () => {
    throw notSupported("DEFAULT in this context");
  },
  JsonArrow: (e, c) => {
    const extract = compileCall(
      { kind: "FunctionCall", name: "JSON_EXTRACT", args: [e.operand, e.path], start: e.start, end: e.end },
      c,
    );
    if (!e.unquote) return extract;
    const unquote = lookupBuiltin("JSON_UNQUOTE");
    if (unquote === undefined || unquote.form !== "eager") throw notSupported("->>");
    const E = extract.eval;
    const types = [extract.type];
    const impl = unquote.impl;
    return makeNode(
      (ctx) => {
        const v = E(ctx);
        return v === null ? null : impl([v], ctx, types);
      },
      unquote.returnType(types),
      extract.constant,
    );
  },
  Star: () => {
    throw new SqlError(
      1064,
      "42000",
      "You have an error in your SQL syntax; '*' is only valid in a select list or COUNT(*)",
    );
  },
};

function makeCompiler(scope: Scope, options: CompileOptions, root?: Expr): Compiler {
  const names = new WeakMap<ColumnRef, string>();
  const compiler: Compiler = {
    scope,
    collation: options.collationConnection ?? DEFAULT_COLLATION_NAME,
    divIncrement: options.divPrecisionIncrement ?? 4,
    clause: options.clause ?? "field list",
    names,
    root,
    resultName: options.resultName,
    source: options.source,
    userVars: options.userVars,
    compile(e: Expr): Node {
      const handler = handlers[e.kind] as (e: Expr, c: Compiler) => Node;
      return fold(handler(e, compiler));
    },
    bitsAsNumber: (e, other) =>
      isBitsLiteral(e) && isNumericType(other.type) ? numericOperand(e, compiler) : undefined,
    describe(e: Expr) {
      return () => printExpr(e, (r) => names.get(r) ?? [...r.qualifier, r.name].map((p) => `\`${p}\``).join("."));
    },
  };
  return compiler;
}

/** Compiles an expression against a scope. Throws SqlError for unknown names, bad argument counts, illegal mixes. */
export function compileExpr(expr: Expr, scope: Scope, options: CompileOptions = {}): CompiledExpr {
  return makeCompiler(scope, options, expr).compile(expr);
}

/** Convenience for tests and `SELECT expr`: compiles and evaluates once. */
export function evaluate(expr: Expr, ctx: ExecContext, scope: Scope = emptyScope, options: CompileOptions = {}): Value {
  return compileExpr(expr, scope, options).eval(ctx);
}

// Re-exported for the query compiler and runtime, which choose comparisons for ORDER BY, GROUP BY and CASE statements.
export { aggregateCollation, chooseComparer };
