// The mysql client's `source FILE` / `\. FILE`: where the splitter sees it, how files are found, and what spbed run,
// the differential server runner and the corpus harness do with it.

import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { scriptItems } from "../../src/diff/script.ts";
import { runOnSpbed } from "../../src/diff/spbed.ts";
import { ClientCommandError, expandScript } from "../../src/script/source.ts";
import { splitScript } from "../../src/script/split.ts";
import { runScript } from "../../src/session/run.ts";

const commands = (text: string) =>
  splitScript(text).map((c) => (c.command === undefined ? c.text : { source: c.command.file }));

describe("splitScript: source commands", () => {
  it("reads `source FILE;` ended by the delimiter, case-insensitively", () => {
    expect(commands("SELECT 1;\nsource a.sql;\n  SOURCE  b c.sql  ;SELECT 2;")).toEqual([
      "SELECT 1",
      { source: "a.sql" },
      { source: "b c.sql" },
      "SELECT 2",
    ]);
  });

  it("reads `source FILE` on a line of its own without a delimiter", () => {
    expect(commands("source a.sql\nSELECT 1;\n\tsource   b.sql  \r\nSELECT 2")).toEqual([
      { source: "a.sql" },
      "SELECT 1",
      { source: "b.sql" },
      "SELECT 2",
    ]);
  });

  it("takes the rest of the line as the name after `\\.`, a `;` included, as the mysql client does", () => {
    expect(commands("\\. a.sql\nSELECT 1; \\. b.sql;\nSELECT 2;")).toEqual([
      { source: "a.sql" },
      "SELECT 1",
      { source: "b.sql;" },
      "SELECT 2",
    ]);
    // the command's text ends at the delimiter; what follows on the line is the next statement
    expect(commands("\\. x; SELECT 3;")).toEqual([{ source: "x; SELECT 3;" }, "SELECT 3"]);
  });

  it("has no name without a space after the command (a usage error)", () => {
    expect(commands("source\nSELECT 1;\nsource;\n\\.x\n")).toEqual([
      { source: undefined },
      "SELECT 1",
      { source: undefined },
      { source: undefined },
    ]);
  });

  it("is not a command inside a statement, as a column name, or after a newline in the statement", () => {
    expect(commands("SELECT\nsource FROM t;\nSELECT source;\nsource\nx;\nsourcex a;")).toEqual([
      "SELECT\nsource FROM t",
      "SELECT source",
      { source: undefined },
      "x",
      "sourcex a",
    ]);
    // `source a` after another statement on the same line, without a delimiter, starts a statement
    expect(commands("SELECT 1; source a\nb;")).toEqual(["SELECT 1", { source: "a\nb" }]);
    expect(commands("SELECT 'source x;'; -- source y;\n")).toEqual(["SELECT 'source x;'"]);
  });

  it("honours the delimiter in force", () => {
    expect(commands("DELIMITER $$\nsource a.sql$$\nsource b.sql;\nSELECT 1; SELECT 2$$")).toEqual([
      { source: "a.sql" },
      { source: "b.sql;" },
      "SELECT 1; SELECT 2",
    ]);
  });
});

describe("source: files, errors, nesting, cycles", () => {
  let dir: string;
  let cwd: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "spbed-source-"));
    cwd = join(dir, "cwd");
    mkdirSync(join(dir, "scripts", "lib"), { recursive: true });
    mkdirSync(cwd);
    writeFileSync(join(dir, "scripts", "lib", "one.sql"), "SELECT 'one' AS f;\nsource two.sql;\n");
    writeFileSync(join(dir, "scripts", "lib", "two.sql"), "SELECT 'two' AS f;\n");
    writeFileSync(join(cwd, "two.sql"), "SELECT 'two from cwd' AS f;\n");
    writeFileSync(
      join(dir, "scripts", "lib", "proc.sql"),
      "DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 'p' AS f; END$$\nDELIMITER ;\n",
    );
    writeFileSync(join(dir, "scripts", "a.sql"), "SELECT 'a' AS f;\nsource b.sql;\n");
    writeFileSync(join(dir, "scripts", "b.sql"), "SELECT 'b' AS f;\nsource a.sql;\n");
    writeFileSync(join(dir, "scripts", "bad.sql"), "SELECT 'bad' AS f;\nSELECT nope;\nSELECT 'after' AS f;\n");
    writeFileSync(join(dir, "scripts", "broken.sql"), "SELEC 1;\nSELECT 'fine' AS f;\n");
  });

  const main = (text: string) => ({ name: "main.sql", text, path: join(dir, "scripts", "main.sql") });
  const spbed = (text: string, force = true) =>
    runScript(main(text), { force }).records.map((r) => ("error" in r ? r.error : r.rows.map((x) => x[0]).join()));
  const inCwd = <T>(f: () => T): T => {
    const old = process.cwd();
    process.chdir(cwd);
    try {
      return f();
    } finally {
      process.chdir(old);
    }
  };

  it("looks in the current directory first, then beside the script holding the source line", () => {
    // lib/one.sql is found beside main.sql; its `source two.sql` finds cwd/two.sql before lib/two.sql
    expect(inCwd(() => spbed("source lib/one.sql;\nSELECT 'main' AS f;"))).toEqual(["one", "two from cwd", "main"]);
    expect(spbed("source lib/one.sql;")).toEqual(["one", "two"]);
    expect(spbed(`source ${join(dir, "scripts", "lib", "two.sql")}`)).toEqual(["two"]);
  });

  it("runs nested sources in place, with their own DELIMITER lines", () => {
    expect(spbed("CREATE DATABASE d; USE d;\n\\. lib/proc.sql\nCALL p();")).toEqual(["p"]);
  });

  it("keeps the client's delimiter across files: a sourced file starts with it and may leave it changed", () => {
    writeFileSync(join(dir, "scripts", "leave.sql"), "SELECT 'in' AS f$$\nDELIMITER //\nSELECT 'still' AS f//\n");
    const text = "DELIMITER $$\nsource leave.sql$$\nSELECT 'after' AS f; SELECT 'one statement' AS g//\nSELECT oops//";
    const records = spbed(text);
    expect(records.slice(0, 3)).toEqual(["in", "still", "after"]);
    // both statements of the chunk ran (the chunk ends at //), then the syntax error points into main.sql
    expect(records[3]).toBe("one statement");
    expect(records[4]).toMatchObject({ errno: 1054 });
    expect(scriptItems(main(text))).toEqual([
      "SELECT 'in' AS f",
      "SELECT 'still' AS f",
      "SELECT 'after' AS f; SELECT 'one statement' AS g",
      "SELECT oops",
    ]);
    const broken = spbed("DELIMITER $$\nsource leave.sql$$\n\n  SELEC 1//");
    expect(broken[2]).toMatchObject({ errno: 1064, message: expect.stringMatching(/^main\.sql:4:3: /) });
  });

  it("reports a missing file as the mysql client does, errno 0, and stops there without force", () => {
    const missing = { errno: 0, sqlstate: "HY000", message: "Failed to open file 'nope.sql', error: 2" };
    expect(spbed("SELECT 1;\nsource nope.sql;\nSELECT 2;")).toEqual(["1", missing, "2"]);
    expect(spbed("SELECT 1;\nsource nope.sql;\nSELECT 2;", false)).toEqual(["1", missing]);
    expect(spbed("source lib;")).toEqual([
      { errno: 0, sqlstate: "HY000", message: "Failed to open file 'lib', error: 21" },
    ]);
    expect(spbed("source\nSELECT 1;")).toEqual([
      { errno: 0, sqlstate: "HY000", message: "Usage: \\. <filename> | source <filename>" },
      "1",
    ]);
  });

  it("stops a cycle with an error naming the chain", () => {
    expect(spbed("source a.sql;\nSELECT 'end' AS f;")).toEqual([
      "a",
      "b",
      {
        errno: 0,
        sqlstate: "HY000",
        message: "Failed to source file 'a.sql': it is already being sourced (main.sql -> a.sql -> b.sql -> a.sql)",
      },
      "end",
    ]);
    // a script that sources itself
    const self = join(dir, "scripts", "self.sql");
    writeFileSync(self, "SELECT 'm' AS f;\nsource self.sql;\n");
    expect(runScript({ name: "self.sql", text: "SELECT 'm' AS f;\nsource self.sql;\n", path: self }).records).toEqual([
      { columns: ["f"], rows: [["m"]] },
      {
        error: {
          errno: 0,
          sqlstate: "HY000",
          message: "Failed to source file 'self.sql': it is already being sourced (self.sql -> self.sql)",
        },
      },
    ]);
  });

  it("runs statement errors and syntax errors of a sourced file like its own, honouring force", () => {
    expect(spbed("source bad.sql;\nSELECT 'main' AS f;")).toEqual([
      "bad",
      expect.objectContaining({ errno: 1054 }),
      "after",
      "main",
    ]);
    expect(spbed("source bad.sql;\nSELECT 'main' AS f;", false)).toEqual([
      "bad",
      expect.objectContaining({ errno: 1054 }),
    ]);
    const [syntax, fine] = spbed("source broken.sql;");
    expect(syntax).toMatchObject({ errno: 1064, message: expect.stringMatching(/broken\.sql:1:1: /) });
    expect(fine).toBe("fine");
  });

  it("prints the error's place as the mysql client does in batch mode", () => {
    const steps = [...expandScript(main("SELECT 1;\n\nsource nope.sql;\nsource bad2.sql;"))];
    const errors = steps.flatMap((s) => (s.kind === "error" ? [s.error] : []));
    expect(errors[0]).toBeInstanceOf(ClientCommandError);
    expect(errors[0]?.format()).toBe("ERROR at line 3: Failed to open file 'nope.sql', error: 2");
    writeFileSync(join(dir, "scripts", "inner.sql"), "SELECT 1;\nsource gone.sql;\n");
    const nested = [...expandScript(main("source inner.sql;"))].flatMap((s) => (s.kind === "error" ? [s.error] : []));
    expect(nested[0]?.format()).toBe(
      `ERROR at line 2 in file: '${join(dir, "scripts", "inner.sql")}': Failed to open file 'gone.sql', error: 2`,
    );
  });

  it("gives the server runner the same statements, client errors as records", () => {
    expect(scriptItems(main("SELECT 1;\nsource lib/one.sql;\nsource nope.sql;\nSELECT 2;"))).toEqual([
      "SELECT 1",
      "SELECT 'one' AS f",
      "SELECT 'two' AS f",
      { clientError: { error: { errno: 0, sqlstate: "HY000", message: "Failed to open file 'nope.sql', error: 2" } } },
      "SELECT 2",
    ]);
  });

  it("resolves sources from the corpus harness's script path (runOnSpbed names the file)", () => {
    const records = runOnSpbed("source lib/two.sql;", { force: true, name: join(dir, "scripts", "case.sql") });
    expect(records).toEqual([{ columns: ["f"], rows: [["two"]] }]);
    expect(runOnSpbed("source lib/two.sql;", { force: true })).toEqual([
      { error: { errno: 0, sqlstate: "HY000", message: "Failed to open file 'lib/two.sql', error: 2" } },
    ]);
  });
});
