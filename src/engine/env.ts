// What the engine's statement compilers need from the other compilers. Plugged in by whoever wires spbed together
// (the session), so that the engine can be tested with small fakes and does not import the expression compiler.

import type { Expr, SelectStmt } from "../ast.ts";
import type { CompiledExpr, ExecContext, ResultSet, Scope } from "../compile/types.ts";

export interface EngineEnv {
  compileExpr(expr: Expr, scope: Scope): CompiledExpr;
  /** Compiles a SELECT (INSERT ... SELECT); `outer` resolves a routine's locals, undefined at top level. */
  compileSelect(stmt: SelectStmt, outer: Scope | undefined): (ctx: ExecContext) => ResultSet;
}
