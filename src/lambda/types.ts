// The simulated function service's vocabulary: functions, their limits, and how an invocation can fail.

/** What the function's code sees of its invocation. */
export interface InvocationContext {
  readonly functionName: string;
  readonly requestId: string;
  readonly timeoutSeconds: number;
  readonly memoryMb: number;
  /** Simulated work: advances the invocation's clock; past the timeout the invocation fails as Lambda's does. */
  sleep(seconds: number): void;
  /** Simulated allocation in bytes; past the memory limit the invocation fails with the runtime's out-of-memory error. */
  allocate(bytes: number): void;
  /** Seconds of simulated time used so far. */
  elapsedSeconds(): number;
}

/** A function's code: gets the parsed event, returns the JSON-serialisable result or throws a FunctionError. */
export type Handler = (event: unknown, context: InvocationContext) => unknown;

export interface FunctionConfig {
  /** Lambda's execution time limit. The seed's function had 9 seconds. */
  readonly timeoutSeconds: number;
  /** The seed's function had 128 MB. */
  readonly memoryMb: number;
  /** The runtime whose error shapes the service imitates. */
  readonly runtime: "java8" | "nodejs";
}

/** An error thrown by a function's code, reported as Lambda's "Unhandled" error with the runtime's fields. */
export class FunctionError extends Error {
  constructor(
    readonly errorType: string,
    message: string,
    readonly stackTrace: readonly string[] = [],
  ) {
    super(message);
  }
}
