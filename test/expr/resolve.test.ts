// The resolve step (src/compile/resolve.ts): what an instruction registers runs before it, once per connection,
// and again after a failure.
import { describe, expect, it } from "vitest";
import { collectResolve, onResolve, takeResolution } from "../../src/compile/resolve.ts";
import type { ExecContext, SessionState } from "../../src/compile/types.ts";

function ctxOf(connectionId: number): ExecContext {
  return { session: { connectionId } as SessionState, slots: [], rows: [], strict: false, sqlMode: "" };
}

describe("Resolution", () => {
  it("runs an instruction's steps before it, once per connection", () => {
    const log: string[] = [];
    const { value: resolution } = collectResolve(() => {
      onResolve((ctx) => log.push(`resolve ${ctx.session.connectionId}`));
      return takeResolution();
    });
    const run = (ctx: ExecContext) => log.push(`run ${ctx.session.connectionId}`);
    resolution.around(ctxOf(1), run);
    resolution.around(ctxOf(1), run);
    resolution.around(ctxOf(2), run);
    expect(log).toEqual(["resolve 1", "run 1", "run 1", "resolve 2", "run 2"]);
  });

  it("resolves again after a failed resolve, and never runs the instruction before it succeeds", () => {
    let fail = true;
    let runs = 0;
    const { value: resolution } = collectResolve(() => {
      onResolve(() => {
        if (fail) throw new Error("resolve failed");
      });
      return takeResolution();
    });
    expect(() => resolution.around(ctxOf(1), () => runs++)).toThrow("resolve failed");
    expect(runs).toBe(0);
    fail = false;
    resolution.around(ctxOf(1), () => runs++);
    expect(runs).toBe(1);
  });

  it("resolves at once what is compiled while the instruction first runs, and keeps it for other connections", () => {
    const log: number[] = [];
    const { value: resolution } = collectResolve(() => takeResolution());
    resolution.around(ctxOf(1), () => {
      expect(onResolve((ctx) => log.push(ctx.session.connectionId))).toBe(true);
    });
    resolution.around(ctxOf(2), () => undefined);
    expect(log).toEqual([1, 2]);
  });

  it("leaves a step to its caller outside any statement", () => {
    expect(onResolve(() => undefined)).toBe(false);
  });

  it("gives the steps no instruction took to the statement", () => {
    const { leftover } = collectResolve(() => onResolve(() => undefined));
    expect(leftover).toHaveLength(1);
  });
});
