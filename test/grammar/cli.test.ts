// `spbed parse`: exit 0 when every file parses, 1 with formatted errors on stderr otherwise, --ast prints JSON.

import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { parseCommand } from "../../src/cli/parse.ts";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, "write").mockImplementation((s) => {
    out.push(String(s));
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((s) => {
    err.push(String(s));
    return true;
  });
  return { out, err };
}

describe("spbed parse", () => {
  afterEach(() => vi.restoreAllMocks());
  const dir = mkdtempSync(join(tmpdir(), "spbed-parse-"));
  const good = join(dir, "good.sql");
  const bad = join(dir, "bad.sql");
  writeFileSync(good, "DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; END$$\nDELIMITER ;\nCALL p();\n");
  writeFileSync(bad, "SELECT 1;\nSELECT * FROM;\n");

  it("exits 0 when all files parse", async () => {
    const { err } = capture();
    expect(await parseCommand([good])).toBe(0);
    expect(err).toEqual([]);
  });

  it("prints each error with position and caret and exits 1", async () => {
    const { err } = capture();
    expect(await parseCommand([good, bad])).toBe(1);
    expect(err.join("")).toBe(
      `${bad}:2:14: syntax error: expected one of DUAL, identifier, '(', found end of input\n  SELECT * FROM;\n               ^\n  expected: DUAL, identifier, '('\n`,
    );
  });

  it("prints the AST as JSON with --ast", async () => {
    const { out } = capture();
    expect(await parseCommand(["--ast", good])).toBe(0);
    const json = JSON.parse(out.join(""));
    expect(json.statements.map((s: { statement: { kind: string } }) => s.statement.kind)).toEqual([
      "CreateRoutine",
      "Call",
    ]);
  });

  it("rejects unknown options and missing files", async () => {
    capture();
    expect(await parseCommand(["--nope", good])).toBe(2);
    expect(await parseCommand([])).toBe(2);
    expect(await parseCommand([join(dir, "missing.sql")])).toBe(1);
  });
});
