// Test runner configuration: one suite for server, client state, seed, Neo4j and browser tests, in three projects.
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { testFileGroups } from "./test/helpers/test-file-groups.js";

const { neo4j, solo } = testFileGroups(fileURLToPath(new URL(".", import.meta.url)));

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
          exclude: [...neo4j, ...solo],
          maxWorkers: Math.max(2, availableParallelism()),
          sequence: { groupOrder: 0 },
        },
      },
      {
        // Neo4j tests share one database (they clear it): one file at a time, after the parallel group. One
        // worker keeps its module cache across files (isolate: false), so Vite, Playwright, the driver and the
        // server load once instead of once per file; no test file mocks modules or leaves global state behind
        // (the vocabulary extras are reset by the tests that set them).
        extends: true,
        test: {
          name: "neo4j",
          include: neo4j,
          maxWorkers: 1,
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        // Browser and child-process tests are heavy: one file at a time too. `vitest run` runs this lane after
        // the Neo4j one; `npm test` (tools/test/run-tests.ts) runs the two lanes side by side in two processes,
        // since Vitest gives all projects of one group order a single pool sized by their maxWorkers.
        extends: true,
        test: {
          name: "solo",
          include: solo,
          maxWorkers: 1,
          isolate: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
