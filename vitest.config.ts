// Test runner configuration: one suite for server, client state, seed, Neo4j and browser tests, in two projects.
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { testFileGroups } from "./test/helpers/test-file-groups.js";

const { sequential } = testFileGroups(fileURLToPath(new URL(".", import.meta.url)));

export default defineConfig({
  test: {
    // No `include` here: projects that extend this config would add their own to it, not replace it.
    environment: "node",
    // Browser tests drive SwiftShader WebGL on 2 shared cores: a generous bound, not a speed claim.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ["default"],
    projects: [
      {
        // Files that share nothing run side by side first. Vitest's default on 2 cores would be 1 worker.
        extends: true,
        test: {
          name: "parallel",
          include: ["test/**/*.test.ts"],
          exclude: sequential,
          maxWorkers: Math.max(2, availableParallelism()),
          sequence: { groupOrder: 0 },
        },
      },
      {
        // Neo4j tests share one database (they clear it) and browser tests are heavy: one file at a time, after
        // the parallel group. One worker keeps its module cache across files (isolate: false), so Vite,
        // Playwright, the driver and the server load once instead of once per file; no test file mocks modules
        // or leaves global state behind (the vocabulary extras are reset by the tests that set them).
        extends: true,
        test: {
          name: "sequential",
          include: sequential,
          maxWorkers: 1,
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
