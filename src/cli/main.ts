// The `spbed` command line: dispatches to one module per subcommand.

const usage = `usage: spbed <command> [options]

commands:
  parse [--ast] FILE...                     check that files parse; print the AST as JSON with --ast
  run [--format table|jsonl] [--force] FILE... | -
                                            run mysql-client style scripts on a fresh in-memory server
  diff [--server URL|--socket PATH] FILE... compare spbed with a real MySQL or MariaDB server
  demo                                      run the seed's trigger scenario
  help                                      this text
`;

type Command = (args: string[]) => Promise<number>;

// Each command module is loaded only when used, so `spbed parse` does not pay for the engine.
const commands: Record<string, () => Promise<Command>> = {
  parse: async () => (await import("./parse.ts")).parseCommand,
  run: async () => (await import("./run.ts")).runCommand,
  demo: async () => (await import("./demo.ts")).demoCommand,
  diff: async () => (await import("./diff.ts")).diffCommand,
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") {
    process.stdout.write(usage);
    return name === undefined ? 2 : 0;
  }
  const load = commands[name];
  if (load === undefined) {
    process.stderr.write(`spbed: unknown command '${name}'\n\n${usage}`);
    return 2;
  }
  const run = await load();
  return run(rest);
}

// A reader that goes away (`spbed run big.sql | head`) is not an error of ours.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Reaching here means a bug in spbed: every user-facing failure is reported by the command itself.
    process.stderr.write(
      `spbed: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 70;
  },
);
