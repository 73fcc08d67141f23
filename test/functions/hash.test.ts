import { describe, expect, test } from "vitest";
import { cases } from "./cases/hash.ts";
import { evaluate, testContext, testSession } from "./support.ts";
import { caseTable } from "./table.ts";

describe("hash builtins (recorded on the server)", () => {
  caseTable("hash", cases);
});

describe("UUID", () => {
  test("is a version-1 UUID, repeatable in an equally seeded session, distinct within one", () => {
    const a = testContext(testSession());
    const b = testContext(testSession());
    const first = evaluate("UUID()", a).result;
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-1[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(evaluate("UUID()", b).result).toBe(first);
    expect(evaluate("UUID()", a).result).not.toBe(first);
  });
});
