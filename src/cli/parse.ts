// `spbed parse [--ast] FILE...`: checks that files (or - for standard input) parse; with --ast prints each file's
// statements as JSON.

import { readFile } from "node:fs/promises";
import { SqlSyntaxError } from "../errors.ts";
import { parseScript } from "../parse.ts";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function parseCommand(args: string[]): Promise<number> {
  const ast = args.includes("--ast");
  const files = args.filter((a) => a !== "--ast");
  const unknown = files.find((f) => f.startsWith("--"));
  if (unknown !== undefined || files.length === 0) {
    process.stderr.write(
      unknown !== undefined
        ? `spbed parse: unknown option '${unknown}'\n`
        : "usage: spbed parse [--ast] FILE... (- reads standard input)\n",
    );
    return 2;
  }
  let failed = false;
  for (const name of files) {
    let text: string;
    try {
      text = name === "-" ? await readStdin() : await readFile(name, "utf8");
    } catch (e) {
      process.stderr.write(`spbed parse: cannot read ${name}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
      failed = true;
      continue;
    }
    try {
      const statements = parseScript({ name: name === "-" ? "<stdin>" : name, text });
      if (ast) process.stdout.write(`${JSON.stringify({ file: name, statements }, null, 2)}\n`);
    } catch (e) {
      if (!(e instanceof SqlSyntaxError)) throw e;
      process.stderr.write(`${e.format()}\n`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}
