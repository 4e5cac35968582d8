// Benchmark b: the expand endpoint on both stores under autocannon vs Express hello-world and the raw call behind it.
import { runShipped } from "../lib/shipped-build.js";
import type { BenchContext, Suite } from "../lib/suite.js";

/**
 * The measurements (expand-api-measure.ts) run in a child node on the tsc build, the way `npm start` runs
 * the server; the child opens its own Neo4j connection (bench/lib/neo4j.ts, same address) and data sets.
 */
export const expandApiSuite: Suite = {
  name: "expand-api",
  title: "Expand API (GET /api/nodes/:id/neighbors)",
  async run(ctx: BenchContext) {
    return runShipped("suites/expand-api-child.ts", ctx.quick ? ["--quick"] : []);
  },
};
