// Evaluates builtin calls written as SQL text, so that the same text runs on the real server (record.ts) and here.
//
// Until the project's parser and expression compiler are wired in, a tiny reader covers what the case tables use:
// function calls, string literals ('..' with MySQL escapes, X'..', _binary'..', 'x' COLLATE c), integers, decimals,
// doubles (with an exponent), NULL, TRUE/FALSE and unary minus.

import { compileExpr, emptyScope } from "../../src/compile/expr.ts";
import type { CompiledExpr, ExecContext, StaticType } from "../../src/compile/types.ts";
import { SqlError } from "../../src/errors.ts";
import { BINARY, DOUBLE, INT, TEXT } from "../../src/functions/args.ts";
import { lookupBuiltin } from "../../src/functions/registry.ts";
import { parseExpression } from "../../src/parse.ts";
import { parseDecimal } from "../../src/values/decimal.ts";
import { render } from "../../src/values/render.ts";
import { Bytes, Double, type Value } from "../../src/values/value.ts";
import { testContext, testSession } from "../support/session.ts";

export interface Outcome {
  readonly result?: string | null;
  readonly error?: number;
  readonly warnings: number[];
}

class Reader {
  private i = 0;
  constructor(private readonly s: string) {}

  private ws(): void {
    while (/\s/.test(this.s[this.i] ?? "")) this.i++;
  }

  private peek(re: RegExp): RegExpExecArray | null {
    this.ws();
    const m = re.exec(this.s.slice(this.i));
    return m && m.index === 0 ? m : null;
  }

  private take(re: RegExp): string {
    const m = this.peek(re);
    if (!m) throw new Error(`cannot read ${JSON.stringify(this.s.slice(this.i))} in ${this.s}`);
    this.i += m[0].length;
    return m[0];
  }

  expr(): CompiledExpr {
    const e = this.primary();
    if (this.peek(/^COLLATE\b/i)) {
      this.take(/^COLLATE/i);
      const collation = this.take(/^\w+/).toLowerCase();
      return { ...e, type: { kind: "string", collation, binary: false } };
    }
    return e;
  }

  private primary(): CompiledExpr {
    if (this.peek(/^-/)) {
      this.take(/^-/);
      const inner = this.primary();
      return constant(negate(inner.eval(testContext())), inner.type);
    }
    if (this.peek(/^(X|x)'/)) {
      const t = this.take(/^[Xx]'[0-9a-fA-F]*'/);
      const hex = t.slice(2, -1);
      return constant(new Bytes(Uint8Array.from(hex.match(/../g) ?? [], (h) => Number.parseInt(h, 16))), BINARY);
    }
    if (this.peek(/^(_binary\s*|BINARY\s+)'/i)) {
      this.take(/^(_binary|BINARY)/i);
      const s = this.string();
      return constant(new Bytes(new TextEncoder().encode(s)), BINARY);
    }
    if (this.peek(/^'/)) return constant(this.string(), TEXT);
    if (this.peek(/^NULL\b/i)) {
      this.take(/^NULL/i);
      return constant(null, { kind: "null" });
    }
    if (this.peek(/^(TRUE|FALSE)\b/i)) return constant(this.take(/^\w+/).toUpperCase() === "TRUE" ? 1 : 0, INT);
    const num = this.peek(/^(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/);
    if (num) {
      this.take(/^(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/);
      if (num[2]) return constant(new Double(Number(num[0])), DOUBLE);
      if (num[0].includes(".")) {
        const d = parseDecimal(num[0]);
        return constant(d, { kind: "decimal", scale: d.scale });
      }
      const b = BigInt(num[0]);
      return constant(b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b, INT);
    }
    const name = this.take(/^\w+/);
    this.take(/^\(/);
    if (name.toUpperCase() === "TRIM") return this.trim();
    const args: CompiledExpr[] = [];
    if (!this.peek(/^\)/)) {
      do args.push(this.expr());
      while (this.peek(/^,/) && this.take(/^,/));
    }
    this.take(/^\)/);
    return call(name, args);
  }

  /** TRIM([BOTH | LEADING | TRAILING] [remstr] FROM str), compiled as the expression compiler does it. */
  private trim(): CompiledExpr {
    let fn = "TRIM";
    const side = this.peek(/^(BOTH|LEADING|TRAILING)\b/i);
    if (side) {
      this.take(/^\w+/);
      if (side[0].toUpperCase() !== "BOTH") fn = `TRIM_${side[0].toUpperCase()}`;
    }
    let rem: CompiledExpr | undefined;
    if (!this.peek(/^FROM\b/i)) rem = this.expr();
    let str: CompiledExpr;
    if (this.peek(/^FROM\b/i)) {
      this.take(/^FROM/i);
      str = this.expr();
    } else {
      str = rem as CompiledExpr;
      rem = undefined;
    }
    this.take(/^\)/);
    return call(fn, rem ? [str, rem] : [str]);
  }

  private string(): string {
    this.take(/^'/);
    let out = "";
    for (;;) {
      const c = this.s[this.i++];
      if (c === undefined) throw new Error(`unterminated string in ${this.s}`);
      if (c === "'") {
        if (this.s[this.i] === "'") {
          out += "'";
          this.i++;
          continue;
        }
        return out;
      }
      if (c === "\\") {
        const e = this.s[this.i++];
        const map: Record<string, string> = { n: "\n", t: "\t", r: "\r", "0": "\0", Z: "\x1a", b: "\b" };
        out += map[e] ?? (e === "%" || e === "_" ? `\\${e}` : e);
        continue;
      }
      out += c;
    }
  }

  end(): void {
    this.ws();
    if (this.i !== this.s.length) throw new Error(`trailing text in ${this.s}: ${this.s.slice(this.i)}`);
  }
}

function negate(v: Value): Value {
  if (typeof v === "number") return -v;
  if (typeof v === "bigint") return v === 9007199254740992n ? -9007199254740992 : -v;
  if (v instanceof Double) return new Double(-v.value);
  if (v !== null && typeof v === "object" && "unscaled" in v) return parseDecimal(`-${render(v)}`);
  return v;
}

function constant(v: Value, type: StaticType): CompiledExpr {
  return { eval: () => v, type, constant: true };
}

/** Compiles a call the way the expression compiler does: argument count, NULL propagation, lazy forms. */
export function call(name: string, args: readonly CompiledExpr[]): CompiledExpr {
  const b = lookupBuiltin(name);
  if (!b) throw new SqlError(1305, "42000", `FUNCTION test.${name.toLowerCase()} does not exist`);
  if (args.length < b.minArgs || args.length > b.maxArgs) {
    throw new SqlError(1582, "42000", `Incorrect parameter count in the call to native function '${name}'`);
  }
  const types = args.map((a) => a.type);
  const type = b.returnType(types);
  if (b.form === "lazy") return { eval: b.compile(args), type, constant: false };
  return {
    type,
    constant: false,
    eval: (ctx: ExecContext) => {
      const values = args.map((a) => a.eval(ctx));
      if (b.nullPropagating && values.some((v) => v === null)) return null;
      return b.impl(values, ctx, types);
    },
  };
}

/** Evaluates `SELECT <expr>` in a fresh session and reports what a client would see. */
export function evaluate(sql: string, ctx: ExecContext = testContext()): Outcome {
  const session = ctx.session as ReturnType<typeof testSession>;
  session.warnings.length = 0;
  try {
    const reader = new Reader(sql);
    const e = reader.expr();
    reader.end();
    const v = e.eval(ctx);
    return { result: render(v), warnings: session.warnings.map((w) => w.errno) };
  } catch (err) {
    if (err instanceof SqlError) return { error: err.errno, warnings: session.warnings.map((w) => w.errno) };
    throw err;
  }
}

/**
 * Evaluates `SELECT <expr>` through the project's parser and expression compiler: the path real scripts take, with
 * constant folding, collation derivation and the compiler's argument-count checks.
 */
export function evaluateSql(sql: string, ctx: ExecContext = testContext()): Outcome {
  const session = ctx.session as ReturnType<typeof testSession>;
  session.warnings.length = 0;
  try {
    const compiled = compileExpr(parseExpression(sql), emptyScope, { collationConnection: "utf8mb4_0900_ai_ci" });
    const v = compiled.eval(ctx);
    return { result: render(v), warnings: session.warnings.map((w) => w.errno) };
  } catch (err) {
    if (err instanceof SqlError) return { error: err.errno, warnings: session.warnings.map((w) => w.errno) };
    throw err;
  }
}

/** Evaluates through both paths, which must agree, and returns the outcome. */
export function evaluateBoth(sql: string): Outcome {
  const direct = evaluate(sql);
  const endToEnd = evaluateSql(sql);
  if (JSON.stringify(direct) !== JSON.stringify(endToEnd)) {
    throw new Error(`${sql}: builtin gives ${JSON.stringify(direct)}, SELECT gives ${JSON.stringify(endToEnd)}`);
  }
  return direct;
}

export { testContext, testSession };
