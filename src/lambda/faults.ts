// Deterministic fault injection for the simulated function service.
//
// A fault plan is a list of rules. Each invocation is matched against the rules in order; the first rule that
// matches decides the fault. Matching is by function name, by the invocation's sequence number, or by a predicate on
// the payload, so a test can say "the third call to fibonacci loses its reply" and get exactly that, every run.

export type Fault =
  /** The service cannot be reached; the function does not run. */
  | { readonly kind: "network" }
  /** The function runs to completion (its side effects happen) but the reply is lost on the way back. */
  | { readonly kind: "lost-reply" }
  /** The service refuses the call before running the function (e.g. throttling), with Lambda's error code. */
  | { readonly kind: "api-error"; readonly code: string; readonly message: string }
  /** Adds simulated latency before the function runs; with enough of it the invocation times out. */
  | { readonly kind: "delay"; readonly seconds: number }
  /** The function's code throws, as a runtime exception would. */
  | { readonly kind: "throw"; readonly errorType: string; readonly message: string };

export interface FaultRule {
  /** Function name (the last part of the ARN); omitted matches every function. */
  readonly function?: string;
  /** 1-based sequence numbers of invocations of that function (or of all invocations when `function` is omitted). */
  readonly calls?: readonly number[];
  /** Matches on the raw payload text. */
  readonly when?: (payload: string) => boolean;
  readonly fault: Fault;
  /** How many times the rule may fire; unlimited when omitted. */
  readonly times?: number;
}

export class FaultPlan {
  private readonly fired = new Map<FaultRule, number>();

  constructor(private readonly rules: readonly FaultRule[] = []) {}

  /** The fault for this invocation, if any. `call` is the 1-based sequence number for `fn` (or overall). */
  pick(fn: string, callOfFunction: number, callOverall: number, payload: string): Fault | undefined {
    for (const rule of this.rules) {
      if (rule.function !== undefined && rule.function !== fn) continue;
      if (rule.calls !== undefined) {
        const n = rule.function !== undefined ? callOfFunction : callOverall;
        if (!rule.calls.includes(n)) continue;
      }
      if (rule.when !== undefined && !rule.when(payload)) continue;
      const count = this.fired.get(rule) ?? 0;
      if (rule.times !== undefined && count >= rule.times) continue;
      this.fired.set(rule, count + 1);
      return rule.fault;
    }
    return undefined;
  }
}
