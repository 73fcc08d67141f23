// The seed's function: Fibonacci behind the API Gateway, reused from Aurora MySQL.
//
// It looks for "body" to tell an API Gateway call (whose payload arrives as a JSON string in "body") from a direct
// call from lambda_sync() (whose payload is the event itself), and answers in the API Gateway's envelope either way.
// Negative inputs are the seed's failure cases inside the function: -3 divides by zero, -4 sleeps past the 9-second
// limit, -5 allocates one byte more than the 128 MB limit.

import { type FunctionConfig, FunctionError, type Handler } from "./types.ts";

export const FIBONACCI_CONFIG: FunctionConfig = { timeoutSeconds: 9, memoryMb: 128, runtime: "java8" };

export function fib(n: number): bigint {
  let f1 = 0n;
  let f2 = 1n;
  if (n <= 0) return f1;
  for (let i = 2; i <= n; i++) [f1, f2] = [f2, f1 + f2];
  return n === 1 ? 1n : f2;
}

function envelope(statusCode: string, body: Record<string, unknown>): Record<string, unknown> {
  return { isBase64Encoded: false, body: JSON.stringify(body), statusCode };
}

export const fibonacci: Handler = (event, context) => {
  const record = typeof event === "object" && event !== null ? (event as Record<string, unknown>) : {};
  let input: Record<string, unknown> = record;
  if (typeof record.body === "string") {
    try {
      input = JSON.parse(record.body) as Record<string, unknown>;
    } catch {
      input = {};
    }
  }
  const raw = input.fib;
  const inputText = JSON.stringify(event);
  if (typeof raw !== "number" || !Number.isInteger(raw)) {
    return envelope("400", { output: "Event body is null", input: inputText, error: null });
  }
  if (raw === -3) {
    throw new FunctionError("java.lang.ArithmeticException", "/ by zero", [
      "sun.reflect.NativeMethodAccessorImpl.invoke0(Native Method)",
      "sun.reflect.NativeMethodAccessorImpl.invoke(NativeMethodAccessorImpl.java:62)",
    ]);
  }
  if (raw === -4) context.sleep(10);
  if (raw === -5) context.allocate(128 * 1024 * 1024 + 1);
  return envelope("200", { output: fib(raw).toString(), input: inputText, error: null });
};
