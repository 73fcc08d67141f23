// spbed's public API: start a simulated server, connect, run SQL; the function service and fault plans behind
// lambda_sync(); parsing and printing; the error classes.

export type * from "./ast.ts";
export type { Condition, ResultSet, StatementOutcome } from "./compile/types.ts";
export { Server, type Snapshot } from "./engine/server.ts";
export { ConnectionLost } from "./engine/types.ts";
export { type SourceFile, SqlError, SqlSyntaxError } from "./errors.ts";
export { type Fault, FaultPlan, type FaultRule } from "./lambda/faults.ts";
export { FIBONACCI_CONFIG, fibonacci } from "./lambda/fibonacci.ts";
export { FunctionService, type Invocation, LAMBDA_ERRNO } from "./lambda/service.ts";
export { type FunctionConfig, FunctionError, type Handler, type InvocationContext } from "./lambda/types.ts";
export { parseExpression, parseScript, parseScriptChunks, parseStatement } from "./parse.ts";
export { SimulatedClock } from "./session/clock.ts";
export { Connection } from "./session/connection.ts";
export { formatTable, type JsonlRecord } from "./session/output.ts";
export { Client, type RunReport, runScript, Spbed, type StatementResult } from "./session/run.ts";
export { render } from "./values/render.ts";
