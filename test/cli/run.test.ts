import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const BIN = join(import.meta.dirname, "..", "..", "bin", "spbed.js");

function spbed(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "spbed-cli-"));
  const path = join(dir, "script.sql");
  writeFileSync(path, text);
  return path;
}

describe("spbed run", () => {
  it("prints jsonl records and exits 1 at the first error", () => {
    const path = file("SELECT 1 AS a;\nSIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'boom';\nSELECT 2;\n");
    const r = spbed(["run", "--format", "jsonl", path]);
    expect(r.code).toBe(1);
    expect(
      r.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l)),
    ).toEqual([{ columns: ["a"], rows: [["1"]] }, { error: { errno: 1644, sqlstate: "45000", message: "boom" } }]);
  });

  it("goes on with --force and reads standard input from -", () => {
    const r = spbed(["run", "--format=jsonl", "--force", "-"], "SELECT nope;\nSELECT 2 AS b;\n");
    expect(r.code).toBe(1);
    expect(
      r.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l)),
    ).toEqual([
      { error: { errno: 1054, sqlstate: "42S22", message: "Unknown column 'nope' in 'field list'" } },
      { columns: ["b"], rows: [["2"]] },
    ]);
  });

  it("draws tables and prints errors like the mysql client", () => {
    const r = spbed(["run", file("SELECT 'x' AS c;\nSELECT 1/0 AS d;\nDROP TABLE nowhere.t;\n")]);
    expect(r.stdout).toBe(
      "+---+\n| c |\n+---+\n| x |\n+---+\n1 row in set\n+------+\n| d    |\n+------+\n| NULL |\n+------+\n1 row in set\n",
    );
    expect(r.stderr).toBe("ERROR 1051 (42S02): Unknown table 'nowhere.t'\n");
    expect(r.code).toBe(1);
  });

  it("shows a syntax error with its position and a caret", () => {
    const path = file("SELECT 1;\nSELECT FROM t;\n");
    const r = spbed(["run", path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${path}:2:8: syntax error`);
    expect(r.stderr).toContain("SELECT FROM t;\n         ^");
  });

  it("rejects unknown commands and options with usage", () => {
    expect(spbed(["nope"]).code).toBe(2);
    const r = spbed(["run", "--format", "xml", "x.sql"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown format 'xml'");
  });
});
