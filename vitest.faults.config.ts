// Fault-injection and load scripts (SIGKILL during snapshot writes, Neo4j killed mid-import and under load, SIGTERM mid-import, fixed-rate load): slow, run by `npm run test:faults`.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/faults/**/*.fault.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 300_000,
    reporters: ["default"],
  },
});
