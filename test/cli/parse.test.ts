import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = join(import.meta.dirname, "..", "..", "bin", "spbed.js");

function spbed(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("spbed parse", () => {
  it("reads standard input from - and prints the AST", () => {
    const r = spbed(["parse", "--ast", "-"], "SELECT 1 AS a;\n");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { file: string; statements: { statement: { kind: string } }[] };
    expect(out.file).toBe("-");
    expect(out.statements.map((s) => s.statement.kind)).toEqual(["Select"]);
  });

  it("names the line and column of a syntax error on standard input, with a caret", () => {
    const r = spbed(["parse", "-"], "SELECT 1;\n  SELEC 2;\n");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^<stdin>:2:3: syntax error: expected one of .*found 'SELEC'\n {4}SELEC 2;\n {4}\^\n/);
  });

  it("exits 2 with the usage when no file is given", () => {
    const r = spbed(["parse"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("usage: spbed parse [--ast] FILE...");
  });
});
