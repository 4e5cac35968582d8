// Test runner configuration: one suite for server, client state, seed, Neo4j and browser tests.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // Neo4j and browser tests share one database and one Chromium: run files one at a time on 2 cores.
    fileParallelism: false,
    // Browser tests drive SwiftShader WebGL on 2 shared cores: a generous bound, not a speed claim.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ["default"],
  },
});
