import { describe, expect, it } from "vitest";
import { SqlError } from "../../src/errors.ts";
import { FaultPlan } from "../../src/lambda/faults.ts";
import { FIBONACCI_CONFIG, fibonacci } from "../../src/lambda/fibonacci.ts";
import { prettyJson } from "../../src/lambda/pretty.ts";
import { FunctionService, functionNameOf } from "../../src/lambda/service.ts";

const ARN = "arn:aws:lambda:us-west-2:123456789012:function:fibonacci";

function service(start = Date.UTC(2018, 8, 25, 13, 55, 13) * 1000) {
  let now = start;
  const s = new FunctionService(
    () => now,
    (d) => {
      now += d;
    },
  );
  s.register("fibonacci", fibonacci, FIBONACCI_CONFIG);
  return { s, now: () => now };
}

function failure(f: () => unknown): SqlError {
  try {
    f();
  } catch (e) {
    if (e instanceof SqlError) return e;
    throw e;
  }
  throw new Error("expected an SqlError");
}

describe("the simulated function service", () => {
  it("names functions by the last part of the ARN", () => {
    expect(functionNameOf(ARN)).toBe("fibonacci");
    expect(functionNameOf("fibonacci")).toBe("fibonacci");
    expect(functionNameOf(`${ARN}:PROD`)).toBe("fibonacci");
  });

  it("pretty-prints replies with line feeds, as lambda_sync does", () => {
    expect(prettyJson({ a: 1, b: [1, "x"], c: { d: null } })).toBe(
      '{\n  "a" : 1,\n  "b" : [ 1, "x" ],\n  "c" : {\n    "d" : null\n  }\n}',
    );
  });

  it("answers fib(5) inside the API Gateway envelope", () => {
    const { s } = service();
    const reply = s.invoke(ARN, '{"fib": 5}');
    expect(reply).toContain("\n");
    const outer = JSON.parse(reply) as { body: string; statusCode: string; isBase64Encoded: boolean };
    expect(outer.statusCode).toBe("200");
    expect(outer.isBase64Encoded).toBe(false);
    expect(JSON.parse(outer.body).output).toBe("5");
    expect(s.log.map((i) => i.outcome)).toEqual(["ok"]);
  });

  it("reads the payload from body when called through the gateway", () => {
    const { s } = service();
    const outer = JSON.parse(s.invoke(ARN, JSON.stringify({ body: '{"fib": 10}' })));
    expect(JSON.parse(outer.body).output).toBe("55");
  });

  it("reports a division by zero as Unhandled with the Java exception", () => {
    const { s } = service();
    const e = failure(() => s.invoke(ARN, '{"fib": -3}'));
    expect([e.errno, e.sqlstate]).toEqual([1873, "HY000"]);
    expect(e.message.startsWith('Lambda API returned error: Unhandled. {\n  "errorMessage" : "/ by zero",\n')).toBe(
      true,
    );
    expect(e.message).toContain('"errorType" : "java.lang.ArithmeticException"');
  });

  it("times out after the configured limit on the simulated clock, without waiting", () => {
    const { s, now } = service();
    const before = now();
    const e = failure(() => s.invoke(ARN, '{"fib": -4}'));
    expect(e.message).toMatch(
      /^Lambda API returned error: Unhandled\. \{\n {2}"errorMessage" : "2018-09-25T13:55:22\.000Z [0-9a-f-]{36} Task timed out after 9\.01 seconds"\n\}$/,
    );
    expect(now() - before).toBe(9_000_000);
  });

  it("runs out of memory one byte past the limit", () => {
    const { s } = service();
    const e = failure(() => s.invoke(ARN, '{"fib": -5}'));
    expect(e.message).toContain('"errorMessage" : "Java heap space"');
    expect(e.message).toContain('"errorType" : "java.lang.OutOfMemoryError"');
  });

  it("rejects a payload that is not JSON before the function runs", () => {
    const { s } = service();
    const e = failure(() => s.invoke(ARN, '{"fib": 5;}'));
    expect(e.message).toBe(
      "Lambda API returned error: Invalid Request Content. Could not parse request body into json: " +
        "Unexpected character (';' (code 59)): was expecting comma to separate Object entries " +
        'at [Source: (byte[])"{"fib": 5;}"; line: 1, column: 10]',
    );
    expect(s.log[0]?.executed).toBe(false);
  });

  it("injects faults deterministically by call number", () => {
    const { s } = service();
    s.faults = new FaultPlan([
      { function: "fibonacci", calls: [2], fault: { kind: "network" } },
      { function: "fibonacci", calls: [3], fault: { kind: "lost-reply" } },
    ]);
    expect(() => s.invoke(ARN, '{"fib": 1}')).not.toThrow();
    expect(failure(() => s.invoke(ARN, '{"fib": 2}')).message).toBe(
      "Lambda API returned error: Network Connection. Unable to connect to endpoint",
    );
    expect(failure(() => s.invoke(ARN, '{"fib": 3}')).errno).toBe(1873);
    expect(s.log.map((i) => [i.outcome, i.executed])).toEqual([
      ["ok", true],
      ["network", false],
      ["lost-reply", true],
    ]);
  });

  it("says when a function does not exist", () => {
    const { s } = service();
    expect(failure(() => s.invoke("arn:aws:lambda:us-west-2:1:function:nope", "{}")).message).toBe(
      "Lambda API returned error: Resource Not Found. Function not found: arn:aws:lambda:us-west-2:1:function:nope",
    );
  });
});
