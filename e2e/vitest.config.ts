import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["e2e/**/*.spec.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: "forks",
    maxWorkers: 2,
    fileParallelism: true,
    // On CI one retry keeps a timing hiccup of a loaded machine from blocking a landing; a
    // retried test is still listed, and a real failure fails twice. Locally: no retries.
    retry: process.env.CI ? 1 : 0,
  },
});
