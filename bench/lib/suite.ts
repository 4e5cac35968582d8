// What a benchmark suite is: a name for --only, and a run that returns its recorded comparisons.
import type { Neo4jStore } from "../../server/store/neo4j/neo4j-store.js";
import type { BenchResult } from "./result.js";

export interface BenchContext {
  /** --quick: the smallest sizes, the whole run under ~3 minutes. */
  quick: boolean;
  /** The benchmark's Neo4j, or null when none is running (its rows are then reported as not run). */
  neo4j: Neo4jStore | null;
}

export interface Suite {
  name: string;
  title: string;
  run(ctx: BenchContext): Promise<BenchResult>;
}
