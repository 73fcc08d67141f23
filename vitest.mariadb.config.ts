import { defineConfig } from "vitest/config";

// Tests that talk to the private MariaDB server started by scripts/mariadb.sh.
export default defineConfig({
  test: {
    include: ["test/**/*.mariadb.test.ts"],
    testTimeout: 600_000,
    hookTimeout: 120_000,
    pool: "forks",
    fileParallelism: false,
  },
});
