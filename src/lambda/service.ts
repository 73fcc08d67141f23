// The simulated function service that stands in for AWS Lambda behind Aurora MySQL's lambda_sync().
//
// Failures come back the way Aurora reports them: MySQL error 1873 (SQLSTATE HY000) with the message
// `Lambda API returned error: <reason>. <details>`. Time is simulated: a function that sleeps past its timeout fails
// with Lambda's "Task timed out" message without anyone waiting.

import { SqlError } from "../errors.ts";
import { FaultPlan } from "./faults.ts";
import { validatePayload } from "./payload.ts";
import { prettyJson } from "./pretty.ts";
import { type FunctionConfig, FunctionError, type Handler, type InvocationContext } from "./types.ts";

export const LAMBDA_ERRNO = 1873;

export interface Invocation {
  readonly function: string;
  readonly payload: string;
  readonly requestId: string;
  /** "ok", or the reason the caller saw an error. */
  readonly outcome:
    | "ok"
    | "unhandled"
    | "timeout"
    | "out-of-memory"
    | "network"
    | "lost-reply"
    | "api-error"
    | "bad-request";
  /** True when the function's code ran (so its side effects happened), whatever the caller saw. */
  readonly executed: boolean;
}

class Timeout extends Error {}
class OutOfMemory extends Error {}

function lambdaError(details: string): SqlError {
  return new SqlError(LAMBDA_ERRNO, "HY000", `Lambda API returned error: ${details}`);
}

/** `arn:aws:lambda:region:account:function:name[:qualifier]` or a bare name → the function's name. */
export function functionNameOf(arn: string): string {
  const parts = arn.split(":");
  const at = parts.indexOf("function");
  return at >= 0 && at + 1 < parts.length ? (parts[at + 1] ?? arn) : arn;
}

export class FunctionService {
  private readonly functions = new Map<string, { handler: Handler; config: FunctionConfig }>();
  private readonly callsByFunction = new Map<string, number>();
  private callsOverall = 0;
  /** Every invocation, in order: what ran and what the caller saw. */
  readonly log: Invocation[] = [];
  faults: FaultPlan = new FaultPlan();

  /** `now` gives the simulated wall clock in microseconds; `advance` moves it (sleeping in a function does). */
  constructor(
    private readonly now: () => number,
    private readonly advance: (micros: number) => void,
  ) {}

  register(name: string, handler: Handler, config: Partial<FunctionConfig> = {}): void {
    this.functions.set(name, {
      handler,
      config: {
        timeoutSeconds: config.timeoutSeconds ?? 3,
        memoryMb: config.memoryMb ?? 128,
        runtime: config.runtime ?? "java8",
      },
    });
  }

  /** lambda_sync(arn, payload): the reply document, pretty-printed, or SqlError 1873. */
  invoke(arn: string, payload: string): string {
    const name = functionNameOf(arn);
    const callOfFunction = (this.callsByFunction.get(name) ?? 0) + 1;
    this.callsByFunction.set(name, callOfFunction);
    this.callsOverall++;
    const requestId = requestIdFor(this.callsOverall);
    const record = (outcome: Invocation["outcome"], executed: boolean) =>
      this.log.push({ function: name, payload, requestId, outcome, executed });

    const fault = this.faults.pick(name, callOfFunction, this.callsOverall, payload);
    if (fault?.kind === "network") {
      record("network", false);
      throw lambdaError("Network Connection. Unable to connect to endpoint");
    }
    if (fault?.kind === "api-error") {
      record("api-error", false);
      throw lambdaError(`${fault.code}. ${fault.message}`);
    }
    const fn = this.functions.get(name);
    if (fn === undefined) {
      record("api-error", false);
      throw lambdaError(`Resource Not Found. Function not found: ${arn}`);
    }
    const problem = validatePayload(payload);
    if (problem !== undefined) {
      record("bad-request", false);
      throw lambdaError(`Invalid Request Content. Could not parse request body into json: ${problem}`);
    }

    const { config, handler } = fn;
    const started = this.now();
    let usedMicros = 0;
    let allocated = 0;
    const limitMicros = config.timeoutSeconds * 1_000_000;
    const context: InvocationContext = {
      functionName: name,
      requestId,
      timeoutSeconds: config.timeoutSeconds,
      memoryMb: config.memoryMb,
      sleep: (seconds) => {
        const want = Math.round(seconds * 1_000_000);
        if (usedMicros + want > limitMicros) {
          usedMicros = limitMicros;
          throw new Timeout();
        }
        usedMicros += want;
      },
      allocate: (bytes) => {
        allocated += bytes;
        if (allocated > config.memoryMb * 1024 * 1024) throw new OutOfMemory();
      },
      elapsedSeconds: () => usedMicros / 1_000_000,
    };

    try {
      if (fault?.kind === "delay") context.sleep(fault.seconds);
      if (fault?.kind === "throw") throw new FunctionError(fault.errorType, fault.message);
      const result = handler(JSON.parse(payload), context);
      const reply = prettyJson(result);
      this.advance(usedMicros);
      if (fault?.kind === "lost-reply") {
        record("lost-reply", true);
        throw lambdaError("Network Connection. Unable to connect to endpoint");
      }
      record("ok", true);
      return reply;
    } catch (error) {
      this.advance(usedMicros);
      if (error instanceof SqlError) throw error;
      if (error instanceof Timeout) {
        record("timeout", true);
        const at = new Date((started + limitMicros) / 1000).toISOString();
        const took = (config.timeoutSeconds + 0.01).toFixed(2);
        throw lambdaError(
          `Unhandled. ${prettyJson({ errorMessage: `${at} ${requestId} Task timed out after ${took} seconds` })}`,
        );
      }
      if (error instanceof OutOfMemory) {
        record("out-of-memory", true);
        throw lambdaError(`Unhandled. ${prettyJson(outOfMemoryReply(config))}`);
      }
      record("unhandled", true);
      const e =
        error instanceof FunctionError
          ? error
          : new FunctionError(config.runtime === "java8" ? "java.lang.RuntimeException" : "Error", String(error));
      throw lambdaError(
        `Unhandled. ${prettyJson({ errorMessage: e.message, errorType: e.errorType, stackTrace: e.stackTrace })}`,
      );
    }
  }

  /** How many times a function was invoked (whatever the outcome). */
  callCount(name: string): number {
    return this.callsByFunction.get(name) ?? 0;
  }
}

function outOfMemoryReply(config: FunctionConfig): Record<string, unknown> {
  if (config.runtime === "java8") {
    return { errorMessage: "Java heap space", errorType: "java.lang.OutOfMemoryError", stackTrace: [] };
  }
  return { errorMessage: "Runtime exited with error: signal: killed", errorType: "Runtime.ExitError" };
}

/** Lambda request ids look like UUIDs; these are derived from the call number so that replies are reproducible. */
function requestIdFor(n: number): string {
  const hex = n.toString(16).padStart(12, "0");
  return `00000000-0000-4000-8000-${hex}`;
}
